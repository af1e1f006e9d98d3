package org.openmom.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServiceUser;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code openmom post}: posts one message and prints the server's confirmation. */
@Command(
        name = "post",
        mixinStandardHelpOptions = true,
        description = "Post one message (or --repeat N copies); prints 'posted #ID to N recipients' (or that it waits, for a persistent one), one line each.")
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

    @Option(names = "--repeat", paramLabel = "N",
            description = "post N copies over one connection, {n} in the body replaced by the copy's number (1 to N); one line each")
    private int repeat = 1;

    @Option(names = "--property", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "a property of the message beside its body (repeat for more, kept in order; at most "
                    + MessagePropertyLimits.MAX_COUNT + ", a value of at most " + MessagePropertyLimits.MAX_VALUE_BYTES + " bytes)")
    private Map<String, String> properties = new LinkedHashMap<>();

    @Option(names = "--as", paramLabel = "SERVICE/USER", description = "who posts (default: openmom-post/$USER)")
    private String as;

    @CommandLine.Mixin
    private RegistrationMessage registration;

    @CommandLine.Mixin
    private ServerChoice server;

    @Override
    public Integer call() throws InterruptedException {
        if (repeat < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--repeat must be 1 or more");
        }
        ServiceUser recipients = ServiceUser.parse(to);
        byte[] bytes = body.bytes();
        int flags = (persistent ? Message.PERSISTENT : 0) | (anycast ? Message.ANYCAST : 0) | (global ? Message.GLOBAL : 0);
        CopyBodies copies = new CopyBodies(bytes);
        String tooMany = MessagePropertyLimits.postingProblem(properties);
        if (tooMany != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--property: " + tooMany);
        }
        PrintWriter out = spec.commandLine().getOut();
        try (OpenMomClient client = server.connect(registration.addTo(ClientOptions.of(ServerChoice.identity(as, "openmom-post"))))) {
            // posted ahead of the answers (a window of them), printed in order
            Deque<CompletableFuture<PostResult>> answers = new ArrayDeque<>();
            for (int n = 1; n <= repeat; n++) {
                answers.add(client.post(new Post(recipients, event, flags, copies.body(n), properties)));
                if (answers.size() == WINDOW) {
                    out.println(line(answers.poll().get(), recipients));
                }
            }
            while (!answers.isEmpty()) {
                out.println(line(answers.poll().get(), recipients));
            }
            out.flush();
            return ExitCode.OK;
        } catch (ExecutionException e) {
            out.flush();
            throw new UserInputException(e.getCause().getMessage());
        }
    }

    /** Posts waiting for their answers at most, so that a million copies do not wait in memory. */
    private static final int WINDOW = 1_000;

    private static String line(PostResult result, ServiceUser recipients) {
        return result.waiting()
                ? "posted #" + result.messageId() + ": waiting in the server mailbox for " + recipients + " to register"
                : "posted #" + result.messageId() + " to " + result.recipients() + (result.recipients() == 1 ? " recipient" : " recipients");
    }

    /** The body of each copy: {@code {n}} replaced by the copy's number, when the body (as UTF-8) has it. */
    private static final class CopyBodies {
        private final byte[] bytes;
        private final String text;

        CopyBodies(byte[] bytes) {
            this.bytes = bytes;
            String decoded = new String(bytes, StandardCharsets.UTF_8);
            this.text = decoded.contains("{n}") ? decoded : null;
        }

        byte[] body(int n) {
            return text == null ? bytes : text.replace("{n}", Integer.toString(n)).getBytes(StandardCharsets.UTF_8);
        }
    }
}
