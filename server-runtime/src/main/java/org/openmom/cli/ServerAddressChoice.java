package org.openmom.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.openmom.client.DefaultServer;
import org.openmom.client.OpenMomException;
import org.openmom.client.ServersListAddresses;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Which server a command talks to: {@code --server} (an address, or a server's name), else the addresses of the first
 * Servers List entry for the service the command acts as. The two kinds of command (clients and
 * administration) say differently what the list is searched for, so each declares its own
 * {@code --servers-list} and the fix for a missing list.
 */
abstract class ServerAddressChoice {
    @Option(names = "--server", paramLabel = "SERVER",
            description = "the server: its address (host:port for TCP, local:NAME.ROLE) or its name as the Explorer shows it "
                    + "(NAME or NAME/ROLE, a server running on this machine); default: $OPENMOM_SERVER, else the Servers List")
    private String server;

    @Option(names = "--tls-trust", paramLabel = "FILE",
            description = "connect over TLS, trusting the certificates of this PEM file (the server's --tls-cert, or what signed it);"
                    + " default: $OPENMOM_TLS_TRUST, else $OPENMOM_HOME/files/tls/HOST_PORT.pem or HOST.pem when present, else plain TCP")
    private Path tlsTrust;

    @Mixin
    private HomeOption home;

    /** The {@code --servers-list} given, or null for the home's. */
    abstract Path serversList();

    /** How to fix "no --server and no Servers List", after "give --server host:port or local:NAME.ROLE, or". */
    abstract String missingListFix();

    OpenMomHome home() {
        return home.home();
    }

    /** The trust file given with {@code --tls-trust}, or null for the defaults of the options. */
    Path tlsTrust() {
        if (tlsTrust != null && !Files.isReadable(tlsTrust)) {
            throw new UserInputException("--tls-trust " + tlsTrust + ": no such readable file — give the PEM file of the server's certificate");
        }
        return tlsTrust == null ? null : tlsTrust.toAbsolutePath();
    }

    /** The addresses to try in order. @throws UserInputException one line with the fix */
    List<ServerAddress> addresses(ServiceUser who, OpenMomHome home) {
        if (server != null) {
            return List.of(address(server, "--server", home));
        }
        // a program the server started on demand is told where to connect; a Servers List given on purpose wins
        Optional<String> inEnvironment = serversList() == null ? DefaultServer.text() : Optional.empty();
        if (inEnvironment.isPresent()) {
            return List.of(address(inEnvironment.get(), "$" + DefaultServer.VARIABLE, home));
        }
        Path file = serversList() != null ? serversList() : home.serversList();
        if (serversList() == null && !Files.exists(file)) {
            throw new UserInputException("no --server given and no Servers List at " + file
                    + " — give --server host:port or local:NAME.ROLE, or " + missingListFix());
        }
        try {
            return ServersListAddresses.of(file, who);
        } catch (OpenMomException e) {
            throw new UserInputException(e.getMessage());
        }
    }

    private static ServerAddress address(String text, String from, OpenMomHome home) {
        if (ServerByName.isName(text)) {
            return ServerByName.resolve(text, home);
        }
        try {
            return ServerAddress.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(from + ": " + e.getMessage());
        }
    }
}
