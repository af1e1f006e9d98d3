package org.openmom.admin;

import org.openmom.model.ServiceUser;

/**
 * One change on a watched server. Fields that do not apply to the kind are 0 or null.
 *
 * @param kind        what happened
 * @param sequence    increases by one per event sent to this watcher (gaps never happen: a
 *                    {@link ChangeKind#RESYNC_NEEDED} event replaces dropped ones)
 * @param timeMillis  when it happened, epoch milliseconds
 * @param instanceId  the service instance concerned, or 0
 * @param who         the service concerned (the recipient for DELIVERED/ACKNOWLEDGED, the sender for POSTED), or null
 * @param messageId   the message concerned, or 0
 * @param mailbox     the mailbox concerned (DELETED, POSTED of a waiting seed), or null
 * @param status      the new status (STATUS_CHANGED), or null
 * @param reflexIndex the reflex concerned (STATUS_CHANGED of a reflex), or -1
 * @param log         the log line (LOG), or null
 * @param detail      a short text for people (event name, reason), or null
 */
public record ChangeEvent(
        ChangeKind kind,
        long sequence,
        long timeMillis,
        long instanceId,
        ServiceUser who,
        long messageId,
        MailboxRef mailbox,
        Status status,
        int reflexIndex,
        LogLine log,
        String detail) {    /** The same event numbered for its watcher. */
    public ChangeEvent withSequence(long number) {
        return new ChangeEvent(kind, number, timeMillis, instanceId, who, messageId, mailbox, status, reflexIndex, log, detail);
    }
}
