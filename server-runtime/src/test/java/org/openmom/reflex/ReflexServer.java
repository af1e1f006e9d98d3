package org.openmom.reflex;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.config.ServerConfiguration;
import org.openmom.config.ServerConfigurationParser;
import org.openmom.fileformat.ParseResult;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.reflex.runtime.ConfiguredReflexes;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.Broker;
import org.openmom.server.MessageStore;
import org.openmom.server.pipeline.BrokerServer;
import org.openmom.server.pipeline.ServerSettings;

/**
 * A real server in this JVM running the reflexes of a configuration file written by the test,
 * on loopback with port 0, and the clients a test connects to it (closed with the server).
 */
final class ReflexServer implements AutoCloseable {
    final Path configFile;
    final ConfiguredReflexes reflexes;
    final BrokerServer server;
    private final OpenMomHome home;
    private final List<OpenMomClient> clients = new ArrayList<>();

    private ReflexServer(Path configFile, ConfiguredReflexes reflexes, BrokerServer server, OpenMomHome home) {
        this.configFile = configFile;
        this.reflexes = reflexes;
        this.server = server;
        this.home = home;
    }

    /** Writes {@code configText} to {@code dir/server.conf} and starts a server on it. */
    static final ReflexSettings DEFAULT_SETTINGS = ReflexSettings.defaults().withBudget(Duration.ofMillis(500));

    static ReflexServer start(Path dir, String configText) throws Exception {
        return start(dir, configText, DEFAULT_SETTINGS);
    }

    static ReflexServer start(Path dir, String configText, ReflexSettings settings) throws Exception {
        Path configFile = dir.resolve("server.conf");
        Files.writeString(configFile, configText, StandardCharsets.UTF_8);
        return startOn(configFile, settings);
    }

    static ReflexServer startOn(Path configFile, ReflexSettings settings) throws Exception {
        ServerIdentity identity = new ServerIdentity("S", 1);
        ConfiguredReflexes reflexes = ConfiguredReflexes.load(configFile, read(configFile), identity, settings);
        OpenMomHome home = new OpenMomHome(Files.createDirectories(configFile.resolveSibling("home")));
        ServerSettings serverSettings = ServerSettings.defaults(identity, home)
                .withProtocols(EnumSet.of(ProtocolSequence.TCP))
                .withTcp("127.0.0.1", 0)
                .withTimeouts(10_000, 2_000);
        Broker broker = new Broker(identity, reflexes, MessageStore.NONE);
        reflexes.attach(broker);
        try {
            return new ReflexServer(configFile, reflexes, BrokerServer.start(broker, serverSettings), home);
        } catch (Exception e) {
            reflexes.close();
            throw e;
        }
    }

    static ServerConfiguration read(Path configFile) throws Exception {
        ParseResult<ServerConfiguration> result = ServerConfigurationParser.read(configFile);
        if (result.hasErrors()) {
            throw new AssertionError("test configuration has errors: " + result.errors());
        }
        return result.model();
    }

    Broker broker() {
        return server.broker();
    }

    ReflexRegistry registry() {
        return reflexes.registry();
    }

    ServerAddress address() {
        return ServerAddress.tcp("127.0.0.1", server.tcpPort());
    }

    OpenMomClient connect(String service, String user) {
        return connect(ClientOptions.of(service, user));
    }

    OpenMomClient connect(ClientOptions options) {
        OpenMomClient client = OpenMomClient.connect(options.withHome(home), address());
        clients.add(client);
        return client;
    }

    @Override
    public void close() {
        clients.forEach(OpenMomClient::close);
        server.close();
        reflexes.close();
    }
}
