package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.ServerAddress;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.server.Broker;
import org.openmom.server.LocalService;
import org.openmom.server.MessageStore;
import org.openmom.server.Reflexes;
import org.openmom.transport.BrokerServer;
import org.openmom.transport.OpenMomServer;
import org.openmom.transport.ServerSettings;

/** A server in this JVM on loopback TCP, with its home in a temporary folder. */
final class EmbeddedServer implements AutoCloseable {
    private final AutoCloseable server;
    private final int port;
    final Broker broker;
    final Path home;

    private EmbeddedServer(AutoCloseable server, int port, Broker broker, Path home) {
        this.server = server;
        this.port = port;
        this.broker = broker;
        this.home = home;
    }

    private static ServerSettings settings(Path home) {
        return ServerSettings.defaults(new ServerIdentity("BENCH", 1), new OpenMomHome(home))
                .withProtocols(EnumSet.of(ProtocolSequence.TCP)).withTcp("127.0.0.1", 0);
    }

    /** The server as {@code openmom server} runs it: default journal under the home. */
    static EmbeddedServer withJournal() throws Exception {
        Path home = Files.createTempDirectory("openmom-bench");
        OpenMomServer server = OpenMomServer.start(settings(home), null, null);
        return new EmbeddedServer(server, server.tcpPort(), server.broker(), home);
    }

    /** No journal, and an ECHO local service answering CALLs inside the server. */
    static EmbeddedServer inMemory() throws Exception {
        Path home = Files.createTempDirectory("openmom-bench");
        LocalService echo = message -> message.body();
        Reflexes reflexes = new Reflexes() {
            @Override
            public Optional<LocalService> localService(String service) {
                return service.equals("ECHO") ? Optional.of(echo) : Optional.empty();
            }
        };
        Broker broker = new Broker(new ServerIdentity("BENCH", 1), reflexes, MessageStore.NONE);
        BrokerServer server = BrokerServer.start(broker, settings(home));
        return new EmbeddedServer(server, server.tcpPort(), broker, home);
    }

    OpenMomClient connect(String service, String user) {
        return connect(ClientOptions.of(service, user));
    }

    OpenMomClient connect(ClientOptions options) {
        return OpenMomClient.connect(options.withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", port));
    }

    @Override
    public void close() throws Exception {
        server.close();
        deleteTree(home);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
