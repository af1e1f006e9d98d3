package org.openmom.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.openmom.client.ClientOptions;
import org.openmom.client.ConnectionListener;
import org.openmom.client.OpenMomClient;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServerAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom receive}: registers, takes messages from its mailbox, prints them, leaves. */
@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        description = {
            "Register as SERVICE/USER and print messages, one per line: event<TAB>from<TAB>body, then",
            "<TAB>NAME=VALUE for each property of a message that has some (a dead letter: where it was going)",
            "(tabs, newlines and backslashes in the body and properties are escaped as \\t, \\n, \\\\).",
            "Exits 0 after COUNT messages, 1 if fewer arrived within the timeout.",
        })
final class ReceiveCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "SERVICE/USER", description = "who receives")
    private String as;

    @Option(names = "--count", paramLabel = "N", description = "how many messages to wait for (default: 1)")
    private int count = 1;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "how long to wait in all (default: 10)")
    private double timeout = 10;

    @CommandLine.Mixin
    private RegistrationMessage registration;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        if (count < 1) {
            throw new UserInputException("--count " + count + ": give 1 or more");
        }
        PrintWriter out = spec.commandLine().getOut();
        long deadline = System.nanoTime() + (long) (timeout * 1e9);
        int received = 0;
        PrintWriter err = spec.commandLine().getErr();
        LostServer lost = new LostServer(err);
        try (OpenMomClient client = server.connectFailingOver(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-receive")))
                .withPolling(true).withWindow(count))) {
            client.addConnectionListener(lost);
            while (received < count) {
                long left = deadline - System.nanoTime();
                ReceivedMessage message = left <= 0 ? null : client.receive(Duration.ofNanos(left));
                if (message == null) {
                    break;
                }
                out.println(message.event() + "\t" + message.from() + "\t" + escape(message.bodyText()) + properties(message));
                out.flush();
                received++;
            }
        }
        if (received < count) {
            String reason = lost.reason();
            err.println("received " + received + " of " + count + " messages within " + timeout + " s — "
                    + (reason == null ? "wait longer with --timeout"
                            : "the server was lost (" + reason + ") and none of its addresses answered again: start it, or give another --server"));
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    /** Says on stderr when the server is lost and when it is back, and remembers whether it is lost now. */
    private static final class LostServer implements ConnectionListener {
        private final PrintWriter err;
        private volatile String reason;

        LostServer(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void connectionLost(String why) {
            reason = why;
            err.println("lost the server: " + why + " — reconnecting");
            err.flush();
        }

        @Override
        public void connectionRegained(ServerAddress address) {
            reason = null;
            err.println("connected again to " + address);
            err.flush();
        }

        /** Why the server is lost now, or null while connected. */
        String reason() {
            return reason;
        }
    }

    /** {@code <TAB>NAME=VALUE} per property, escaped as the body; nothing for a message without (the line is as it always was). */
    static String properties(ReceivedMessage message) {
        StringBuilder columns = new StringBuilder();
        message.properties().forEach((name, value) -> columns.append('\t').append(escape(name)).append('=').append(escape(value)));
        return columns.toString();
    }

    static String escape(String body) {
        return body.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
