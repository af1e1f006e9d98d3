package org.openmom.admin;

import java.util.Set;
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
        byte[] preview) {
    public MessageSummary {
        flags = Set.copyOf(flags);
    }

    public boolean has(MessageFlag flag) {
        return flags.contains(flag);
    }
}
