package org.openmom.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerIdentity;
import org.openmom.reflex.runtime.ConfiguredReflexes;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.Broker;
import org.openmom.server.MessageStore;
import org.openmom.server.activation.ActivationSettings;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.BrokerServer;
import org.openmom.server.pipeline.ConnectionLimits;
import org.openmom.server.pipeline.ServerSettings;
import org.openmom.server.pipeline.ServerTls;
import org.openmom.server.routing.Routers;

/**
 * A real OpenMOM server in this JVM for one test: in the test's temporary OPENMOM_HOME, on
 * loopback TCP port 0 (read back) and/or the local protocol, and the clients the test connects to
 * it, closed with it.
 *
 * <pre>{@code
 * try (TestServer server = TestServer.named("SNAP").home(tempDir).adminSecret("s3cret").start()) {
 *     OpenMomClient bob = server.connect("CHAT", "bob");
 *     ...
 * }
 * }</pre>
 *
 * {@link Builder#start()} returns once every listener is bound and the server is recorded under
 * {@code run/} (the server's own start is synchronous), so a test needs no wait before connecting.
 */
public final class TestServer implements AutoCloseable {
    private static final Duration ANSWER_LIMIT = Duration.ofSeconds(20);

    private final ServerSettings settings;
    private final Running running;
    /** How to close each client the test connected, in order. */
    private final List<Runnable> disconnects = new CopyOnWriteArrayList<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    private TestServer(ServerSettings settings, Running running) {
        this.settings = settings;
        this.running = running;
    }

    /** A server named {@code name} (role 1 unless told), to be given a home and started. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    /** The tests' administration service (ADMIN/tester) of {@code home}, with timeouts that only bound a hang. */
    public static AdminOptions adminOptions(Path home) {
        return AdminOptions.of("tester").withHome(new OpenMomHome(home)).withTimeouts(Duration.ofSeconds(5), ANSWER_LIMIT);
    }

    public Broker broker() {
        return running.broker();
    }

    public OpenMomHome home() {
        return settings.home();
    }

    public String name() {
        return settings.identity().name();
    }

    /** The TCP port bound (the builder's port 0 read back), or -1 without TCP. */
    public int tcpPort() {
        return running.tcpPort().getAsInt();
    }

    public ServerAddress tcp() {
        return ServerAddress.tcp("127.0.0.1", tcpPort());
    }

    public ServerAddress local() {
        return ServerAddress.local(settings.effectiveLocalName());
    }

    /** Where its clients connect: TCP when it listens there, else the local protocol. */
    public ServerAddress address() {
        return settings.protocols().contains(ProtocolSequence.TCP) ? tcp() : local();
    }

    /** The reflexes of its configuration file (none without one), with their run-time status. */
    public ReflexRegistry registry() {
        return running.reflexes().get().registry();
    }

    /** A service connected to it (over {@link #address()}, in its home), closed with the server. */
    public OpenMomClient connect(String service, String user) {
        return connect(ClientOptions.of(service, user));
    }

    /** As {@link #connect(String, String)}; over TLS trusting the server's certificate when it has TLS (and the options name no trust). */
    public OpenMomClient connect(ClientOptions options) {
        ClientOptions ours = options.withHome(home());
        if (settings.tls() != null && ours.tlsTrust() == null) {
            ours = ours.withTlsTrust(settings.tls().certificateChain());
        }
        OpenMomClient client = OpenMomClient.connect(ours, address());
        disconnects.add(client::close);
        return client;
    }

    /** A service that does not reconnect: the test decides whether and when it comes back. */
    public OpenMomClient connectOnce(String service, String user) {
        return connect(ClientOptions.of(service, user).withReconnect(false));
    }

    /** A service that receives through a listener, so its mailbox empties as messages come. */
    public OpenMomClient listening(String service, String user) {
        OpenMomClient client = connect(service, user);
        client.setMessageListener(message -> { });
        return client;
    }

    /** A service that fetches its messages itself and, here, never does: its mailbox keeps them. */
    public OpenMomClient polling(String service, String user) {
        return connect(ClientOptions.of(service, user).withPolling(true));
    }

    /**
     * An administration session over the local protocol (no secret needed there). The test closes
     * it, not the server: a session may have to see its server go.
     */
    public AdminSession admin() throws Exception {
        return AdminClient.connect(local(), adminOptions(home().root())).get(ANSWER_LIMIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Closes its clients, then stops the server (listeners, reflexes, journals); once, as a test may stop it before its end. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        disconnects.forEach(Runnable::run);
        running.stop().run();
    }

    /**
     * The routers of a whole server: add some with {@code routers().add(RoutesParser.parse(…))}.
     *
     * @throws IllegalStateException for a server started with a {@link Builder#store}, which has none
     */
    public Routers routers() {
        if (running.routers() == null) {
            throw new IllegalStateException(name() + " was started with a store of the test's: it has no routers");
        }
        return running.routers();
    }

    /** What was started — the whole server, or a broker with a given store behind listeners — and how to stop it. */
    /** @param reflexes the reflexes running now (a reload replaces them) */
    private record Running(Broker broker, IntSupplier tcpPort, Supplier<ConfiguredReflexes> reflexes, Routers routers, Runnable stop) {}

    /** The settings of a test server; every one has a default but the home. */
    public static final class Builder {
        private final String name;
        private int role = 1;
        private Path routesFile;
        private ConnectionLimits limits;
        private Path home;
        private Set<ProtocolSequence> protocols = EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL);
        private int port;
        private Long heartbeatMillis;
        private long helloTimeoutMillis;
        private Integer maxFrameSize;
        private String adminSecret;
        private Long memoryBound;
        private Path configFile;
        private String configText;
        private ReflexSettings reflexSettings = ReflexSettings.defaults();
        private ActivationSettings activationSettings = ActivationSettings.defaults();
        private MessageStore store;
        private ServerTls tls;

        private Builder(String name) {
            this.name = name;
        }

        public Builder role(int value) {
            role = value;
            return this;
        }

        /** Its OPENMOM_HOME: a folder of the test's own ({@code @TempDir}); created if missing. */
        public Builder home(Path value) {
            home = value;
            return this;
        }

        /** Default TCP and local. */
        public Builder protocols(ProtocolSequence first, ProtocolSequence... others) {
            protocols = EnumSet.of(first, others);
            return this;
        }

        /** A given TCP port, e.g. to restart a server where its clients expect it (default 0: any free port). */
        public Builder port(int value) {
            port = value;
            return this;
        }

        /** PING after {@code heartbeatMillis} of write silence; a peer without HELLO is dropped after {@code helloTimeoutMillis}. */
        public Builder timeouts(long heartbeat, long helloTimeout) {
            heartbeatMillis = heartbeat;
            helloTimeoutMillis = helloTimeout;
            return this;
        }

        public Builder maxFrameSize(int bytes) {
            maxFrameSize = bytes;
            return this;
        }

        /** Allows administration over TCP with this secret (local administration needs none). */
        public Builder adminSecret(String secret) {
            adminSecret = secret;
            return this;
        }

        public Builder memoryBound(long bytes) {
            memoryBound = bytes;
            return this;
        }

        /** A server configuration file (its logging services choose the journals, its reflexes run). */
        /** What peers may hold before they register, and connections at once (defaults: {@link ConnectionLimits#defaults()}). */
        public Builder limits(ConnectionLimits value) {
            limits = value;
            return this;
        }

        /** TLS on its TCP connections, as with {@code --tls-cert} and {@code --tls-key}. */
        public Builder tls(ServerTls value) {
            tls = value;
            return this;
        }

        /** The routes file given as with {@code -x}: its routers are re-established at start. */
        public Builder routes(Path file) {
            routesFile = file;
            return this;
        }

        public Builder config(Path file) {
            configFile = file;
            return this;
        }

        /** A server configuration written by the test: saved as {@code server.conf} in the home, then read as {@link #config}. */
        public Builder configText(String text) {
            configText = text;
            return this;
        }

        /** How its activated programs are paced (e.g. short back-offs, for a crash loop found quickly). */
        public Builder activationSettings(ActivationSettings value) {
            activationSettings = value;
            return this;
        }

        public Builder reflexSettings(ReflexSettings value) {
            reflexSettings = value;
            return this;
        }

        /**
         * The broker keeps persistent messages in {@code value} ({@link MessageStore#NONE}: nowhere)
         * instead of the journals of the configuration; the server then has listeners and reflexes
         * but no administration service. Without it the server is whole, as {@code openmom server}
         * starts it.
         */
        public Builder store(MessageStore value) {
            store = value;
            return this;
        }

        /** Starts it; returns once it listens. */
        public TestServer start() throws Exception {
            if (home == null) {
                throw new IllegalStateException("a test server needs a home of the test's own: .home(tempDir)");
            }
            Files.createDirectories(home);
            ServerSettings settings = settings();
            Path config = configFile();
            Running running = store == null ? whole(settings, config) : withStore(settings, config);
            TestServer server = new TestServer(settings, running);
            if (protocols.contains(ProtocolSequence.TCP) && server.tcpPort() <= 0) {
                server.close();
                throw new IllegalStateException(name + " started without its TCP listener");
            }
            return server;
        }

        private ServerSettings settings() {
            ServerSettings settings = ServerSettings.defaults(new ServerIdentity(name, role), new OpenMomHome(home))
                    .withProtocols(protocols)
                    .withTcp("127.0.0.1", port)
                    .withAdminSecret(adminSecret);
            if (heartbeatMillis != null) {
                settings = settings.withTimeouts(heartbeatMillis, helloTimeoutMillis);
            }
            if (maxFrameSize != null) {
                settings = settings.withMaxFrameSize(maxFrameSize);
            }
            if (memoryBound != null) {
                settings = settings.withMemoryBound(memoryBound);
            }
            if (limits != null) {
                settings = settings.withLimits(limits);
            }
            return settings.withTls(tls);
        }

        private Path configFile() throws IOException {
            return configText == null ? configFile : Files.writeString(home.resolve("server.conf"), configText, StandardCharsets.UTF_8);
        }

        private Running whole(ServerSettings settings, Path config) throws Exception {
            OpenMomServer server = OpenMomServer.start(settings, config, routesFile, reflexSettings, activationSettings);
            return new Running(server.broker(), server::tcpPort, server::reflexes, server.routers(), server::close);
        }

        private Running withStore(ServerSettings settings, Path config) throws Exception {
            ConfiguredReflexes reflexes = ConfiguredReflexes.forServer(config, settings.identity(), reflexSettings);
            Broker broker = new Broker(settings.identity(), reflexes, store);
            reflexes.attach(broker);
            try {
                BrokerServer listeners = BrokerServer.start(broker, settings);
                return new Running(broker, listeners::tcpPort, () -> reflexes, null, () -> {
                    listeners.close();
                    reflexes.close();
                });
            } catch (Exception e) {
                reflexes.close();
                throw e;
            }
        }
    }
}
