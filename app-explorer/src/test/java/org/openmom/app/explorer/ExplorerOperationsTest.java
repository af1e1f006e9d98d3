package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Search, purge and restore, dead letters resubmitted, move, the audit log: driven through the window against real servers. */
@ExtendWith(ApplicationExtension.class)
class ExplorerOperationsTest {
    private static final String JOURNAL = "LoggingService Journal builtin * data/ops.journal\n";
    private static final ServiceUser BOB = ServiceUser.of("Billing", "bob");

    @TempDir
    Path home;
    private final String prefix = "Ops" + ProcessHandle.current().pid();
    private TestServer first;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        first = TestServer.named(prefix + "A").home(home).protocols(ProtocolSequence.LOCAL)
                .configText(JOURNAL + "DeadLetters * builtin * DeadLetterMailbox\n").start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        first.close();
    }

    /** Connects to every running server whose name starts with the test's prefix. */
    private void connect(int servers) {
        explorer.open(first.home()).connectThroughDialog(prefix + "*", "0", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.rows().stream().filter(r -> r.strip().startsWith("Services (")).count() == servers);
    }

    @Test
    void searchFindsABodyWordOnTheSecondOfTwoServersAndShowsTheHitsDetails() throws Exception {
        try (TestServer second = TestServer.named(prefix + "B").home(home).protocols(ProtocolSequence.LOCAL).start()) {
            second.polling("Billing", "bob");
            OpenMomClient alice = second.listening("Orders", "alice");
            alice.post(Post.to(BOB, "NewOrder", "{\"item\": \"apple\"}")).get(10, TimeUnit.SECONDS);
            alice.post(Post.to(BOB, "NewOrder", "{\"item\": \"Zebra\"}")).get(10, TimeUnit.SECONDS);
            first.polling("Billing", "bob");
            first.listening("Orders", "alice").post(Post.to(BOB, "NewOrder", "{\"item\": \"pear\"}")).get(10, TimeUnit.SECONDS);
            connect(2);

            explorer.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).fill("search-text", "zebra").press(KeyCode.ENTER);

            explorer.waitUntil(() -> explorer.label("search-progress").startsWith("1 hit ("));
            assertThat(explorer.recordRows("search-results")).singleElement().asString().contains(second.name() + "/1");
            explorer.clickOn("#search-results .table-row-cell");
            explorer.waitUntil(() -> explorer.bodyText().contains("Zebra"));
            assertThat(explorer.detail("Listed in")).startsWith("Mailbox of Billing/bob #");
        }
    }

    @Test
    void purgeSaysHowManyEmptiesTheMailboxAndRestoreBringsTheMessagesBack() {
        first.polling("Billing", "bob");
        OpenMomClient alice = first.listening("Orders", "alice");
        for (int i = 0; i < 4; i++) {
            alice.post(Post.to(BOB, "NewOrder", "order " + i)).join();
        }
        connect(1);

        explorer.select("Billing/bob").clickOnToolbar("Purge…");
        assertThat(explorer.dialogMessage()).startsWith("Purge every message waiting for Billing/bob on " + first.name() + "/1?")
                .contains("4 messages: 4 in the mailbox of its 1 instance.").contains("can be restored");
        explorer.clickDialogButton("Purge");
        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Purged 4 messages for Billing/bob"));
        explorer.waitUntil(() -> explorer.hasRow("Billing/bob") && explorer.rows().stream().anyMatch(r -> r.contains("(0 in mailbox)")));

        explorer.select("Trash");
        explorer.waitUntil(() -> explorer.recordRows("trash-table").size() == 4);
        explorer.clickOn("#trash-table .table-row-cell").press(KeyCode.SHORTCUT, KeyCode.A).clickOnToolbar("Restore");
        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Restored 4 messages"));
        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("Billing/bob") && r.contains("(4 in mailbox)")));

        explorer.select("Audit Log");
        explorer.waitUntil(() -> explorer.recordRows("audit-table").size() >= 2);
        assertThat(explorer.recordRows("audit-table")).anyMatch(r -> r.contains("tester") && r.toLowerCase().contains("purge"))
                .anyMatch(r -> r.toLowerCase().contains("restore"));
    }

    @Test
    void aSearchWaitingForAServerThatStoppedAnsweringIsCancelledKeepingTheHitsFoundSoFar() throws Exception {
        first.polling("Billing", "bob");
        first.listening("Orders", "alice").post(Post.to(BOB, "NewOrder", "{\"item\": \"Zebra\"}")).get(10, TimeUnit.SECONDS);
        try (ServerProcess hung = ServerProcess.start(home, "-s", prefix + "B", "-p", "ncalrpc")) {
            connect(2);
            signal("STOP", hung.pid()); // it reads nothing more: its part of the search never comes
            try {
                explorer.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.F).fill("search-text", "zebra").press(KeyCode.ENTER);
                explorer.waitUntil(() -> explorer.label("search-progress").equals("Searching 1 server… 1 hit"));
                assertThat(explorer.isEnabled("Cancel Search")).isTrue();

                explorer.press(KeyCode.SHORTCUT, KeyCode.PERIOD);

                explorer.waitUntil(() -> explorer.label("search-progress").equals("1 hit — cancelled"));
                assertThat(explorer.isEnabled("Cancel Search")).isFalse();
                assertThat(explorer.recordRows("search-results")).singleElement().asString().contains(first.name() + "/1");
            } finally {
                signal("CONT", hung.pid());
            }
        }
    }

    private static void signal(String signal, long pid) throws Exception {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor()).as("kill -" + signal + " " + pid).isZero();
    }

    @Test
    void deadLettersShowTheirOriginalDestinationAndAreResubmittedToAServiceThatRegisteredLater() throws Exception {
        OpenMomClient alice = first.listening("Orders", "alice");
        for (int i = 0; i < 3; i++) {
            alice.post(Post.to(BOB, "NewOrder", "{\"n\": " + i + "}")).get(10, TimeUnit.SECONDS); // nobody is there: dead letters
        }
        connect(1);
        explorer.select("Persistent Message Seeds (3)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 3);
        explorer.clickTableRow(0);
        explorer.waitUntil(() -> "Billing/bob".equals(explorer.detail("Original destination")));
        assertThat(explorer.bodyText()).isEqualTo("{\"n\": 0}");

        try (OpenMomClient bob = first.connect(ClientOptions.of("Billing", "bob").withPolling(true))) {
            explorer.press(KeyCode.SHORTCUT, KeyCode.A).clickOnToolbar("Resubmit");
            explorer.waitUntil(() -> explorer.statusMessage().startsWith("Resubmitted 3 messages"));
            explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("Billing/bob") && r.contains("(3 in mailbox)")));
            assertThat(bob.receive(java.time.Duration.ofSeconds(5)).bodyText()).isEqualTo("{\"n\": 0}");
        }
    }

    @Test
    void moveToPostsTheSelectedMessageToAnotherServiceAndDeletesItHere() {
        first.polling("Billing", "bob");
        first.polling("Billing", "carol");
        first.listening("Orders", "alice").post(Post.to(BOB, "NewOrder", "move me")).join();
        connect(1);
        explorer.select("Billing/bob").expandSelected().select("Mailbox (1)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 1);

        explorer.clickTableRow(0).clickOnToolbar("Move to…");
        explorer.fill("transfer-target", "Billing/carol").clickDialogButton("Move");

        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Moved 1 message on " + first.name() + "/1 to Billing/carol"));
        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("Billing/carol") && r.contains("(1 in mailbox)")));
        assertThat(explorer.rows()).anyMatch(r -> r.strip().startsWith("Billing/bob") && r.contains("(0 in mailbox)"));
    }

    @Test
    void exportThenImportGivesTheSameMessagesBack() throws Exception {
        first.polling("Billing", "bob");
        OpenMomClient alice = first.listening("Orders", "alice");
        for (int i = 0; i < 3; i++) {
            alice.post(Post.to(BOB, "Order" + i, "{\"n\": " + i + "}")).join();
        }
        connect(1);
        Path file = home.resolve("bob.jsonl");
        explorer.select("Billing/bob").expandSelected().select("Mailbox (3)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 3);
        List<String> before = explorer.tableRows().stream().map(r -> r.substring(r.indexOf(' ') + 1)).toList();

        explorer.select("Mailbox (3)").willChoose(file).press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.E);
        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Exported 3 messages"));
        assertThat(Files.readAllLines(file)).hasSize(3);

        explorer.select("Billing/bob").clickOnToolbar("Purge…").clickDialogButton("Purge");
        explorer.waitUntil(() -> explorer.hasRow("Mailbox (0)"));
        explorer.select("Billing/bob").willChoose(file).press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.I);
        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Imported 3 messages"));

        explorer.select("Mailbox (3)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 3);
        assertThat(explorer.tableRows().stream().map(r -> r.substring(r.indexOf(' ') + 1)).toList()).isEqualTo(before);
    }

    @Test
    void aConnectionProfileSavesTheServersAndOpensThemAgain() throws Exception {
        connect(1);
        explorer.select(first.name() + "/1").clickOn("#read-only-toggle");
        Path file = home.resolve("ops.profile");
        explorer.willChoose(file).press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.P);
        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Saved 1 server to "));
        assertThat(Files.readAllLines(file)).contains(first.name() + "/1\tlocal:" + first.name() + ".1\tread-only");
        explorer.close();

        explorer.open(first.home()).willChoose(file).press(KeyCode.SHORTCUT, KeyCode.P);
        explorer.waitUntil(() -> explorer.hasRow("Services ("));
        assertThat(explorer.rows().get(0)).startsWith(first.name() + "/1").endsWith("read-only");
    }

    @Test
    void disablingTheServerAsksWithTheCountsAndALoggingServiceOffersNoDisable() {
        first.polling("Billing", "bob");
        first.listening("Orders", "alice").post(Post.to(BOB, "NewOrder", "one")).join();
        connect(1);

        explorer.select("Logging Service (1)").expandSelected().select("Journal");
        assertThat(explorer.enabledContextMenuItems()).contains("Refresh selected connection").doesNotContain("Enable/Disable status");

        explorer.select(first.name() + "/1").press(KeyCode.SHORTCUT, KeyCode.E);
        assertThat(explorer.dialogMessage()).startsWith("Disable server " + first.name() + "/1")
                .contains("its 2 services get no new messages; 1 message waits in it");
        explorer.clickDialogButton("Cancel");
        assertThat(explorer.statusMessage()).isEqualTo("Nothing disabled");
        assertThat(explorer.rows().get(0)).contains("Enabled");
    }
}
