package org.openmom.cli;

import java.util.List;
import org.openmom.admin.AdminSession;
import picocli.CommandLine;

/**
 * How the commands that act on messages by id end: {@code VERB N} on stdout, the ids the server
 * did not find on stderr with where to look, and exit 1 when there were some.
 */
final class Outcome {
    private Outcome() {}

    /**
     * @param notFoundWhere where the ids were looked for ("on server", "in the trash of server")
     * @param fix           what to check, after " — "
     */
    static int report(CommandLine.Model.CommandSpec spec, String done, AdminSession session, List<Long> notFound,
            String notFoundWhere, String fix) {
        spec.commandLine().getOut().println(done);
        spec.commandLine().getOut().flush();
        if (notFound.isEmpty()) {
            return ExitCode.OK;
        }
        spec.commandLine().getErr().println("not found " + notFoundWhere + " " + session.server().label() + ": " + notFound + " — " + fix);
        return ExitCode.INVALID_INPUT;
    }

    /** For ids of messages the server holds (delete, resubmit, move, copy). */
    static int messages(CommandLine.Model.CommandSpec spec, String done, AdminSession session, List<Long> notFound) {
        return report(spec, done, session, notFound, "on server", "acknowledged or deleted already? See: openmom mailbox");
    }
}
