package org.openmom.admin;

/**
 * What a watch follows.
 *
 * @param messages whether to receive POSTED/DELIVERED/ACKNOWLEDGED events (busy servers send many)
 * @param log      whether to receive the server's log lines as {@link ChangeKind#LOG} events
 */
public record WatchRequest(boolean messages, boolean log) {
    /** Registrations, statuses, deletes and message traffic; no log. */
    public static WatchRequest everything() {
        return new WatchRequest(true, false);
    }

    /** Registrations, statuses and deletes only. */
    public static WatchRequest structure() {
        return new WatchRequest(false, false);
    }

    /** Only the log (for {@code openmom log --follow}); structural events come too. */
    public static WatchRequest logOnly() {
        return new WatchRequest(false, true);
    }
}
