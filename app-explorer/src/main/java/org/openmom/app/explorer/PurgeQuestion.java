package org.openmom.app.explorer;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import org.openmom.admin.PurgeCount;

/** The question a purge asks first: how many messages, where they wait, and how many can come back. */
final class PurgeQuestion {
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    private PurgeQuestion() {}

    /**
     * "Purge every message waiting for Billing/bob on BILLING/1?" then "1,000,000 messages: 0 in
     * the mailbox of its 1 instance and 1,000,000 seeds waiting in the server mailbox." and what the
     * trash keeps of them.
     */
    static String of(PurgeCount count, String server) {
        List<String> where = new ArrayList<>();
        if (count.instances() > 0) {
            where.add(NUMBER.format(count.inMailboxes()) + " in the mailbox" + (count.instances() == 1 ? "" : "es") + " of its "
                    + NUMBER.format(count.instances()) + " instance" + (count.instances() == 1 ? "" : "s"));
        }
        if (count.seeds() > 0 || count.instances() == 0) {
            where.add(NUMBER.format(count.seeds()) + " seed" + (count.seeds() == 1 ? "" : "s") + " waiting in the server mailbox"
                    + (count.instances() == 0 ? " (no instance is registered)" : ""));
        }
        long total = count.total();
        String trash = total <= count.trashKeeps()
                ? "They go to the server's trash, from where they can be restored for a while."
                : "The server's trash keeps the newest " + NUMBER.format(count.trashKeeps()) + " of them, restorable for a while: the other "
                        + NUMBER.format(total - count.trashKeeps()) + " cannot be restored.";
        return "Purge every message waiting for " + count.target() + " on " + server + "?\n" + NUMBER.format(total) + " message"
                + (total == 1 ? "" : "s") + ": " + String.join(" and ", where) + ".\n" + trash;
    }
}
