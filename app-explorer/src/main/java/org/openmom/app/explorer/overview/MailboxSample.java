package org.openmom.app.explorer.overview;

import java.util.List;
import org.openmom.admin.MessageSummary;

/**
 * What one look at a mailbox tells about its traffic, and the rates two looks make: the server
 * counts no arrivals per mailbox, so they are counted here as the messages newer than the newest
 * one seen last time, among the newest {@link #WINDOW} (past that the rate is a lower bound).
 *
 * @param atMillis when the mailbox was read
 * @param depth    how many messages it held
 * @param newestId the id of its newest message, or 0 when it was empty
 */
record MailboxSample(long atMillis, int depth, long newestId) {
    /** How many of the newest messages a look reads to count arrivals. */
    static final int WINDOW = 200;

    /** The sample of a look that read {@code newest}, the mailbox's newest messages, newest first. */
    static MailboxSample of(long atMillis, int depth, List<MessageSummary> newest) {
        return new MailboxSample(atMillis, depth, newest.isEmpty() ? 0 : newest.get(0).id());
    }

    /**
     * Messages in and out per second since {@code before}; {@code newest} is this look's page.
     *
     * @return in, out and whether {@code in} is only a lower bound (more arrived than a look reads)
     */
    Rates since(MailboxSample before, List<MessageSummary> newest) {
        double seconds = Math.max(0.001, (atMillis - before.atMillis) / 1000.0);
        long arrived = newest.stream().filter(m -> m.id() > before.newestId).count();
        long left = Math.max(0, before.depth + arrived - depth);
        return new Rates(arrived / seconds, left / seconds, arrived >= WINDOW);
    }

    /** @param in messages per second into the mailbox; @param out out of it; @param atLeast in is a lower bound */
    record Rates(double in, double out, boolean atLeast) {
        String inText() {
            return (atLeast ? "≥ " : "") + format(in);
        }

        String outText() {
            return (atLeast ? "≥ " : "") + format(out);
        }

        static String format(double perSecond) {
            return perSecond == 0 ? "0" : perSecond < 10 ? String.format("%.1f", perSecond) : String.format("%.0f", perSecond);
        }
    }
}
