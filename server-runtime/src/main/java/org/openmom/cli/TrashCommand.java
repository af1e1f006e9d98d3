package org.openmom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.TrashEntry;
import org.openmom.admin.TrashList;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom trash}: the deleted and purged messages the server keeps, restorable. */
@Command(
        name = "trash",
        mixinStandardHelpOptions = true,
        description = {
            "List the messages deletes and purges removed, newest first, restorable with 'openmom restore ID'.",
            "One per line: ID, RESTORE-TO, FROM, EVENT, SIZE, DELETED, BY (tab-separated). The trash is bounded and",
            "kept in memory: a restart of the server empties it.",
        })
final class TrashCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "at most N messages (default: 100)")
    private int limit = 100;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            TrashList trash = AdminChoice.await(session.trash(Math.max(1, limit)));
            for (TrashEntry entry : trash.entries()) {
                out.println("#" + entry.message().id() + "\t" + entry.restoreTo() + "\t" + entry.message().from() + "\t"
                        + entry.message().event() + "\t" + entry.message().size() + "\t" + Durations.time(entry.deletedAtMillis())
                        + "\t" + entry.by());
            }
            out.flush();
            spec.commandLine().getErr().println(trash.total() + " in the trash of server " + session.server().label()
                    + (trash.total() > trash.entries().size() ? " (the newest " + trash.entries().size() + " shown)" : "")
                    + "; kept " + Durations.duration(trash.retentionMillis()) + ", at most " + trash.maxEntries()
                    + (trash.survivesRestart() ? "" : "; a restart empties it"));
            return ExitCode.OK;
        }
    }
}
