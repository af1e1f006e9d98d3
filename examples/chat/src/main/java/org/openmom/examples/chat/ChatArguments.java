package org.openmom.examples.chat;

import java.nio.file.Path;
import java.util.List;
import org.openmom.app.common.address.ServerAddressOptions;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.home.OpenMomHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The chat's command line: the connect screen's fields, as the Explorer takes them
 * ({@link ServerAddressOptions}). Given the
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

    @Mixin
    private ServerAddressOptions where;

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
        ChatRequest request = new ChatRequest(user == null ? "" : user.strip(), where.locator());
        return new ChatSettings(home == null ? OpenMomHome.fromEnvironment() : new OpenMomHome(home), request, user != null, !noCallback);
    }
}
