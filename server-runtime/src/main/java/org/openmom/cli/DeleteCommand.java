package org.openmom.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.DeleteResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code openmom delete}: removes messages and seeds by id from every mailbox of a server (and its journal). */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = {
            "Delete messages and message seeds by id: from every service mailbox, the server mailbox and the journal.",
            "Prints how many were deleted; exits 1 when an id was found nowhere.",
        })
final class DeleteCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "message ids, as 'openmom mailbox' lists them")
    private List<Long> ids;

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        try (AdminSession session = admin.connect()) {
            DeleteResult result = AdminChoice.await(session.delete(null, ids));
            return Outcome.messages(spec, "deleted " + result.deleted() + (result.deleted() == 1 ? " message" : " messages")
                    + " on server " + session.server().label(), session, result.notFound());
        }
    }
}
