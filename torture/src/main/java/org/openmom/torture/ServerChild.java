package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;

/**
 * {@code openmom server} in a child JVM, as an administrator runs it (TCP on a free loopback
 * port or a given one, and the local protocol; the default journal unless a configuration says
 * otherwise), to kill with SIGKILL or stop with SIGTERM. Clients reach it over TCP, the torture
 * suite's administration session over the local protocol (no admin secret needed there).
 */
final class ServerChild implements AutoCloseable {
    /** The server name of a scenario with one server. */
    static final String NAME = "T";
    private static final Pattern TCP_ENDPOINT = Pattern.compile("ncacn_ip_tcp:(\\d+)");
    private static final Duration READY_LIMIT = Duration.ofSeconds(120);

    private final Path home;
    private final String name;
    private final ChildJvm jvm;
    private final int tcpPort;
    private AdminSession admin;

    private ServerChild(Path home, String name, ChildJvm jvm, int tcpPort) {
        this.home = home;
        this.name = name;
        this.jvm = jvm;
        this.tcpPort = tcpPort;
    }

    /** Starts a server in {@code home} with extra {@code serverArgs} (e.g. {@code -c CONFIG}) and waits until it is ready. */
    static ServerChild start(TortureRun run, Path home, List<String> serverArgs) throws Exception {
        return start(run, home, NAME, 0, serverArgs);
    }

    /** As {@link #start(TortureRun, Path, List)}, as server {@code name}/1 on TCP port {@code port} (0: any free port). */
    static ServerChild start(TortureRun run, Path home, String name, int port, List<String> serverArgs) throws Exception {
        return start(run, home, name, port, serverArgs, List.of("-Xmx256m"));
    }

    static ServerChild start(TortureRun run, Path home, List<String> serverArgs, List<String> jvmOptions) throws Exception {
        return start(run, home, NAME, 0, serverArgs, jvmOptions);
    }

    private static ServerChild start(TortureRun run, Path home, String name, int port, List<String> serverArgs,
                                     List<String> jvmOptions) throws Exception {
        List<String> args = new ArrayList<>(List.of("server", "--home", home.toString(), "-s", name, "-r", "1",
                "-p", "*", "-e", Integer.toString(port)));
        args.addAll(serverArgs);
        List<String> options = new ArrayList<>(jvmOptions);
        options.add("-XX:+UseSerialGC"); // one GC thread: the machine has two cores and many children
        if (run.shortMode()) {
            options.add("-XX:TieredStopAtLevel=1"); // starts in 2/3 of the time; short mode restarts servers often
        }
        ChildJvm jvm = ChildJvm.start(home, "server", options, "org.openmom.cli.Main", args);
        String ready = jvm.awaitLine("ready: ", READY_LIMIT);
        Matcher endpoint = TCP_ENDPOINT.matcher(ready);
        if (!endpoint.find()) {
            jvm.kill();
            throw new TortureException("no TCP endpoint in '" + ready + "'");
        }
        return new ServerChild(home, name, jvm, Integer.parseInt(endpoint.group(1)));
    }

    Path home() {
        return home;
    }

    /** The default journal (without {@code -c}). */
    Path defaultJournal() {
        return home.resolve("data").resolve(name + "-1.journal");
    }

    Path logFile() {
        return home.resolve("logs").resolve(name + "-1.log");
    }

    ServerAddress tcp() {
        return ServerAddress.tcp("127.0.0.1", tcpPort);
    }

    int tcpPort() {
        return tcpPort;
    }

    boolean isAlive() {
        return jvm.isAlive();
    }

    long pid() {
        return jvm.pid();
    }

    long residentBytes() {
        return jvm.residentBytes();
    }

    /** Options of a client of this server: no reconnection, scenarios decide when to come back. */
    ClientOptions clientOptions(ServiceUser who) {
        return ClientOptions.of(who).withHome(new OpenMomHome(home)).withReconnect(false)
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60));
    }

    OpenMomClient connect(ClientOptions options) {
        return OpenMomClient.connect(options, tcp());
    }

    /** This server's administration session (local protocol), opened on first use. */
    synchronized AdminSession admin() throws Exception {
        if (admin == null || !admin.isConnected()) {
            admin = openAdmin("torture");
        }
        return admin;
    }

    /** A new administration session of its own as ADMIN/{@code user} (local protocol); the caller closes it. */
    AdminSession openAdmin(String user) throws Exception {
        AdminOptions options = AdminOptions.of(user).withHome(new OpenMomHome(home))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60));
        return AdminClient.connect(ServerAddress.local(name + ".1"), options).get(90, TimeUnit.SECONDS);
    }

    ServerSnapshot snapshot() throws Exception {
        return admin().snapshot().get(90, TimeUnit.SECONDS);
    }

    /** The registered instance of {@code who} (the first, if several). */
    Optional<ServiceInfo> instanceOf(ServiceUser who) throws Exception {
        return snapshot().services().stream().filter(s -> s.who().equals(who)).findFirst();
    }

    /** SIGKILL: the journal gets no chance to close. */
    void kill() throws InterruptedException {
        closeAdmin();
        jvm.kill();
    }

    /** SIGTERM: a clean stop (journals flushed and closed). */
    void stop() throws InterruptedException {
        closeAdmin();
        int exit = jvm.terminate();
        if (exit != 0 && exit != 143) {
            throw new TortureException("server stopped with exit code " + exit + ": " + jvm.stderrTail(5));
        }
    }

    String stderrTail(int lines) {
        return jvm.stderrTail(lines);
    }

    private synchronized void closeAdmin() {
        if (admin != null) {
            admin.close();
            admin = null;
        }
    }

    @Override
    public void close() throws InterruptedException {
        closeAdmin();
        if (jvm.isAlive()) {
            jvm.killWithDescendants();
        }
    }
}
