package org.openmom.app.explorer;

import org.openmom.admin.ReflexInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.Status;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;

/**
 * What Enable/Disable status would do to the selected server, service or reflex, in words: the
 * question asked before disabling (with the counts of what it stops) and the status message after.
 *
 * @param to       the status it gets
 * @param title    the confirmation's title
 * @param question what disabling stops, asked before it is done
 * @param done     the status bar's message once the server did it
 */
record StatusChange(Status to, String title, String question, String done) {

    /** Whether the change disables (and so is confirmed first). */
    boolean disabling() {
        return !to.isEnabled();
    }

    /** The change for {@code node}, or null when its status cannot change (nothing known of it yet). */
    static StatusChange of(ExplorerNode node) {
        String server = node.connection().toString();
        if (node.kind() == NodeKind.SERVER) {
            ServerSnapshot snapshot = node.connection().snapshotProperty().get();
            if (snapshot == null) {
                return null;
            }
            Status to = flip(snapshot.server().status());
            int services = snapshot.services().size();
            long waiting = snapshot.counters().mailboxMessages() + snapshot.counters().waitingSeeds();
            return new StatusChange(to, "Disable server", "Disable server " + server + "?\nIt accepts no registration and posts"
                    + " nothing while disabled (it still routes): its " + count(services, "service") + " get no new messages; "
                    + waits(waiting) + " in it.", server + (to.isEnabled() ? " is enabled" : " is disabled"));
        }
        if (node.service() != null) {
            ServiceInfo service = node.service();
            Status to = flip(service.status());
            String who = service.who() + " #" + service.instanceId();
            return new StatusChange(to, "Disable service", "Disable " + who + " on " + server + "?\nIt gets no new messages while"
                    + " disabled; " + waits(service.mailboxSize()) + " in its mailbox.",
                    who + " on " + server + (to.isEnabled() ? " is enabled" : " is disabled"));
        }
        ReflexInfo reflex = node.reflex();
        if (reflex == null) {
            return null;
        }
        Status to = flip(reflex.status());
        String what = reflex.kind().displayName() + " " + reflex.serviceName() + " (configuration line " + reflex.line() + ")";
        return new StatusChange(to, "Disable reflex", "Disable the " + what + " on " + server + "?\nIt does nothing while"
                + " disabled; it has failed " + count(reflex.failures(), "time") + ".",
                "The " + what + " on " + server + (to.isEnabled() ? " is enabled" : " is disabled"));
    }

    private static Status flip(Status status) {
        return status.isEnabled() ? Status.DISABLED : Status.ENABLED;
    }

    /** {@code 1 message waits}, {@code 3 messages wait}. */
    private static String waits(long n) {
        return count(n, "message") + (n == 1 ? " waits" : " wait");
    }

    private static String count(long n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }
}
