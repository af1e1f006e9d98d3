package org.openmom.admin;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openmom.model.ServiceUser;

/**
 * One message as ADMIN_EXPORT streams it and ADMIN_IMPORT posts it again: one line of an export
 * file (JSON Lines, the body in base64). Importing keeps {@code from}, {@code to}, {@code event}
 * and the flags; the server gives a new id and posting time.
 *
 * @param id             the id it had on the exporting server
 * @param from           who posted it
 * @param to             to whom
 * @param event          its event
 * @param flags          persistent, anycast, global, call
 * @param postedAtMillis when the exporting server received it
 * @param properties     what the server knows beside the headers (a dead letter's original
 *                       destination and event: {@link MessageProperties}); empty for most
 * @param body           the whole body
 */
public record ExportedMessage(long id, ServiceUser from, ServiceUser to, String event, Set<MessageFlag> flags,
        long postedAtMillis, Map<String, String> properties, byte[] body) {
    public ExportedMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        properties = properties == null ? Map.of() : Map.copyOf(properties);
        body = body == null ? new byte[0] : body;
    }
}
