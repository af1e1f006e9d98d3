package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/** post, receive and users against a real server. */
@Timeout(30)
class ClientCommandsTest {
    @TempDir
    Path home;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("CLI").home(home).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static CommandLineRun run(String... args) {
        return CommandLineRun.of(args);
    }

    private String tcp() {
        return "127.0.0.1:" + server.tcpPort();
    }

    @Test
    void persistentPostIsReceivedLaterOverTheLocalProtocol() {
        CommandLineRun posted = run("post", "--to", "CHAT/bob", "--event", "say", "--persistent", "--body", "hi\tthere\nbob",
                "--as", "CHAT/alice", "--server", tcp());
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(posted.out()).startsWith("posted #").contains("waiting in the server mailbox for CHAT/bob");

        CommandLineRun received = run("receive", "--as", "CHAT/bob", "--server", "local:CLI.1", "--home", home.toString(), "--timeout", "5");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).isEqualTo("say\tCHAT/alice\thi\\tthere\\nbob" + System.lineSeparator());
    }

    @Test
    void postGivesPropertiesInOrderAndReceiveAndMailboxShowThem() {
        CommandLineRun posted = run("post", "--to", "CHAT/bob", "--event", "say", "--persistent", "--body", "hi",
                "--property", "trace=t-1", "--property", "note=a=b\tc", "--property", "empty=", "--as", "CHAT/alice", "--server", tcp());
        assertThat(posted.exitCode()).as(posted.err()).isZero();

        CommandLineRun listed = run("mailbox", "--server-mailbox", "--server", "local:CLI.1", "--home", home.toString());
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("ROUTE").contains("PROPERTIES").contains("trace=t-1 note=a=b.c empty=");

        CommandLineRun received = run("receive", "--as", "CHAT/bob", "--server", "local:CLI.1", "--home", home.toString(), "--timeout", "5");
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out()).isEqualTo("say\tCHAT/alice\thi\ttrace=t-1\tnote=a=b\\tc\tempty=" + System.lineSeparator());

        CommandLineRun tooLong = run("post", "--to", "CHAT/bob", "--event", "say", "--property", "big=" + "x".repeat(4097),
                "--server", tcp());
        assertThat(tooLong.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(tooLong.err()).contains("--property: message property 'big': a value of 4097 bytes, at most 4096 (UTF-8)");
    }

    @Test
    void receiveWaitsForCountMessagesAndBodiesMayComeFromFiles() throws Exception {
        Path body = Files.writeString(home.resolve("body.txt"), "from a file", StandardCharsets.UTF_8);
        CompletableFuture<CommandLineRun> receiving = CompletableFuture.supplyAsync(
                () -> run("receive", "--as", "Q/q", "--count", "2", "--timeout", "10", "--server", tcp()));
        Await.until("Q/q registered", () -> !server.broker().users(ServiceUser.of("Q", "q")).isEmpty());
        assertThat(run("post", "--to", "Q", "--event", "one", "--body", "1", "--server", tcp()).exitCode()).isZero();
        assertThat(run("post", "--to", "Q/q", "--event", "two", "--body-file", body.toString(), "--server", tcp()).exitCode()).isZero();
        CommandLineRun received = receiving.get(15, TimeUnit.SECONDS);
        assertThat(received.exitCode()).as(received.err()).isZero();
        assertThat(received.out().lines()).hasSize(2);
        assertThat(received.out().lines().toList().get(1)).endsWith("\tfrom a file");
    }

    @Test
    void receiveTimesOutWithAOneLineReport() {
        CommandLineRun received = run("receive", "--as", "Q/q", "--count", "2", "--timeout", "0.3", "--server", tcp());
        assertThat(received.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(received.err()).contains("received 0 of 2 messages").contains("--timeout");
    }

    @Test
    void aLocalServerThatIsNotRunningIsNamedWithItsSocket() {
        CommandLineRun users = run("users", "--server", "local:NOPE.1", "--home", home.toString());
        assertThat(users.exitCode()).isNotZero();
        assertThat(users.err()).contains("local:NOPE.1: no server socket " + home.resolve("run").resolve("NOPE.1"),
                "start a server or check the address");
    }

    @Test
    void usersListsRegisteredServicesWithoutRegisteringItself() throws Exception {
        CompletableFuture<CommandLineRun> receiving = CompletableFuture.supplyAsync(
                () -> run("receive", "--as", "CHAT/bob", "--timeout", "10", "--server", tcp()));
        Await.until("CHAT/bob registered", () -> !server.broker().users(ServiceUser.of("CHAT", "bob")).isEmpty());

        CommandLineRun users = run("users", "--server", tcp());
        assertThat(users.exitCode()).as(users.err()).isZero();
        assertThat(users.out()).isEqualTo("CHAT/bob\t1\tenabled\t0\tCLI/1\t0\t0" + System.lineSeparator());
        assertThat(run("users", "OTHER/*", "--server", tcp()).out()).isEmpty();

        run("post", "--to", "CHAT/bob", "--event", "bye", "--server", tcp());
        assertThat(receiving.get(15, TimeUnit.SECONDS).exitCode()).isZero();
    }

    @Test
    void serverTakesTheServersNameAsTheExplorerShowsIt() {
        CommandLineRun byName = run("post", "--to", "CHAT/bob", "--event", "say", "--body", "hi", "--as", "CHAT/alice",
                "--server", "CLI", "--home", home.toString());
        assertThat(byName.exitCode()).as(byName.err()).isZero();
        CommandLineRun byNameAndRole = run("users", "--server", "CLI/1", "--home", home.toString());
        assertThat(byNameAndRole.exitCode()).as(byNameAndRole.err()).isZero();
        CommandLineRun wrongRole = run("users", "--server", "CLI/2", "--home", home.toString());
        assertThat(wrongRole.err()).startsWith("--server CLI/2: no server of that name runs on this machine");
    }

    @Test
    void badAddressesAndUnreachableServersAreOneLine() {
        CommandLineRun bad = run("post", "--to", "A", "--event", "e", "--server", "nohost:");
        assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(bad.err().trim()).isEqualTo("--server: server address 'nohost:': expected host:port or local:NAME.ROLE");

        CommandLineRun unknown = run("post", "--to", "A", "--event", "e", "--server", "NOSUCH", "--home", home.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err().trim()).startsWith("--server NOSUCH: no server of that name runs on this machine")
                .endsWith("give its address instead: host:port or local:NAME.ROLE");

        CommandLineRun down = run("users", "--server", "local:GONE.1", "--home", home.toString());
        assertThat(down.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(down.err().lines()).hasSize(1);
        assertThat(down.err()).contains("local:GONE.1").contains("start a server");

        CommandLineRun noList = run("users", "--home", home.toString(), "--servers-list", home.resolve("missing.lst").toString());
        assertThat(noList.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(noList.err()).contains("missing.lst");
    }

    @Test
    void serversListIsUsedToFindTheServer() throws Exception {
        Path list = Files.writeString(home.resolve("Servers.lst"),
                "! CHAT *\n127.0.0.1 ncacn_ip_tcp 1 NOPE 1\n127.0.0.1 ncacn_ip_tcp " + server.tcpPort() + " CLI 1\n");
        CommandLineRun posted = run("post", "--to", "CHAT/x", "--event", "e", "--as", "CHAT/me", "--servers-list", list.toString());
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        CommandLineRun noEntry = run("post", "--to", "CHAT/x", "--event", "e", "--as", "OTHER/me", "--servers-list", list.toString());
        assertThat(noEntry.err()).contains("no entry matches OTHER me");
    }

    @Test
    void callPrintsTheAnswerOfAServiceThatOnlyAnswersCalls() {
        server.connect("ECHO", "e").setCallHandler(call -> ("re:" + call.bodyText()).getBytes(StandardCharsets.UTF_8));

        CommandLineRun called = run("call", "--to", "ECHO", "--event", "ping", "--body", "hi", "--server", tcp());

        assertThat(called.exitCode()).as(called.err()).isZero();
        assertThat(called.out()).isEqualTo("re:hi" + System.lineSeparator());
    }

    /** call --lock: every CALL of the command goes to the one instance it locked, whichever is less loaded meanwhile. */
    @Test
    void callWithLockMakesEveryCallOnOneInstance() {
        server.connect("ECHO", "a").setCallHandler(call -> "a".getBytes(StandardCharsets.UTF_8));
        server.connect("ECHO", "b").setCallHandler(call -> "b".getBytes(StandardCharsets.UTF_8));

        CommandLineRun unlocked = run("call", "--to", "ECHO", "--event", "ping", "--count", "4", "--server", tcp());
        CommandLineRun locked = run("call", "--to", "ECHO", "--event", "ping", "--count", "4", "--lock", "--server", tcp());

        assertThat(unlocked.outLines()).contains("a", "b"); // anycast takes turns
        assertThat(locked.exitCode()).as(locked.err()).isZero();
        assertThat(locked.outLines()).hasSize(4).containsOnly(locked.outLines()[0]);
        assertThat(locked.err()).matches("locked ECHO/" + locked.outLines()[0] + " #\\d+ for 4 calls\\R");
    }

    @Test
    void callSaysWhyNoAnswerCame() {
        CommandLineRun nobody = run("call", "--to", "NOBODY/x", "--event", "ping", "--server", tcp());
        assertThat(nobody.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(nobody.out()).isEmpty();
        assertThat(nobody.err().lines()).singleElement().asString().contains("call to NOBODY/x failed");

        server.polling("SLOW", "s"); // registered, never takes its calls
        CommandLineRun late = run("call", "--to", "SLOW/s", "--event", "ping", "--timeout", "0.3", "--server", tcp());
        assertThat(late.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(late.err().trim()).isEqualTo("call to SLOW/s: no answer within 0.3 s — wait longer with --timeout");
    }

    @Test
    void theRegistrationMessageIsGivenToTheServersRegistrationFilters() throws Exception {
        Path gated = home.resolve("gated");
        assertThat(run("passwd", gated.resolve("Gate.passwd").toString(), "CHAT", "alice", "--password", "s3cret").exitCode()).isZero();
        try (TestServer gate = TestServer.named("GATE").home(gated)
                .configText("RegistrationFilter Gate builtin CHAT PasswordFilter\n").start()) {
            String address = "127.0.0.1:" + gate.tcpPort();
            gate.connect("ECHO", "e").setCallHandler(call -> call.body());

            CommandLineRun refused = run("post", "--to", "CHAT/alice", "--event", "e", "--as", "CHAT/alice",
                    "--registration-message", "guess", "--server", address);
            assertThat(refused.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(refused.err().lines()).hasSize(1);

            assertThat(run("post", "--to", "CHAT/alice", "--event", "e", "--body", "b", "--persistent", "--as", "CHAT/alice",
                    "--registration-message", "s3cret", "--server", address).exitCode()).isZero();
            CommandLineRun received = run("receive", "--as", "CHAT/alice", "--registration-message", "s3cret", "--timeout", "5",
                    "--server", address);
            assertThat(received.exitCode()).as(received.err()).isZero();
            assertThat(received.out()).isEqualTo("e\tCHAT/alice\tb" + System.lineSeparator());
            CommandLineRun called = run("call", "--to", "ECHO", "--event", "ping", "--body", "x", "--as", "CHAT/alice",
                    "--registration-message", "s3cret", "--server", address);
            assertThat(called.exitCode()).as(called.err()).isZero();
            assertThat(called.out()).isEqualTo("x" + System.lineSeparator());
        }
    }
}
