package org.openmom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.AuditEntry;
import org.openmom.admin.AuditTail;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom audit}: the server's audit log of administration actions. */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = {
            "Print the server's audit log of administration actions: who, from where, what, when.",
            "Every changing action (delete, purge, restore, resubmit, move, copy, import, enable/disable, log level,",
            "routers, reload, an administrator's post), oldest first: TIME, WHO, FROM, ACTION (tab-separated).",
        })
final class AuditCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", description = "the last N entries (default: 100)")
    private int limit = 100;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            AuditTail audit = AdminChoice.await(session.audit(Math.max(1, limit)));
            for (AuditEntry entry : audit.entries()) {
                out.println(Durations.time(entry.atMillis()) + "\t" + entry.who() + "\t" + entry.from() + "\t" + entry.action());
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
