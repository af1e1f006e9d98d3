package org.openmom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.ServersListAddresses;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import picocli.CommandLine.Option;

/** Which server a client command talks to: {@code --server ADDRESS} or a Servers List. */
final class ServerChoice {
    @Option(names = "--server", paramLabel = "ADDRESS", description = "host:port (TCP) or local:NAME.ROLE")
    private String server;

    @Option(names = "--servers-list", paramLabel = "FILE",
            description = "Servers List to look the service up in (default: $OPENMOM_HOME/files/Servers.lst)")
    private Path serversList;

    @Option(names = "--home", paramLabel = "DIR", description = "OpenMOM home (default: $OPENMOM_HOME or ~/.openmom)")
    private Path homeDir;

    OpenMomHome home() {
        return homeDir != null ? new OpenMomHome(homeDir.toAbsolutePath()) : OpenMomHome.fromEnvironment();
    }

    List<ServerAddress> addresses(ServiceUser who, OpenMomHome home) {
        if (server != null) {
            try {
                return List.of(ServerAddress.parse(server));
            } catch (IllegalArgumentException e) {
                throw new UserInputException("--server: " + e.getMessage());
            }
        }
        Path file = serversList != null ? serversList : home.serversList();
        if (serversList == null && !Files.exists(file)) {
            throw new UserInputException("no --server given and no Servers List at " + file
                    + " — give --server host:port or local:NAME.ROLE, or create the Servers List");
        }
        try {
            return ServersListAddresses.of(file, who);
        } catch (OpenMomException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    /** Connects once, without reconnecting: a command reports a failure and exits. */
    OpenMomClient connect(ClientOptions options) {
        OpenMomHome home = home();
        ClientOptions once = options.withHome(home).withReconnect(false)
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
        try {
            return OpenMomClient.connect(once, addresses(options.who(), home));
        } catch (OpenMomException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    static ServiceUser identity(String as, String defaultService) {
        if (as == null) {
            return ServiceUser.of(defaultService, System.getProperty("user.name", "user"));
        }
        ServiceUser who = ServiceUser.parse(as);
        if (as.indexOf('/') < 0 || who.isPattern() || who.service().isEmpty() || who.user().isEmpty()) {
            throw new UserInputException("--as " + as + ": give SERVICE/USER, plain names without *");
        }
        return who;
    }
}
