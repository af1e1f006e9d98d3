package org.openmom.app.explorer;

import java.nio.file.Path;
import java.util.List;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
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

    @Option(names = "--server", paramLabel = "SERVER",
            description = "the servers of this name (* for any), or one server's address as the command line gives it: host:port or local:NAME.ROLE")
    private String server;

    @Option(names = "--role", paramLabel = "N", description = "connect to the servers of this role (0 for any)")
    private Integer role;

    @Option(names = "--host", paramLabel = "HOST", description = "the servers' host (* uses the Servers List entries for ADMIN)")
    private String host;

    @Option(names = "--protocol", paramLabel = "PROTOCOL", description = "ncacn_ip_tcp, ncalrpc or * (all)")
    private String protocol;

    @Option(names = "--endpoint", paramLabel = "E", description = "a TCP port or a local name (* finds it automatically)")
    private String endpoint;

    @Option(names = "--live", description = "follow the servers' changes as they happen")
    private boolean live;

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
        boolean connect = server != null || role != null || host != null || protocol != null || endpoint != null;
        if (role != null && role < 0) {
            throw new IllegalArgumentException("--role " + role + " is not a role — give 1 or more, or 0 for any");
        }
        ProtocolSequence sequence = protocol == null ? ProtocolSequence.ALL : ProtocolSequence.fromFileName(protocol)
                .orElseThrow(() -> new IllegalArgumentException("--protocol '" + protocol + "' is unknown — give ncacn_ip_tcp, ncalrpc or *"));
        ConnectRequest initial = connect ? new ConnectRequest(criteria(sequence), options.secret()) : null;
        return new ExplorerSettings(options, initial, live);
    }

    /** What to connect to; {@code --server} with an address means the server listening there, as in the CLI. */
    private DiscoveryCriteria criteria(ProtocolSequence sequence) {
        if (server != null && server.indexOf(':') >= 0) {
            if (host != null || protocol != null || endpoint != null) {
                throw new IllegalArgumentException("--server " + server + " is an address: give --host, --protocol and --endpoint "
                        + "only with a server name");
            }
            ServerAddress address = ServerAddress.parse(server);
            return new DiscoveryCriteria("*", role == null ? 0 : role, address.host(), address.protocol(), address.endpoint());
        }
        return new DiscoveryCriteria(orAny(server), role == null ? 0 : role, orAny(host), sequence, orAny(endpoint));
    }

    private static String orAny(String value) {
        return value == null ? "*" : value;
    }
}
