package org.openmom.cli;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.openmom.client.ClientOptions;
import org.openmom.client.LockedInstance;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom call}: sends a CALL (or {@code --count} of them, {@code --lock}ed on one instance) and prints each answer's body. */
@Command(
        name = "call",
        mixinStandardHelpOptions = true,
        description = {
            "Call a service and print its answer's body (as UTF-8 text, then a newline).",
            "Exits 1 with the reason when nobody registered answers or no answer came within the timeout.",
            "--count N makes the CALL N times; --lock first locks one instance of the service, so that all of them go to it",
            "while other clients' anycast skips it (it says which on stderr), and unlocks it at the end.",
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

    @Option(names = "--count", paramLabel = "N", description = "make the CALL N times, printing each answer (default: 1)")
    private int count = 1;

    @Option(names = "--lock", description = "lock one instance of the service for these CALLs (a unit of work on one instance)")
    private boolean lock;

    @CommandLine.Mixin
    private RegistrationMessage registration;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        if (timeout <= 0) {
            throw new UserInputException("--timeout " + timeout + ": give a number of seconds above 0");
        }
        if (count < 1) {
            throw new UserInputException("--count " + count + ": give how many CALLs to make, 1 or more");
        }
        ServiceUser callee = ServiceUser.parse(to);
        byte[] request = body.bytes();
        Duration wait = Duration.ofNanos((long) (timeout * 1e9));
        try (OpenMomClient client = server.connect(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-call"))));
                LockedInstance held = lock ? lockOne(client, callee) : null) {
            if (held != null) {
                spec.commandLine().getErr().println("locked " + held.who() + " #" + held.instanceId() + " for " + count
                        + (count == 1 ? " call" : " calls"));
            }
            for (int i = 0; i < count; i++) {
                byte[] answer = (held != null ? held.call(event, request, wait) : client.call(callee, event, request, wait)).get();
                spec.commandLine().getOut().println(new String(answer, StandardCharsets.UTF_8));
            }
            return ExitCode.OK;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TimeoutException) {
                throw new UserInputException("call to " + callee + ": no answer within " + timeout + " s — wait longer with --timeout");
            }
            throw new UserInputException(e.getCause().getMessage());
        }
    }

    private static LockedInstance lockOne(OpenMomClient client, ServiceUser callee) {
        try {
            return client.lock(callee);
        } catch (OpenMomException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
