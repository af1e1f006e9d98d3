package org.openmom.app.explorer;

import java.nio.file.Path;
import java.util.List;
import org.openmom.admin.AdminOptions;
import org.openmom.app.common.address.ServerAddressOptions;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.home.OpenMomHome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Explorer's command line. Any of the connect fields connects at start (the others keep the
 * dialog's defaults); without them the Connect dialog opens.
 */
@Command(
        name = "explorer",
        description = {
            "OpenMOM Explorer: live servers, services, mailboxes and reflexes.",
            "Any connect option connects at start; without one the Connect dialog opens.",
        })
final class ExplorerArguments {
    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    private boolean help;

    @Option(names = "--home", paramLabel = "DIR", description = "the OpenMOM home (default: $OPENMOM_HOME or ~/.openmom)")
    private Path home;

    @Option(names = "--user", paramLabel = "NAME", description = "the administration service's user name (default: your login)")
    private String user = System.getProperty("user.name", "explorer");

    @Option(names = "--admin-secret-file", paramLabel = "FILE", description = "the servers' admin secret, for administration over TCP")
    private Path secretFile;

    @Option(names = "--tls-trust", paramLabel = "FILE", description = "connect over TLS trusting this PEM file's certificates (default:"
            + " $OPENMOM_TLS_TRUST, else $OPENMOM_HOME/files/tls/HOST_PORT.pem or HOST.pem when present, else plain TCP)")
    private Path tlsTrust;

    @Mixin
    private ServerAddressOptions where;

    @Option(names = "--live", description = "follow the servers' changes as they happen")
    private boolean live;

    @Option(names = "--profile", paramLabel = "FILE", description = "connect to every server of this connection profile (*.profile)")
    private Path profile;

    /** The command line as picocli sees it, for the launcher's {@code --help}. */
    static CommandLine commandLine() {
        return new CommandLine(new ExplorerArguments());
    }

    /** @throws IllegalArgumentException one line saying what is wrong */
    static ExplorerSettings parse(List<String> arguments) {
        ExplorerArguments parsed = new ExplorerArguments();
        try {
            new CommandLine(parsed).parseArgs(arguments.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + " — see ./openmom explorer --help");
        }
        return parsed.settings();
    }

    private ExplorerSettings settings() {
        AdminOptions options = AdminOptions.of(user).withHome(home == null ? OpenMomHome.fromEnvironment() : new OpenMomHome(home));
        if (secretFile != null) {
            options = options.withSecretFile(secretFile);
        }
        if (tlsTrust != null) {
            options = options.withTlsTrust(tlsTrust.toAbsolutePath());
        }
        ConnectRequest initial = where.anyGiven() ? ConnectRequest.of(where.locator(), options.secret()) : null;
        return new ExplorerSettings(options, initial, live, profile == null ? null : profile.toAbsolutePath());
    }
}
