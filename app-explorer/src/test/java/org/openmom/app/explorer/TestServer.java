package org.openmom.app.explorer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;

/**
 * A real OpenMOM server on the local protocol, in this JVM, in its own OPENMOM_HOME, and the
 * services the test connects to it (closed with it).
 */
final class TestServer implements AutoCloseable {
    private final OpenMomServer server;
    private final OpenMomHome home;
    private final ServerIdentity identity;
    private final List<OpenMomClient> clients = new ArrayList<>();

    private TestServer(OpenMomServer server, OpenMomHome home, ServerIdentity identity) {
        this.server = server;
        this.home = home;
        this.identity = identity;
    }

    static TestServer startLocal(Path home, String name) throws Exception {
        ServerIdentity identity = new ServerIdentity(name, 1);
        OpenMomHome openMomHome = new OpenMomHome(home);
        ServerSettings settings = ServerSettings.defaults(identity, openMomHome).withProtocols(EnumSet.of(ProtocolSequence.LOCAL));
        return new TestServer(OpenMomServer.start(settings, null, null), openMomHome, identity);
    }

    /** A server on TCP (any free loopback port) that accepts administration with {@code secret}. */
    static TestServer startTcp(Path home, String name, String secret) throws Exception {
        ServerIdentity identity = new ServerIdentity(name, 1);
        OpenMomHome openMomHome = new OpenMomHome(home);
        ServerSettings settings = ServerSettings.defaults(identity, openMomHome).withProtocols(EnumSet.of(ProtocolSequence.TCP))
                .withTcp("127.0.0.1", 0).withAdminSecret(secret);
        return new TestServer(OpenMomServer.start(settings, null, null), openMomHome, identity);
    }

    int tcpPort() {
        return server.tcpPort();
    }

    OpenMomHome home() {
        return home;
    }

    String name() {
        return identity.name();
    }

    ServerAddress address() {
        return ServerAddress.local(identity.localName());
    }

    /** A service that receives through a listener (its mailbox empties as messages come). */
    OpenMomClient listening(String service, String user) {
        OpenMomClient client = connect(ClientOptions.of(service, user));
        client.setMessageListener(message -> { });
        return client;
    }

    /** A service that fetches its messages itself and, here, never does: its mailbox keeps them. */
    OpenMomClient polling(String service, String user) {
        return connect(ClientOptions.of(service, user).withPolling(true));
    }

    private OpenMomClient connect(ClientOptions options) {
        OpenMomClient client = OpenMomClient.connect(options.withHome(home), address());
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(OpenMomClient::close);
        server.close();
    }
}
