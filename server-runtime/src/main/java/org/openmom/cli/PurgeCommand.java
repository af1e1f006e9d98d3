package org.openmom.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.PurgeCount;
import org.openmom.admin.PurgeResult;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom purge}: every message waiting for a service and user, removed in one server-side operation. */
@Command(
        name = "purge",
        mixinStandardHelpOptions = true,
        description = {
            "Remove every message waiting for SERVICE/USER, in one operation on the server.",
            "Its instances' mailboxes and its seeds waiting in the server mailbox (persistent ones leave the journal too);",
            "kept in the server's trash, within its bounds (openmom trash, openmom restore). Prints 'purged N'.",
            "With --dry-run: removes nothing and prints 'would purge N (M in the mailboxes of I instances, S seeds)'.",
        })
final class PurgeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SERVICE/USER", description = "whose messages (* wildcards)")
    private String target;

    @Option(names = "--dry-run", description = "only count what a purge would remove (allowed on a read-only connection)")
    private boolean dryRun;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        ServiceUser who = ServiceUser.parse(target);
        PrintWriter out = spec.commandLine().getOut();
        try (AdminSession session = admin.connect()) {
            if (dryRun) {
                PurgeCount count = AdminChoice.await(session.purgeCount(who));
                out.println("would purge " + count.total() + " (" + count.inMailboxes() + " in the mailboxes of " + count.instances()
                        + " instance" + (count.instances() == 1 ? "" : "s") + ", " + count.seeds() + " seeds)");
            } else {
                PurgeResult result = AdminChoice.await(session.purge(who));
                out.println("purged " + result.purged());
                if (result.trashed() < result.purged()) {
                    spec.commandLine().getErr().println("the trash kept the newest " + result.trashed() + " of them (its bounds): the others"
                            + " cannot be restored");
                }
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
