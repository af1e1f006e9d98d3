package org.openmom.admin;

import java.util.List;
import java.util.Map;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.RouteHop;

/**
 * One whole message, for the Explorer's details pane.
 *
 * @param summary its headers ({@code preview} holds the first bytes, {@code body} all of them)
 * @param body    the whole body
 * @param foundIn every mailbox that holds it now: service instances and server mailbox sections
 * @param route   the servers it passed through routers before this one, the posting server first
 *                (empty when it was posted here)
 * @param properties the message's properties in their order: its poster's, and those the server gave
 *                it ({@link MessageProperties}: a dead letter's original destination, an import's original headers)
 */
public record MessageDetail(MessageSummary summary, byte[] body, List<MailboxRef> foundIn, List<RouteHop> route,
        Map<String, String> properties) {
    public MessageDetail {
        foundIn = List.copyOf(foundIn);
        route = List.copyOf(route);
        properties = MessagePropertyLimits.copyOf(properties); // in their order
    }

    /** A message with no properties. */
    public MessageDetail(MessageSummary summary, byte[] body, List<MailboxRef> foundIn, List<RouteHop> route) {
        this(summary, body, foundIn, route, Map.of());
    }

    /** Whether the server holds it as a dead letter (it has an original destination). */
    public boolean isDeadLetter() {
        return properties.containsKey(MessageProperties.DEAD_LETTER_TO);
    }
}
