package org.openmom.admin;

import org.openmom.model.DeliveryMode;
import org.openmom.model.ServiceUser;

/**
 * One registered instance of a Service or of an Administration Service. Several instances of
 * the same (service, user) may be registered; each has its own id and Mailbox.
 *
 * @param instanceId           the server's id of this registration: the handle for its mailbox and status
 * @param who                  service name and user name
 * @param administration       whether it is an Administration Service (extended permissions)
 * @param status               a disabled service gets no new messages
 * @param connectedSinceMillis when it registered, epoch milliseconds
 * @param remoteAddress        where it connects from ({@code host:port}, or {@code local})
 * @param mailboxSize          messages in its mailbox, queued and in flight
 * @param inFlight             of those, messages sent and not yet acknowledged
 * @param deliveryMode         pushed to a listener (callback) or fetched (polling)
 * @param rotation             why anycast skips it — {@code out of rotation: …} (a bad instance: a CALL
 *                             timed out or acknowledgements stalled) or {@code locked by …} — or null
 * @param handOffBacklog       persistent seeds that waited for it in the server mailbox and are still being
 *                             handed to it, a chunk at a time as it takes its messages (0 once all are in
 *                             its mailbox): an empty mailbox with a backlog still to come is not an empty service
 */
public record ServiceInfo(
        long instanceId,
        ServiceUser who,
        boolean administration,
        Status status,
        long connectedSinceMillis,
        String remoteAddress,
        int mailboxSize,
        int inFlight,
        DeliveryMode deliveryMode,
        String rotation,
        int handOffBacklog) {
}
