package org.openmom.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.RouteHop;
import org.openmom.model.ServiceUser;

/**
 * A message or seed as a mailbox page lists it: its headers and the first bytes of its body.
 *
 * @param id            the server's message id (a seed and its posted copies share it)
 * @param from          who posted it
 * @param to            the addressed (service, user); {@code *} wildcards are possible for seeds
 * @param event         the event name
 * @param flags         persistent, anycast, global, call
 * @param size          the whole body's length in bytes
 * @param postedAtMillis when the server received it, epoch milliseconds (for a persistent
 *                      message replayed from the journal: when the server replayed it)
 * @param inFlight      sent to the service and not yet acknowledged (service mailboxes only)
 * @param preview       the first bytes of the body (all of it when it is short)
 * @param route         the servers it passed through routers before this one, the posting server
 *                      first; empty when it was posted here (absent from older servers' pages)
 * @param properties    its properties in their order (its poster's; a dead letter's original
 *                      destination, {@link MessageProperties}); empty for most
 */
public record MessageSummary(
        long id,
        ServiceUser from,
        ServiceUser to,
        String event,
        Set<MessageFlag> flags,
        int size,
        long postedAtMillis,
        boolean inFlight,
        byte[] preview,
        List<RouteHop> route,
        Map<String, String> properties) {
    public MessageSummary {
        flags = Set.copyOf(flags);
        route = route == null ? List.of() : List.copyOf(route);
        properties = MessagePropertyLimits.copyOf(properties);
    }

    /** A message posted here (no route). */
    public MessageSummary(long id, ServiceUser from, ServiceUser to, String event, Set<MessageFlag> flags, int size,
            long postedAtMillis, boolean inFlight, byte[] preview) {
        this(id, from, to, event, flags, size, postedAtMillis, inFlight, preview, List.of(), Map.of());
    }

    /** The servers of its route as people read them, {@code "pc1 → pc2"}; empty for a message posted here. */
    public String routeText() {
        StringBuilder text = new StringBuilder();
        for (RouteHop hop : route) {
            text.append(text.length() == 0 ? "" : " → ").append(hop.server());
        }
        return text.toString();
    }

    public boolean has(MessageFlag flag) {
        return flags.contains(flag);
    }
}
