package org.openmom.cli;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ByteSize;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ConnectionLimits;
import org.openmom.server.pipeline.ServerSettings;
import org.openmom.server.pipeline.ServerStartException;
import org.openmom.server.pipeline.ServerTls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code openmom server}: the guide's server command line; runs until SIGTERM or Ctrl-C. */
@Command(
        name = "server",
        mixinStandardHelpOptions = true,
        description = {
            "Run an OpenMOM server until stopped (SIGTERM or Ctrl-C). Every option is optional.",
            "Prints one line when ready: 'ready: NAME/ROLE on ENDPOINTS'. Logs to $OPENMOM_HOME/logs/.",
        })
final class ServerCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);
    /** Heap in use after a start that replayed a large backlog (see {@link #settleLongLivedState}). */
    private static final long LARGE_STARTUP_HEAP = 128L << 20;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "-p", paramLabel = "PROTOCOL", description = "ncacn_ip_tcp (TCP), ncalrpc (local) or * for all available (default)")
    private String protocol = "*";

    @Option(names = "-c", paramLabel = "CONFIG", description = "server configuration file (relative names: $OPENMOM_HOME/files first)")
    private String config;

    @Option(names = "-s", paramLabel = "NAME", description = "server name (default: OpenMOM)")
    private String name = "OpenMOM";

    @Option(names = "-r", paramLabel = "ROLE", description = "server role, 1 or more (default: 1)")
    private int role = 1;

    @Option(names = "-e", paramLabel = "ENDPOINT",
            description = "TCP port (default: first free of 7410-7429; 0: any free port) or local name (default: NAME.ROLE)")
    private String endpoint;

    @Option(names = "-x", paramLabel = "ROUTES", description = "routes file to re-establish at start")
    private String routes;

    @CommandLine.Mixin
    private HomeOption homeOption;

    @Option(names = "--heartbeat", paramLabel = "MILLIS", description = "heartbeat interval; silent peers are dropped after 3 (default: 10000)")
    private long heartbeat = 10_000;

    @Option(names = "--max-memory", paramLabel = "SIZE",
            description = "bound on the bytes of messages held (e.g. 256M, 2G): past 3/4 of it senders are slowed,"
                    + " past it their posts are refused (default: half the JVM's maximum heap)")
    private String maxMemory;

    @Option(names = "--page-quota", paramLabel = "SIZE",
            description = "disk the page files of waiting persistent messages may take (e.g. 10G): past it, persistent posts"
                    + " for absent services are refused (default: 64G)")
    private String pageQuota;

    @Option(names = "--max-connections", paramLabel = "N",
            description = "connections at once, every peer together; more are turned away (default: 10000)")
    private int maxConnections = ConnectionLimits.defaults().maxConnections();

    @Option(names = "--max-connections-per-address", paramLabel = "N",
            description = "connections at once from one IP address (all local-socket peers count as one; default: 1000)")
    private int maxConnectionsPerAddress = ConnectionLimits.defaults().maxPerAddress();

    @Option(names = "--max-unregistered-memory", paramLabel = "SIZE",
            description = "bytes of unfinished frames kept for every connection not yet registered together (e.g. 64M);"
                    + " a connection passing it is turned away (default: 64M)")
    private String maxUnregisteredMemory = "64M";

    @Option(names = "--log-size", paramLabel = "SIZE",
            description = "size at which the log file rolls (e.g. 10M); NAME-ROLE.1.log to .5.log keep the latest"
                    + " rolled parts, so the log takes at most 6 times SIZE (default: 10M)")
    private String logSize = "10M";

    @CommandLine.Mixin
    private ReflexOptions reflexOptions = new ReflexOptions();

    @Option(names = "--listen", paramLabel = "ADDRESS",
            description = "the address TCP listens on: 127.0.0.1 for this machine only, an interface's address, or 0.0.0.0 for"
                    + " every interface (default: 0.0.0.0)")
    private String listen = "0.0.0.0";

    @Option(names = "--tls-cert", paramLabel = "FILE",
            description = "TLS for TCP: the server's certificate chain (PEM, its own certificate first); needs --tls-key")
    private Path tlsCert;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "TLS for TCP: the private key of --tls-cert (PEM, unencrypted PKCS#8)")
    private Path tlsKey;

    @Option(names = "--admin-secret-file", paramLabel = "FILE",
            description = "allow administration over TCP to tools giving the secret on this file's first line"
                    + " (without it only local administration is allowed)")
    private Path adminSecretFile;

    @Override
    public Integer call() throws Exception {
        OpenMomHome home = homeOption.home();
        if (role < 1) {
            throw new UserInputException("-r " + role + ": the server role must be 1 or more");
        }
        checkName();
        Set<ProtocolSequence> protocols = protocols();
        ServerSettings settings = endpointSettings(ServerSettings.defaults(new ServerIdentity(name, role), home)
                .withProtocols(protocols)
                .withTimeouts(heartbeat, 10_000), protocols);
        if (maxMemory != null) {
            settings = settings.withMemoryBound(size("--max-memory", maxMemory));
        }
        if (pageQuota != null) {
            settings = settings.withPageQuota(size("--page-quota", pageQuota));
        }
        if (maxConnections < 1 || maxConnectionsPerAddress < 1) {
            throw new UserInputException("--max-connections " + maxConnections + ", --max-connections-per-address " + maxConnectionsPerAddress
                    + ": give 1 or more");
        }
        long unregisteredMemory = size("--max-unregistered-memory", maxUnregisteredMemory);
        if (unregisteredMemory < settings.limits().unregisteredMaxFrameSize()) {
            throw new UserInputException("--max-unregistered-memory " + maxUnregisteredMemory + ": give "
                    + ByteSize.format(settings.limits().unregisteredMaxFrameSize()) + " at least, one frame before REGISTER");
        }
        settings = settings.withLimits(settings.limits().withConnections(maxConnections, maxConnectionsPerAddress)
                .withUnregisteredMemory(unregisteredMemory));
        if (adminSecretFile != null) {
            settings = settings.withAdminSecret(AdminSecretFile.read(adminSecretFile));
        }
        settings = settings.withTcp(listenAddress(), settings.tcpPort());
        if (tlsCert != null || tlsKey != null) {
            if (tlsCert == null || tlsKey == null) {
                throw new UserInputException((tlsCert == null ? "--tls-key" : "--tls-cert") + " without "
                        + (tlsCert == null ? "--tls-cert" : "--tls-key") + ": TLS needs the certificate chain and its private key, give both");
            }
            settings = settings.withTls(new ServerTls(tlsCert.toAbsolutePath(), tlsKey.toAbsolutePath()));
        }
        Path configFile = config == null ? null : existing(home.resolveFile(config), "-c");
        Path routesFile = routes == null ? null : existing(home.resolveFile(routes), "-x");
        OpenMomHome.ownerOnlyFolder(home.logs());
        ServerLog.toFile(home.logs().resolve(name + "-" + role + ".log"), size("--log-size", logSize));

        OpenMomServer server;
        try {
            server = OpenMomServer.start(settings, configFile, routesFile, reflexOptions.settings());
        } catch (ServerStartException e) {
            throw new UserInputException("openmom server: " + e.getMessage());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            LOG.info("server {}/{} stopping", name, role);
            server.close();
            LOG.info("server {}/{} stopped", name, role);
            stopped.countDown();
        }, "openmom-server-stop"));
        settleLongLivedState();
        String endpoints = server.endpoints().stream().map(Object::toString).collect(Collectors.joining(", "));
        LOG.info("server {}/{} ready on {}", name, role, endpoints);
        spec.commandLine().getOut().println("ready: " + name + "/" + role + " on " + endpoints);
        spec.commandLine().getOut().flush();
        stopped.await();
        return ExitCode.OK;
    }

    /**
     * One full collection once the server has started, before it takes traffic. What startup
     * built (configuration, reflexes, the journal's index, the libraries' state) lives as long as
     * the process; left in the young generation, every young collection would copy it again until
     * it is old enough to be promoted, which makes each pause several times longer, and ParallelGC
     * answers long pauses by enlarging the young generation, i.e. the resident memory. A server
     * that owns its JVM pays 20–40 ms once instead (measured in docs/performance.md). Not after the
     * replay of a large backlog: the replay's own collections promoted what it built, and a full
     * collection of that heap held `ready` back by up to 0.65 s (W7).
     */
    private static void settleLongLivedState() {
        Runtime heap = Runtime.getRuntime();
        if (heap.totalMemory() - heap.freeMemory() < LARGE_STARTUP_HEAP) {
            System.gc();
        }
    }

    /** {@code --listen}: an address of this machine, as a literal or a name. */
    private String listenAddress() {
        try {
            InetAddress address = InetAddress.getByName(listen);
            if (!address.isAnyLocalAddress() && NetworkInterface.getByInetAddress(address) == null) {
                throw new UserInputException("--listen " + listen + ": " + address.getHostAddress() + " is not an address of this machine"
                        + " — give one of its interfaces' addresses, 127.0.0.1 or 0.0.0.0");
            }
            return address.getHostAddress();
        } catch (UnknownHostException | SocketException e) {
            throw new UserInputException("--listen " + listen + ": no such address — give an IP address such as 127.0.0.1 or 0.0.0.0");
        }
    }

    private static long size(String option, String value) {
        try {
            return ByteSize.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(option + " " + e.getMessage());
        }
    }

    /** A name every Servers List and client address can spell (the files write a space as +). */
    private void checkName() {
        String shown = name.chars().mapToObj(ServerCommand::printable).collect(Collectors.joining());
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw new UserInputException("-s '" + shown + "': a server name has no tab, line break or other control character — choose another name");
        }
        if (name.contains("+")) {
            throw new UserInputException("-s '" + shown + "': a server name has no '+', which Servers Lists write for a space — choose another name");
        }
        if (name.isBlank() || name.contains("*") || name.contains("/")) {
            throw new UserInputException("-s '" + shown + "': a server name has no blanks only, no * and no /");
        }
    }

    private static String printable(int c) {
        return switch (c) {
            case '\t' -> "\\t";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            default -> Character.isISOControl(c) ? String.format("\\u%04x", c) : Character.toString(c);
        };
    }

    private Set<ProtocolSequence> protocols() {
        if (protocol == null || protocol.isBlank() || protocol.equals("*")) {
            return EnumSet.of(ProtocolSequence.TCP, ProtocolSequence.LOCAL);
        }
        ProtocolSequence sequence = ProtocolSequence.fromFileName(protocol).orElseThrow(() -> new UserInputException(
                "-p " + protocol + ": unknown protocol sequence — use one of " + ProtocolSequence.allFileNames()));
        if (!sequence.isAvailable()) {
            throw new UserInputException("-p " + protocol + ": " + sequence.displayName()
                    + " is not available on this platform — use ncacn_ip_tcp, ncalrpc or *");
        }
        return EnumSet.of(sequence);
    }

    private ServerSettings endpointSettings(ServerSettings settings, Set<ProtocolSequence> protocols) {
        if (endpoint == null || endpoint.isBlank() || endpoint.equals("*")) {
            return settings;
        }
        boolean numeric = endpoint.chars().allMatch(Character::isDigit);
        if (protocols.contains(ProtocolSequence.TCP) && numeric) {
            int port = Integer.parseInt(endpoint);
            if (port > 65535) {
                throw new UserInputException("-e " + endpoint + ": a TCP port is at most 65535");
            }
            return settings.withTcp(settings.tcpHost(), port);
        }
        if (protocols.contains(ProtocolSequence.LOCAL) && !numeric) {
            if (endpoint.contains("/")) {
                throw new UserInputException("-e " + endpoint + ": a local endpoint is a name, without /");
            }
            return settings.withLocalName(endpoint);
        }
        throw new UserInputException("-e " + endpoint + ": a TCP endpoint is a port number (1-65535), a local endpoint a name");
    }

    private static Path existing(Path file, String flag) {
        if (!Files.isReadable(file)) {
            throw new UserInputException(flag + " " + file + ": no such readable file — check the name (relative names are looked up in $OPENMOM_HOME/files first)");
        }
        return file;
    }
}
