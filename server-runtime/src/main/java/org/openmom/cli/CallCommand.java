package org.openmom.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom call}: sends one CALL and prints the answer's body. */
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description = {
            "Call a service and print its answer's body (as UTF-8 text, then a newline).",
            "Exits 1 with the reason when nobody registered answers or no answer came within the timeout.",
        })
final class CallCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "SERVICE[/USER]", description = "who answers; no user: any user")
    private String to;

    @Option(names = "--event", required = true, paramLabel = "EVENT", description = "event name")
    private String event;

    @CommandLine.ArgGroup(exclusive = true)
    private MessageBody body = new MessageBody();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "how long to wait for the answer (default: 10)")
    private double timeout = 10;

    @Option(names = "--as", paramLabel = "SERVICE/USER", description = "who calls (default: openmom-call/$USER)")
    private String as;

    @CommandLine.Mixin
    private RegistrationMessage registration;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        if (timeout <= 0) {
            throw new UserInputException("--timeout " + timeout + ": give a number of seconds above 0");
        }
        ServiceUser callee = ServiceUser.parse(to);
        byte[] request = body.bytes();
        try (OpenMomClient client = server.connect(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-call"))))) {
            byte[] answer = client.call(callee, event, request, Duration.ofNanos((long) (timeout * 1e9))).get();
            spec.commandLine().getOut().println(new String(answer, StandardCharsets.UTF_8));
            return ExitCode.OK;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new UserInputException("call to " + callee + ": no answer within " + timeout + " s — wait longer with --timeout");
            }
            throw new UserInputException(e.getCause().getMessage());
        }
    }
}
