package org.openmom.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import picocli.CommandLine.Option;

/** Which server a client command talks to: {@code --server} (an address or a server name) or the service's Servers List entry. */
final class ServerChoice extends ServerAddressChoice {
    @Option(names = "--servers-list", paramLabel = "FILE",
            description = "Servers List to look the service up in (default: $OPENMOM_HOME/files/Servers.lst)")
    private Path serversList;

    @Override
    Path serversList() {
        return serversList;
    }

    @Override
    String missingListFix() {
        return "create the Servers List";
    }

    /** Connects once, without reconnecting: a command reports a failure and exits. */
    OpenMomClient connect(ClientOptions options) {
        return connectWith(options.withReconnect(false));
    }

    /**
     * Connects for a command that waits a while (receive): after a lost server it reconnects,
     * failing over along the addresses (the Servers List's, or the one of {@code --server}).
     */
    OpenMomClient connectFailingOver(ClientOptions options) {
        return connectWith(options.withReconnect(true));
    }

    private OpenMomClient connectWith(ClientOptions options) {
        OpenMomHome home = home();
        ClientOptions timed = options.withHome(home).withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30));
        if (tlsTrust() != null) {
            timed = timed.withTlsTrust(tlsTrust());
        }
        try {
            return OpenMomClient.connect(timed, addresses(options.who(), home));
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
