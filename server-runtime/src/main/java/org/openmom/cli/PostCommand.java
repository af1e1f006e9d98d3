package org.openmom.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom post}: posts one message and prints the server's confirmation. */
@Command(
        name = "post",
        mixinStandardHelpOptions = true,
        description = "Post one message; prints 'posted #ID to N recipients' (or that it waits, for a persistent one).")
final class PostCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--to", required = true, paramLabel = "SERVICE[/USER]", description = "recipients; * wildcards; no user: every user")
    private String to;

    @Option(names = "--event", required = true, paramLabel = "EVENT", description = "event name")
    private String event;

    @Option(names = "--persistent", description = "survives the recipient's absence and a server crash")
    private boolean persistent;

    @Option(names = "--anycast", description = "only one recipient: the least loaded")
    private boolean anycast;

    @Option(names = "--global", description = "delivered on every server reachable through server routers, each server once")
    private boolean global;

    @CommandLine.ArgGroup(exclusive = true)
    private MessageBody body = new MessageBody();

    @Option(names = "--as", paramLabel = "SERVICE/USER", description = "who posts (default: openmom-post/$USER)")
    private String as;

    @CommandLine.Mixin
    private RegistrationMessage registration;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        ServiceUser recipients = ServiceUser.parse(to);
        byte[] bytes = body.bytes();
        int flags = (persistent ? Message.PERSISTENT : 0) | (anycast ? Message.ANYCAST : 0) | (global ? Message.GLOBAL : 0);
        try (OpenMomClient client = server.connect(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-post"))))) {
            PostResult result = client.post(new Post(recipients, event, flags, bytes)).get();
            spec.commandLine().getOut().println(result.waiting()
                    ? "posted #" + result.messageId() + ": waiting in the server mailbox for " + recipients + " to register"
                    : "posted #" + result.messageId() + " to " + result.recipients() + (result.recipients() == 1 ? " recipient" : " recipients"));
            return ExitCode.OK;
        } catch (ExecutionException e) {
            throw new UserInputException(e.getCause().getMessage());
        }
    }
}
