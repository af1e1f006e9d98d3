package org.openmom.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.RestoreResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom restore}: posts trashed messages again to where they were deleted from. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = {
            "Post messages of the server's trash again to where they were deleted from.",
            "By the id they had (see openmom trash); they leave the trash. Prints 'restored N'; exits 1 when an id is not",
            "in the trash.",
        })
final class RestoreCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "ids as 'openmom trash' lists them")
    private List<Long> ids;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        try (AdminSession session = admin.connect()) {
            RestoreResult result = AdminChoice.await(session.restore(ids));
            return Outcome.report(spec, "restored " + result.restored(), session, result.notFound(), "in the trash of server",
                    "restored already, expired, or never deleted? See: openmom trash");
        }
    }
}
