package org.openmom.admin;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServiceUser;

/**
 * One message as ADMIN_EXPORT streams it and ADMIN_IMPORT posts it again: one line of an export
 * file (JSON Lines, the body in base64). Importing keeps {@code from}, {@code to}, {@code event},
 * the flags and the properties; the server gives a new id and posting time.
 *
 * @param id             the id it had on the exporting server
 * @param from           who posted it
 * @param to             to whom
 * @param event          its event
 * @param flags          persistent, anycast, global, call
 * @param postedAtMillis when the exporting server received it
 * @param properties     its properties in their order (a dead letter's original destination and
 *                       event, {@link MessageProperties}); empty for most. Importing keeps them and adds
 *                       the {@code import.*} ones: this id, sender and posting time
 * @param body           the whole body
 */
public record ExportedMessage(long id, ServiceUser from, ServiceUser to, String event, Set<MessageFlag> flags,
        long postedAtMillis, Map<String, String> properties, byte[] body) {
    public ExportedMessage {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(event, "event");
        flags = flags == null ? Set.of() : Set.copyOf(flags);
        properties = MessagePropertyLimits.copyOf(properties); // in their order
        body = body == null ? new byte[0] : body;
    }
}
