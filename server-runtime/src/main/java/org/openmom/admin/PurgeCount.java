package org.openmom.admin;

import org.openmom.model.ServiceUser;

/**
 * What an ADMIN_PURGE would remove now (its dry run): the count a purge's confirmation states.
 *
 * @param target      the service and user (* wildcards allowed)
 * @param instances   how many registered instances it matches
 * @param inMailboxes the messages in their mailboxes
 * @param seeds       the seeds waiting for it in the server mailbox (for instances not registered)
 * @param trashKeeps  how many removed messages the server's trash keeps at most (the newest):
 *                    of a bigger purge, the older ones cannot be restored
 */
public record PurgeCount(ServiceUser target, int instances, long inMailboxes, long seeds, int trashKeeps) {
    /** Every message a purge would remove. */
    public long total() {
        return inMailboxes + seeds;
    }
}
