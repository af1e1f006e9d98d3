package org.openmom.cli;

import java.util.List;
import java.util.stream.Collectors;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.openmom.model.ServerAddress;

/**
 * {@code --server NAME} or {@code --server NAME/ROLE}: a server named as the Explorer names it,
 * found among the servers running on this machine (the home's {@code run/} registry). With an
 * address instead ({@code host:port}, {@code local:NAME.ROLE}) the option means the same server
 * by where it listens: one option, one meaning — which server.
 */
final class ServerByName {
    private ServerByName() {}

    /** Whether {@code text} names a server rather than giving its address (an address has a colon). */
    static boolean isName(String text) {
        return text.indexOf(':') < 0;
    }

    /** @throws UserInputException one line naming what runs here and the fix */
    static ServerAddress resolve(String text, OpenMomHome home) {
        int slash = text.indexOf('/');
        String name = slash < 0 ? text : text.substring(0, slash);
        int role = slash < 0 ? 0 : role(text, text.substring(slash + 1));
        List<RunningServer> matching = new RunningServers(home.run()).list().stream()
                .filter(server -> server.name().equals(name) && (role == 0 || server.role() == role))
                .collect(Collectors.toList());
        if (matching.isEmpty()) {
            throw new UserInputException("--server " + text + ": no server of that name runs on this machine (" + home.run()
                    + ") — give its address instead: host:port or local:NAME.ROLE");
        }
        if (matching.size() > 1) {
            throw new UserInputException("--server " + text + ": " + matching.size() + " servers of that name run here ("
                    + matching.stream().map(server -> server.name() + "/" + server.role()).collect(Collectors.joining(", "))
                    + ") — give one as --server " + name + "/ROLE");
        }
        RunningServer server = matching.get(0);
        if (server.localEndpoint() != null) {
            return ServerAddress.local(server.localEndpoint());
        }
        return ServerAddress.tcp("127.0.0.1", server.tcpPort());
    }

    private static int role(String text, String role) {
        try {
            int value = Integer.parseInt(role);
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // the same one-line answer as for 0
        }
        throw new UserInputException("--server " + text + ": the role after / must be a number of 1 or more");
    }
}
