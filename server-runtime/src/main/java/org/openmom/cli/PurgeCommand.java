package org.openmom.cli;

import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.PurgeResult;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom purge}: every message waiting for a service and user, removed in one server-side operation. */
@Command(
        name = "purge",
        mixinStandardHelpOptions = true,
        description = {
            "Remove every message waiting for SERVICE/USER, in one operation on the server.",
            "Its instances' mailboxes and its seeds waiting in the server mailbox (persistent ones leave the journal too);",
            "kept in the server's trash, within its bounds (openmom trash, openmom restore). Prints 'purged N'.",
        })
final class PurgeCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SERVICE/USER", description = "whose messages (* wildcards)")
    private String target;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        ServiceUser who = ServiceUser.parse(target);
        try (AdminSession session = admin.connect()) {
            PurgeResult result = AdminChoice.await(session.purge(who));
            spec.commandLine().getOut().println("purged " + result.purged());
            if (result.trashed() < result.purged()) {
                spec.commandLine().getErr().println("the trash kept the newest " + result.trashed() + " of them (its bounds): the others"
                        + " cannot be restored");
            }
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
