package org.openmom.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.TransferResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom resubmit}: posts messages again to where they were going — dead letters to their original destination. */
@Command(
        name = "resubmit",
        mixinStandardHelpOptions = true,
        description = {
            "Post messages again to where they were going, then delete them; dead letters to their original destination.",
            "A dead letter kept by DeadLetterMailbox goes with its original event and body; --all: every dead letter held.",
            "Prints 'resubmitted N'; exits 1 when an id was found nowhere.",
        })
final class ResubmitCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--all", description = "every dead letter the server holds")
    private boolean all;

    @Parameters(arity = "0..*", paramLabel = "ID", description = "message ids, as 'openmom mailbox' or 'openmom search' list them")
    private List<Long> ids = List.of();

    @CommandLine.Mixin
    private AdminChoice admin;

    @Override
    public Integer call() {
        if (all == !ids.isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either --all or message ids");
        }
        try (AdminSession session = admin.connect()) {
            TransferResult result = AdminChoice.await(all ? session.resubmitAllDeadLetters() : session.resubmit(ids));
            return Outcome.messages(spec, "resubmitted " + result.done(), session, result.notFound());
        }
    }
}
