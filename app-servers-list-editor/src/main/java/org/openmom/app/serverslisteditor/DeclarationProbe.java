package org.openmom.app.serverslisteditor;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveredServer;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.admin.client.AdminClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;
import org.openmom.serverslist.ServerDeclaration;

/**
 * The editor's "Test": which servers answer at a server declaration, found as services find
 * them (DESIGN.md §4: automatic endpoints probed, name and role checked).
 */
final class DeclarationProbe {
    static final long WAIT_SECONDS = 30;

    private final OpenMomHome home;

    DeclarationProbe(OpenMomHome home) {
        this.home = home;
    }

    /** What a test found: one line per answering server, one per place that failed. */
    record Report(ServerLocator declaration, List<String> answering, List<String> failures) {
        boolean anyAnswers() {
            return !answering.isEmpty();
        }

        String summary() {
            if (answering.isEmpty()) {
                return "No server answers at this declaration.";
            }
            return answering.size() == 1 ? "1 server answers." : answering.size() + " servers answer.";
        }

        /** The declaration as its line in the file. */
        String declarationLine() {
            return new ServerDeclaration(declaration).toLine();
        }

        /** "answers: NAME/ROLE at ADDRESS" for each server found, then "failed: WHY" for each place that failed. */
        List<String> lines() {
            return Stream.concat(answering.stream().map(server -> "answers: " + server), failures.stream().map(why -> "failed: " + why))
                    .toList();
        }
    }

    CompletableFuture<Report> probe(ServerLocator declaration) {
        ProtocolSequence protocol = declaration.protocolSequence().orElse(ProtocolSequence.ALL);
        if (!DeclarationWords.usableHere(protocol)) {
            return failed(declaration, DeclarationWords.notUsableHere(protocol));
        }
        // In the file the Local protocol's address is *, which the discovery reads as "use the Servers List".
        String host = protocol == ProtocolSequence.LOCAL ? "localhost" : declaration.networkAddress();
        // The discovery skips automatic endpoints that do not answer, which would hide a host that does not exist.
        if (protocol != ProtocolSequence.LOCAL && !isKnownHost(host)) {
            return failed(declaration, "the host " + host + " is unknown (no DNS or hosts file entry names it)"
                    + " — check the Network Address");
        }
        DiscoveryCriteria criteria = new DiscoveryCriteria(declaration.serverName(), declaration.roleNumber().orElse(0), host,
                protocol, declaration.endpoint());
        AdminOptions options = AdminOptions.of(System.getProperty("user.name", "editor")).withHome(home);
        return AdminClient.discover(criteria, options).orTimeout(WAIT_SECONDS, TimeUnit.SECONDS).thenApply(found -> new Report(
                declaration,
                found.stream().filter(DiscoveredServer::isReachable).map(DiscoveredServer::label).toList(),
                found.stream().filter(server -> !server.isReachable()).map(DiscoveredServer::error).toList()));
    }

    private static CompletableFuture<Report> failed(ServerLocator declaration, String why) {
        return CompletableFuture.completedFuture(new Report(declaration, List.of(), List.of(why)));
    }

    /** Asks the resolver: called from the background work that starts the probe, never on the FX thread. */
    private static boolean isKnownHost(String host) {
        try {
            InetAddress.getByName(host);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
