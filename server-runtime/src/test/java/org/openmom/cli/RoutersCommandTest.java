package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/** {@code openmom routers …} and {@code post --global} against two real servers, A routing to B. */
@Timeout(60)
class RoutersCommandTest {
    @TempDir
    Path home;
    private TestServer a;
    private TestServer b;

    @BeforeEach
    void start() throws Exception {
        b = TestServer.named("B").home(home).start();
        a = TestServer.named("A").home(home).start();
    }

    @AfterEach
    void stop() {
        a.close();
        b.close();
    }

    /** A command against server {@code name}, over the local protocol. */
    private CommandLineRun on(String name, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--server", "local:" + name + ".1", "--home", home.toString(), "--user", "cli"}, 0,
                all, args.length, 6);
        return CommandLineRun.of(all);
    }

    private String target() {
        return "B 1 127.0.0.1 ncacn_ip_tcp " + b.tcpPort();
    }

    private String listed(String name, String kind, String what) {
        return String.join("\t", name, kind, what, "B/1@127.0.0.1:" + b.tcpPort() + " (ncacn_ip_tcp)", "connected", "forwarded 0",
                "waiting 0");
    }

    @Test
    void routersAreAddedListedSavedRemovedAndLoadedAgain() throws Exception {
        CommandLineRun added = on("A", ("routers add ServerRouter toB " + target()).split(" "));
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out().trim()).isEqualTo("created router toB on server A/1: ServerRouter toB " + target());
        assertThat(on("A", ("routers add ServiceRouter orders ORDERS " + target()).split(" ")).exitCode()).isZero();

        Await.until("both routers are connected", () -> on("A", "routers", "list").out().split("\tconnected\t", -1).length == 3);
        CommandLineRun list = on("A", "routers", "list");
        assertThat(list.exitCode()).as(list.err()).isZero();
        assertThat(list.outLines()).containsExactly(listed("toB", "server", "*"), listed("orders", "service", "ORDERS"));

        Path saved = Files.createDirectories(home.resolve("files")).resolve("linked.routes");
        CommandLineRun save = on("A", "routers", "save", saved.toString());
        assertThat(save.exitCode()).as(save.err()).isZero();
        assertThat(save.out().trim()).isEqualTo("saved 2 routers of server A/1 to " + saved);
        assertThat(Files.readAllLines(saved)).containsExactly("ServerRouter toB " + target(), "ServiceRouter orders ORDERS " + target());

        assertThat(on("A", "routers", "remove", "toB").out().trim()).isEqualTo("removed router toB from server A/1");
        assertThat(on("A", "routers", "remove", "orders").exitCode()).isZero();
        CommandLineRun none = on("A", "routers", "list");
        assertThat(none.out()).isEmpty();
        assertThat(none.err().trim()).isEqualTo("server A/1 has no routers");

        CommandLineRun loaded = on("A", "routers", "load", "linked.routes");
        assertThat(loaded.exitCode()).as(loaded.err()).isZero();
        assertThat(loaded.outLines()).containsExactly("created router toB on server A/1: ServerRouter toB " + target(),
                "created router orders on server A/1: ServiceRouter orders ORDERS " + target());
        assertThat(on("A", "routers", "list").outLines()).hasSize(2);
    }

    @Test
    void aLineWithAProblemIsRefusedWithItsColumnAndTheFix() {
        CommandLineRun run = on("A", "routers", "add", "ServerRoutr", "toB", "B", "1", "h", "ncacn_ip_tcp", "1");

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().trim()).isEqualTo("local:A.1: 1:1: unknown router kind 'ServerRoutr'"
                + " — start the line with one of ServerRouter, ServiceRouter, EventRouter");
    }

    @Test
    void aFileWithProblemsIsReportedLineByLineAndNothingIsSent() throws Exception {
        Path file = home.resolve("bad.routes");
        Files.writeString(file, "ServerRouter toB " + target() + "\nServerRouter toB " + target() + "\nEventRouter alerts CHAT\n");

        CommandLineRun run = on("A", "routers", "load", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err().lines()).hasSize(2);
        assertThat(run.err().lines().toList().get(0)).startsWith(file + ":2:14: duplicate router name 'toB'");
        assertThat(run.err().lines().toList().get(1)).startsWith(file + ":3:24: missing event name");
        assertThat(on("A", "routers", "load", home.resolve("absent.routes").toString()).err())
                .contains("absent.routes:1:1: no such file");
    }

    @Test
    void aNameInUseOrUnknownIsRefusedWithExitCodeOne() {
        assertThat(on("A", ("routers add ServerRouter toB " + target()).split(" ")).exitCode()).isZero();

        CommandLineRun twice = on("A", ("routers add ServerRouter toB " + target()).split(" "));
        assertThat(twice.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(twice.err()).startsWith("local:A.1: ").contains("toB");

        CommandLineRun unknown = on("A", "routers", "remove", "nope");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(unknown.err()).contains("nope");
    }

    @Test
    void aMissingSubcommandOrWordIsAUsageError() {
        assertThat(CommandLineRun.of("routers").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(on("A", "routers", "add").exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(CommandLineRun.of("routers", "--help").out()).contains("list").contains("add").contains("load").contains("save");
    }

    @Test
    void aGlobalPostReachesTheLinkedServerAsAGlobalMessage() throws Exception {
        a.polling("CHAT", "bob");
        b.polling("CHAT", "bob");
        assertThat(on("A", ("routers add ServerRouter toB " + target()).split(" ")).exitCode()).isZero();

        CommandLineRun posted = CommandLineRun.of("post", "--global", "--to", "CHAT/bob", "--event", "news", "--body", "to everyone",
                "--server", "local:A.1", "--home", home.toString());
        assertThat(posted.exitCode()).as(posted.err()).isZero();
        assertThat(posted.out()).startsWith("posted #");

        assertThat(on("A", "mailbox", "--server-mailbox").out()).contains("Global Message Seeds: 1 message").contains("Global Messages: 0 messages");
        Await.until("B holds it as a global message", () -> on("B", "mailbox", "--server-mailbox").out().contains("Global Messages: 1 message"));
        assertThat(on("B", "mailbox", "CHAT/bob").out()).contains("to everyone").contains("global");
    }
}
