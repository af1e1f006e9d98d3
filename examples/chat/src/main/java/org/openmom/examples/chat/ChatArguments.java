package org.openmom.examples.chat;

import java.nio.file.Path;
import java.util.List;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The chat's command line: the connect screen's fields, as the Explorer takes them. Given the
 * User (the one mandatory field), the chat connects at once; without it the connect screen opens.
 */
@Command(
        name = "chat",
        description = {
            "OpenMOM Chat demo: talk with the other users of the service CHAT.",
            "With --user it connects at once (through the Servers List unless --host is given); without, the connect screen opens.",
        })
final class ChatArguments {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    @Option(names = "--home", paramLabel = "DIR", description = "the OpenMOM home (default: $OPENMOM_HOME or ~/.openmom)")
    private Path home;

    @Option(names = "--user", paramLabel = "NAME", description = "the name you chat under")
    private String user;

    @Option(names = "--server", paramLabel = "NAME", description = "the server's name (* for any)")
    private String server;

    @Option(names = "--role", paramLabel = "N", description = "the server's role (0 for any)")
    private Integer role;

    @Option(names = "--host", paramLabel = "HOST", description = "the server's host (* uses the Servers List entries for CHAT)")
    private String host;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", description = "ncacn_ip_tcp, ncalrpc or * (all)")
    private String protocol;

    @Option(names = "--endpoint", paramLabel = "E", description = "a TCP port or a local name (* finds it automatically)")
    private String endpoint;

    @Option(names = "--no-callback", description = "start with Callback unchecked: the chat fetches its messages itself")
    private boolean noCallback;

    /** The command line as picocli sees it, for the launcher's {@code --help}. */
    static CommandLine commandLine() {
        return new CommandLine(new ChatArguments());
    }

    /** @throws IllegalArgumentException one line saying what is wrong */
    static ChatSettings parse(List<String> arguments) {
        ChatArguments parsed = new ChatArguments();
        try {
            new CommandLine(parsed).parseArgs(arguments.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + " — see ./openmom chat --help");
        }
        return parsed.settings();
    }

    private ChatSettings settings() {
        if (role != null && role < 0) {
            throw new IllegalArgumentException("--role " + role + " is not a role — give 1 or more, or 0 for any");
        }
        ProtocolSequence sequence = protocol == null ? ProtocolSequence.ALL : ProtocolSequence.fromFileName(protocol)
                .filter(ProtocolSequence::isAvailable)
                .orElseThrow(() -> new IllegalArgumentException("--protocol '" + protocol + "' is not one this platform speaks"
                        + " — give ncacn_ip_tcp, ncalrpc or *"));
        ServerLocator where = new ServerLocator(orAny(host), sequence.fileName(), orAny(endpoint), orAny(server),
                role == null || role == 0 ? ServerLocator.ANY : role.toString());
        ChatRequest request = new ChatRequest(user == null ? "" : user.strip(), where);
        return new ChatSettings(home == null ? OpenMomHome.fromEnvironment() : new OpenMomHome(home), request, user != null, !noCallback);
    }

    private static String orAny(String value) {
        return value == null || value.isBlank() ? ServerLocator.ANY : value.strip();
    }
}
