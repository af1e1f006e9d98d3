package org.openmom.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.openmom.admin.AdminSession;
import org.openmom.admin.TransferResult;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What {@code openmom move} and {@code openmom copy} share: ids, the destination and the report. */
abstract class MessageTransfer implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "ID", description = "message ids, as 'openmom mailbox' or 'openmom search' list them")
    List<Long> ids;

    @Option(names = "--to", required = true, paramLabel = "SERVICE/USER", description = "the service and user to post them to")
    String to;

    @CommandLine.Mixin
    AdminChoice admin;

    /** The words of the report ("moved"). */
    abstract String done();

    abstract TransferResult transfer(AdminSession session, ServiceUser destination);

    @Override
    public Integer call() {
        ServiceUser destination = ServiceUser.parse(to);
        try (AdminSession session = admin.connect()) {
            TransferResult result = transfer(session, destination);
            return Outcome.messages(spec, done() + " " + result.done(), session, result.notFound());
        }
    }

    @Command(name = "move", mixinStandardHelpOptions = true, description = {
        "Post messages to another service and user, then delete them.",
        "Their sender, event and body are kept (a dead letter's original ones). Prints 'moved N'; exits 1 when an id",
        "was found nowhere.",
    })
    static final class Move extends MessageTransfer {
        @Override
        String done() {
            return "moved";
        }

        @Override
        TransferResult transfer(AdminSession session, ServiceUser destination) {
            return AdminChoice.await(session.move(ids, destination));
        }
    }

    @Command(name = "copy", mixinStandardHelpOptions = true, description = {
        "Post copies of messages to another service and user; the originals stay.",
        "Their sender, event and body are kept (a dead letter's original ones). Prints 'copied N'; exits 1 when an id",
        "was found nowhere.",
    })
    static final class Copy extends MessageTransfer {
        @Override
        String done() {
            return "copied";
        }

        @Override
        TransferResult transfer(AdminSession session, ServiceUser destination) {
            return AdminChoice.await(session.copy(ids, destination));
        }
    }
}
