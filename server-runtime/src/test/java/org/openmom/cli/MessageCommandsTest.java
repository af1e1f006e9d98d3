package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

/** post --repeat, search, purge, export/import, resubmit, move, copy, trash, restore, audit and --read-only on real servers. */
@Timeout(90)
class MessageCommandsTest {
    private static final ServiceUser BOB = ServiceUser.of("ORDERS", "bob");

    @TempDir
    Path home;

    private CommandLineRun run(String server, String... args) {
        String[] all = new String[args.length + 6];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(new String[] {"--server", "local:" + server + ".1", "--home", home.toString(), "--user", "cli"}, 0, all,
                args.length, 6);
        return CommandLineRun.of(all);
    }

    @Test
    void postRepeatPostsNNumberedCopiesOneLineEach() throws Exception {
        try (TestServer server = TestServer.named("REP").home(home).start()) {
            CommandLineRun posted = CommandLineRun.of("post", "--to", "ORDERS/bob", "--event", "order", "--persistent", "--repeat", "3",
                    "--body", "order {n} of 3", "--server", "local:REP.1", "--home", home.toString());

            assertThat(posted.exitCode()).as(posted.err()).isZero();
            assertThat(posted.outLines()).hasSize(3).allSatisfy(line -> assertThat(line)
                    .matches("posted #\\d+: waiting in the server mailbox for ORDERS/bob to register"));
            try (OpenMomClient bob = server.connect(ClientOptions.of(BOB).withPolling(true))) {
                for (int n = 1; n <= 3; n++) {
                    assertThat(bob.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("order " + n + " of 3");
                }
            }
        }
    }

    @Test
    void searchFindsABodyWordOnTheSecondOfTwoServers() throws Exception {
        try (TestServer first = TestServer.named("ONE").home(home).start();
                TestServer second = TestServer.named("TWO").home(home).start();
                OpenMomClient alice = second.connectOnce("CHAT", "alice")) {
            long id = alice.post(Post.to(BOB, "order", "{\"item\":\"walrus\"}").persistent()).get(5, TimeUnit.SECONDS).messageId();
            Files.createDirectories(home.resolve("files"));
            Files.writeString(home.resolve("files/Servers.lst"), "! ADMIN *\n* ncalrpc * ONE 1\n* ncalrpc * TWO 1\n");

            CommandLineRun search = CommandLineRun.of("search", "WALRUS", "--home", home.toString(), "--user", "cli");

            assertThat(search.exitCode()).as(search.err()).isZero();
            assertThat(search.outLines()).as(search.err()).containsExactly(
                    "TWO/1\tPersistent Message Seeds\t#" + id + "\tCHAT/alice\tORDERS/bob\torder");
            assertThat(search.err()).contains("ONE/1: 0 hits in 0 messages").contains("TWO/1: 1 hit in 1 messages");
            CommandLineRun regex = CommandLineRun.of("search", "--regex", "wal(rus|ter)", "--home", home.toString(), "--user", "cli");
            assertThat(regex.outLines()).hasSize(1);
            CommandLineRun bad = CommandLineRun.of("search", "--regex", "wal(", "--home", home.toString(), "--user", "cli");
            assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(bad.err()).contains("not a regular expression");
        }
    }

    @Test
    void purgeTrashAndRestoreAndTheAuditLines() throws Exception {
        try (TestServer server = TestServer.named("PRG").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            for (int i = 0; i < 5; i++) {
                alice.post(Post.to(BOB, "order", "o" + i).persistent()).get(5, TimeUnit.SECONDS);
            }

            CommandLineRun count = run("PRG", "purge", "--dry-run", "--read-only", "ORDERS/bob");
            assertThat(count.exitCode()).as(count.err()).isZero();
            assertThat(count.out()).isEqualTo("would purge 5 (0 in the mailboxes of 0 instances, 5 seeds)" + System.lineSeparator());

            CommandLineRun purged = run("PRG", "purge", "ORDERS/bob");
            assertThat(purged.exitCode()).as(purged.err()).isZero();
            assertThat(purged.out()).isEqualTo("purged 5" + System.lineSeparator());

            CommandLineRun trash = run("PRG", "trash");
            assertThat(trash.outLines()).hasSize(5).allSatisfy(line -> assertThat(line).matches(
                    "#\\d+\tORDERS/bob\tCHAT/alice\torder\t2\t[-0-9: ]+\tADMIN/cli \\(local\\)"));
            assertThat(trash.err()).contains("5 in the trash of server PRG/1").contains("a restart empties it");
            String id = trash.outLines()[0].substring(1, trash.outLines()[0].indexOf('\t'));

            CommandLineRun restored = run("PRG", "restore", id, "424242");
            assertThat(restored.out()).isEqualTo("restored 1" + System.lineSeparator());
            assertThat(restored.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(restored.err()).contains("not found in the trash of server PRG/1: [424242]");

            CommandLineRun audit = run("PRG", "audit");
            assertThat(audit.exitCode()).as(audit.err()).isZero();
            assertThat(audit.outLines()).hasSize(2);
            assertThat(audit.outLines()[0]).matches("[-0-9: ]+\tADMIN/cli\tlocal\tpurge ORDERS/bob: 5 messages");
            assertThat(audit.outLines()[1]).endsWith("\tADMIN/cli\tlocal\trestore [" + id + ", 424242]: 1 messages");
        }
    }

    @Test
    void exportThenImportIntoAnotherServerGivesTheSameMessages() throws Exception {
        Path file = home.resolve("orders.jsonl");
        try (TestServer server = TestServer.named("OUT").home(home).start();
                TestServer other = TestServer.named("IN").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            for (int i = 0; i < 4; i++) {
                alice.post(new Post(BOB, "order", org.openmom.model.Message.PERSISTENT, ("é " + i).getBytes(StandardCharsets.UTF_8)))
                        .get(5, TimeUnit.SECONDS);
            }

            CommandLineRun exported = run("OUT", "export", "ORDERS/bob", file.toString());
            assertThat(exported.exitCode()).as(exported.err()).isZero();
            assertThat(exported.out()).isEqualTo("exported 4" + System.lineSeparator());
            assertThat(Files.readAllLines(file)).hasSize(4).allSatisfy(line -> assertThat(line)
                    .contains("\"from\":\"CHAT/alice\"").contains("\"to\":\"ORDERS/bob\"").contains("\"event\":\"order\"")
                    .contains("\"flags\":[\"PERSISTENT\"]"));

            CommandLineRun imported = run("IN", "import", file.toString());
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            assertThat(imported.out()).isEqualTo("imported 4" + System.lineSeparator());
            try (OpenMomClient bob = other.connect(ClientOptions.of(BOB).withPolling(true))) {
                for (int i = 0; i < 4; i++) {
                    ReceivedMessage message = bob.receive(Duration.ofSeconds(5));
                    assertThat(message.bodyText()).isEqualTo("é " + i);
                    assertThat(message.from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
                    assertThat(message.isPersistent()).isTrue();
                }
            }

            Files.writeString(file, "{\"not\": \"a message\"}\n");
            CommandLineRun bad = run("IN", "import", file.toString());
            assertThat(bad.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(bad.err()).startsWith(file + ":1: not an exported message").contains("—");
        }
    }

    @Test
    void resubmitMoveAndCopy() throws Exception {
        try (TestServer server = TestServer.named("MV").home(home)
                .configText("LoggingService Journal builtin * data/mv.journal\nDeadLetters * builtin * DeadLetterMailbox\n").start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            alice.post(Post.to(BOB, "order", "lost")).get(5, TimeUnit.SECONDS); // a dead letter: nobody there
            long kept = alice.post(Post.to(BOB, "order", "kept").persistent()).get(5, TimeUnit.SECONDS).messageId();

            CommandLineRun copied = run("MV", "copy", Long.toString(kept), "--to", "ORDERS/carol");
            assertThat(copied.out()).as(copied.err()).isEqualTo("copied 1" + System.lineSeparator());
            CommandLineRun moved = run("MV", "move", Long.toString(kept), "999999", "--to", "ORDERS/dave");
            assertThat(moved.out()).isEqualTo("moved 1" + System.lineSeparator());
            assertThat(moved.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
            assertThat(moved.err()).contains("not found on server MV/1: [999999]");

            try (OpenMomClient bob = server.connect(ClientOptions.of(BOB).withPolling(true))) {
                CommandLineRun resubmitted = run("MV", "resubmit", "--all");
                assertThat(resubmitted.exitCode()).as(resubmitted.err()).isZero();
                assertThat(resubmitted.out()).isEqualTo("resubmitted 1" + System.lineSeparator());
                assertThat(bob.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("lost");
            }
            try (OpenMomClient dave = server.connect(ClientOptions.of("ORDERS", "dave").withPolling(true));
                    OpenMomClient carol = server.connect(ClientOptions.of("ORDERS", "carol").withPolling(true))) {
                assertThat(dave.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("kept");
                assertThat(carol.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("kept");
            }
            CommandLineRun neither = run("MV", "resubmit");
            assertThat(neither.exitCode()).isEqualTo(ExitCode.USAGE);
        }
    }

    @Test
    void aReadOnlyConnectionChangesNothing() throws Exception {
        try (TestServer server = TestServer.named("RO").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
            alice.post(Post.to(BOB, "order", "stay").persistent()).get(5, TimeUnit.SECONDS);
            for (List<String> change : List.of(List.of("purge", "ORDERS/bob"), List.of("resubmit", "--all"), List.of("disable", "server"))) {
                String[] args = new String[change.size() + 1];
                change.toArray(args);
                args[change.size()] = "--read-only";
                CommandLineRun refused = run("RO", args);
                assertThat(refused.exitCode()).as(String.join(" ", change)).isEqualTo(ExitCode.INVALID_INPUT);
                assertThat(refused.err()).contains("read-only").hasLineCount(1);
            }
            CommandLineRun search = run("RO", "search", "stay", "--read-only");
            assertThat(search.exitCode()).as(search.err()).isZero();
            assertThat(search.outLines()).hasSize(1);
        }
    }
}
