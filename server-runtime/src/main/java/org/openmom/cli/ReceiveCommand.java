package org.openmom.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.ReceivedMessage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom receive}: registers, takes messages from its mailbox, prints them, leaves. */
@Command(
        name = "receive",
        mixinStandardHelpOptions = true,
        description = {
            "Register as SERVICE/USER and print messages, one per line: event<TAB>from<TAB>body",
            "(tabs, newlines and backslashes in the body are escaped as \\t, \\n, \\\\).",
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
        try (OpenMomClient client = server.connect(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-receive")))
                .withPolling(true).withWindow(count))) {
            while (received < count) {
                long left = deadline - System.nanoTime();
                ReceivedMessage message = left <= 0 ? null : client.receive(Duration.ofNanos(left));
                if (message == null) {
                    break;
                }
                out.println(message.event() + "\t" + message.from() + "\t" + escape(message.bodyText()));
                out.flush();
                received++;
            }
        }
        if (received < count) {
            spec.commandLine().getErr().println("received " + received + " of " + count + " messages within "
                    + timeout + " s — wait longer with --timeout");
            return ExitCode.INVALID_INPUT;
        }
        return ExitCode.OK;
    }

    static String escape(String body) {
        return body.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
