package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

/** status, mailbox, delete, enable/disable and log against a real server. */
@Timeout(60)
class AdminCommandsTest {
    private static final String SECRET = "cli-secret";

    @TempDir
    Path home;
    private TestServer server;
    private Path secretFile;

    @BeforeEach
    void start() throws Exception {
        secretFile = home.resolve("admin.secret");
        Files.writeString(secretFile, SECRET + "\n");
        Path config = home.resolve("cli.conf");
        Files.writeString(config, "LoggingService Journal builtin * data/cli.journal\nLocalService PING builtin health Echo\n");
        server = TestServer.named("CLI").home(home).adminSecret(SECRET).memoryBound(64L << 20).config(config).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String[] local(String... args) {
        return with(args, "--server", "local:CLI.1", "--home", home.toString(), "--user", "cli");
    }

    private String[] tcp(String... args) {
        return with(args, "--server", "127.0.0.1:" + server.tcpPort(), "--admin-secret-file", secretFile.toString(),
                "--home", home.toString(), "--user", "cli");
    }

    private static String[] with(String[] args, String... more) {
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return all;
    }

    @Test
    void statusShowsTheServerItsServicesAndCountersAligned() throws Exception {
        try (OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "later").persistent()).get(5, TimeUnit.SECONDS);
            CommandLineRun run = CommandLineRun.of(tcp("status"));
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).startsWith("Server CLI/1  enabled")
                    .contains("ncacn_ip_tcp:" + server.tcpPort())
                    .contains("1 posted")
                    .contains("1 persistent seeds waiting")
                    .contains("memory     " + (5 + 64) + " B held of a 64.0 MiB bound, 0 posts refused at the bound")
                    .contains("routed     0 routers, 0 copies received again (not posted twice), 0 loops dropped")
                    .contains("calls      0 replies ignored (not from the service called)")
                    .contains("Services (1)")
                    .contains("Administration Services (1)")
                    .contains("Reflexes (2)")
                    .contains("Logging Service")
                    .contains("Local Service");
            String header = lineStarting(run, "  SERVICE/USER");
            String alicesLine = lineStarting(run, "  CHAT/alice");
            assertThat(alicesLine.indexOf("enabled")).as("columns are aligned").isEqualTo(header.indexOf("STATUS"));
            assertThat(alicesLine.substring(header.indexOf("TO HAND OVER")).trim()).as("nothing waits to be handed to alice")
                    .startsWith("0 ");
        }
    }

    @Test
    void mailboxListsAServicesMessagesAndTheServerMailbox() throws Exception {
        try (OpenMomClient alice = server.connectOnce("CHAT", "alice");
                OpenMomClient bob = OpenMomClient.connect(ClientOptions.of("CHAT", "bob").withPolling(true)
                        .withHome(new OpenMomHome(home)).withReconnect(false), ServerAddress.tcp("127.0.0.1", server.tcpPort()))) {
            for (int i = 0; i < 3; i++) {
                alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "hello " + i)).get(5, TimeUnit.SECONDS);
            }
            alice.post(Post.to(ServiceUser.of("CHAT", "carol"), "say", "for carol").persistent()).get(5, TimeUnit.SECONDS);

            CommandLineRun mailbox = CommandLineRun.of(local("mailbox", "CHAT/bob", "--limit", "2"));
            assertThat(mailbox.exitCode()).as(mailbox.err()).isZero();
            assertThat(mailbox.out()).contains("Mailbox of CHAT/bob").contains("3 messages, showing 1-2")
                    .contains("hello 0").contains("hello 1").doesNotContain("hello 2");

            CommandLineRun seeds = CommandLineRun.of(local("mailbox", "--server-mailbox"));
            assertThat(seeds.exitCode()).as(seeds.err()).isZero();
            assertThat(seeds.out()).contains("Persistent Message Seeds: 1 message").contains("for carol").contains("persistent")
                    .contains("Message Seeds: 3 messages").contains("Global Messages: 0 messages");

            CommandLineRun unknown = CommandLineRun.of(local("mailbox", "NOBODY/x"));
            assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(unknown.err()).contains("no service registered as NOBODY/x").contains("openmom status");

            CommandLineRun both = CommandLineRun.of(local("mailbox"));
            assertThat(both.exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void deleteRemovesAMessageAndSaysWhichIdsWereNotFound() throws Exception {
        try (OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            long id = alice.post(Post.to(ServiceUser.of("CHAT", "carol"), "say", "x").persistent()).get(5, TimeUnit.SECONDS).messageId();

            CommandLineRun deleted = CommandLineRun.of(local("delete", Long.toString(id)));
            assertThat(deleted.exitCode()).as(deleted.err()).isZero();
            assertThat(deleted.out().trim()).isEqualTo("deleted 1 message on server CLI/1");
            assertThat(server.broker().waitingSeeds()).isEmpty();

            CommandLineRun again = CommandLineRun.of(local("delete", Long.toString(id)));
            assertThat(again.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(again.err()).contains("not found on server CLI/1: [" + id + "]");
        }
    }

    @Test
    void disableAndEnableAServiceAndTheServer() throws Exception {
        try (OpenMomClient alice = server.connectOnce("CHAT", "alice"); OpenMomClient bob = server.connectOnce("CHAT", "bob")) {
            CommandLineRun disabled = CommandLineRun.of(tcp("disable", "service", "CHAT/bob"));
            assertThat(disabled.exitCode()).as(disabled.err()).isZero();
            assertThat(disabled.out().trim()).isEqualTo("disabled 1 instance of CHAT/bob on server CLI/1");
            assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "x")).get(5, TimeUnit.SECONDS).recipients()).isZero();

            assertThat(CommandLineRun.of(tcp("enable", "service", "CHAT/bob")).exitCode()).isZero();
            assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "y")).get(5, TimeUnit.SECONDS).recipients()).isEqualTo(1);

            CommandLineRun serverOff = CommandLineRun.of(local("disable", "server"));
            assertThat(serverOff.out().trim()).isEqualTo("server CLI/1 disabled");
            assertThat(server.broker().isEnabled()).isFalse();
            assertThat(CommandLineRun.of(local("enable", "server")).exitCode()).isZero();
            assertThat(server.broker().isEnabled()).isTrue();

            CommandLineRun noSuch = CommandLineRun.of(local("disable", "service", "NOBODY/x"));
            assertThat(noSuch.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(noSuch.err()).contains("no service registered as NOBODY/x");
            assertThat(CommandLineRun.of(local("disable", "router", "x")).exitCode()).isEqualTo(ExitCode.USAGE);
            CommandLineRun echo = CommandLineRun.of(local("disable", "reflex", "Echo"));
            assertThat(echo.exitCode()).as(echo.err()).isZero();
            assertThat(echo.out().trim()).isEqualTo("reflex 1 (LocalService PING health Echo) disabled on server CLI/1");
            assertThat(CommandLineRun.of(local("enable", "reflex", "1")).out()).contains("enabled");
            CommandLineRun loggingService = CommandLineRun.of(local("disable", "reflex", "0"));
            assertThat(loggingService.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(loggingService.err()).contains("logging service");
        }
    }

    @Test
    void logShowsRecentLinesAndSetsTheLevel() throws Exception {
        try (OpenMomClient dave = server.connectOnce("CHAT", "dave")) {
            CommandLineRun log = CommandLineRun.of(local("log", "--lines", "200"));
            assertThat(log.exitCode()).as(log.err()).isZero();
            assertThat(log.out()).contains(" 1 ServerConnection - ").contains("registered as CHAT/dave");

            CommandLineRun level = CommandLineRun.of(local("log", "--level", "3", "--lines", "0"));
            assertThat(level.exitCode()).as(level.err()).isZero();
            assertThat(level.out().trim()).isEqualTo("log level of server CLI/1: 3 (command monitoring), was 1");
            assertThat(CommandLineRun.of(local("log", "--level", "1", "--lines", "0")).exitCode()).isZero();

            CommandLineRun bad = CommandLineRun.of(local("log", "--level", "7"));
            assertThat(bad.exitCode()).isEqualTo(ExitCode.USAGE);
            assertThat(bad.err()).contains("use 0 (system)");
        }
    }

    @Test
    void logFollowPrintsNewLinesUntilTheServerGoesAway() throws Exception {
        TestServer following = TestServer.named("FOLLOW").home(home).protocols(ProtocolSequence.LOCAL).start();
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        picocli.CommandLine commandLine = Main.newCommandLine();
        commandLine.setOut(new java.io.PrintWriter(out, true));
        commandLine.setErr(new java.io.PrintWriter(err, true));
        java.util.concurrent.CompletableFuture<Integer> exit = java.util.concurrent.CompletableFuture.supplyAsync(() -> commandLine.execute(
                "log", "--follow", "--lines", "0", "--server", "local:FOLLOW.1", "--home", home.toString(), "--user", "cli"));
        try {
            org.openmom.testing.Await.until("the follower follows", () -> err.toString().contains("following the log of FOLLOW/1"));
            try (OpenMomClient erin = OpenMomClient.connect(ClientOptions.of("CHAT", "erin").withHome(new OpenMomHome(home))
                    .withReconnect(false), ServerAddress.local("FOLLOW.1"))) {
                org.openmom.testing.Await.until("erin's registration is printed", () -> out.toString().contains("registered as CHAT/erin"));
            }
        } finally {
            following.close();
        }
        assertThat(exit.get(20, TimeUnit.SECONDS)).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(err.toString()).contains("local:FOLLOW.1: connection lost").contains("is the server still running?");
    }

    @Test
    void refusalsAndUnreachableServersAreOneLineNamingTheServerAndTheFix() throws Exception {
        CommandLineRun noSecret = CommandLineRun.of("status", "--server", "127.0.0.1:" + server.tcpPort(), "--home", home.toString());
        assertThat(noSecret.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noSecret.err().trim()).startsWith("127.0.0.1:" + server.tcpPort() + ": ")
                .contains("--admin-secret-file").doesNotContain("\n").doesNotContain("Exception");

        int deadPort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
            deadPort = probe.getLocalPort();
        }
        CommandLineRun dead = CommandLineRun.of("status", "--server", "127.0.0.1:" + deadPort, "--home", home.toString());
        assertThat(dead.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(dead.err().trim()).startsWith("127.0.0.1:" + deadPort + ": ").contains("is a server running there?");

        CommandLineRun noList = CommandLineRun.of("status", "--home", home.toString());
        assertThat(noList.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noList.err()).contains("no --server given and no Servers List");

        CommandLineRun badSecretFile = CommandLineRun.of("status", "--server", "127.0.0.1:" + server.tcpPort(),
                "--admin-secret-file", home.resolve("missing").toString(), "--home", home.toString());
        assertThat(badSecretFile.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(badSecretFile.err()).contains("missing").contains("cannot read the admin secret");
    }

    @Test
    void theServersListEntryForAdminIsUsedWithoutServer() throws Exception {
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/Servers.lst"), "! ADMIN *\n* ncalrpc * CLI 1\n");
        CommandLineRun run = CommandLineRun.of("status", "--home", home.toString(), "--user", "cli");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("Server CLI/1");
    }

    private static String lineStarting(CommandLineRun run, String start) {
        for (String line : run.outLines()) {
            if (line.startsWith(start)) {
                return line;
            }
        }
        throw new AssertionError("no line starting with '" + start + "' in:\n" + run.out());
    }
}
