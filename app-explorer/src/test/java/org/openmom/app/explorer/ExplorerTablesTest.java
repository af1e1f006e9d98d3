package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.ServiceInfo;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The message table, the overview, the dashboard and read-only, driven through the window against a real server. */
@ExtendWith(ApplicationExtension.class)
class ExplorerTablesTest {
    private static final ServiceUser BOB = ServiceUser.of("Billing", "bob");

    @TempDir
    Path home;
    private TestServer server;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        server = TestServer.named("Tables" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
    }

    private void connect(boolean readOnly) {
        explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "", "", readOnly);
        explorer.waitUntil(() -> explorer.hasRow("Services ("));
    }

    /** Posts {@code count} messages to Billing/bob, numbered in their event; their ids in posting order. */
    private List<Long> postToBob(int count) {
        OpenMomClient orders = server.listening("Orders", "alice");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(orders.post(Post.to(BOB, "Order" + i, "order " + i)).join().messageId());
        }
        return ids;
    }

    private void openBobsMailbox(int size) {
        explorer.select("Billing/bob").expandSelected().select("Mailbox (" + size + ")");
        explorer.waitUntil(() -> !explorer.tableIds().isEmpty());
    }

    @Test
    void theMessageTablePagesBothWaysJumpsToTheEndListsNewestFirstAndSorts() {
        server.polling("Billing", "bob");
        List<Long> ids = postToBob(450);
        connect(false);
        openBobsMailbox(450);

        assertThat(explorer.tablePosition()).isEqualTo("Messages 1–200 of 450, oldest first");
        assertThat(explorer.tableIds()).hasSize(200).startsWith(ids.get(0), ids.get(1));
        assertThat(explorer.tableRows().get(0)).endsWith("Orders/alice → Billing/bob Order0");
        assertThat(explorer.isEnabled("Previous page")).isFalse();

        explorer.clickOnToolbar("Next page");
        explorer.waitUntil(() -> explorer.tablePosition().startsWith("Messages 201–400"));
        assertThat(explorer.tableIds().get(0)).isEqualTo(ids.get(200));

        explorer.clickOnToolbar("Last page");
        explorer.waitUntil(() -> explorer.tablePosition().startsWith("Messages 251–450"));
        assertThat(explorer.tableIds()).endsWith(ids.get(449));
        assertThat(explorer.isEnabled("Next page")).isFalse();

        explorer.clickOnToolbar("Previous page");
        explorer.waitUntil(() -> explorer.tablePosition().startsWith("Messages 51–250"));

        explorer.press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.N); // Newest first
        explorer.waitUntil(() -> explorer.tablePosition().equals("Messages 1–200 of 450, newest first"));
        assertThat(explorer.tableIds()).startsWith(ids.get(449), ids.get(448));

        explorer.clickTableColumn("Id"); // ascending within the page
        assertThat(explorer.tableIds()).startsWith(ids.get(250)).endsWith(ids.get(449));
    }

    @Test
    void theRouteColumnNamesTheServersARoutedMessageCameThroughAndTheDetailsListItsProperties() throws Exception {
        try (TestServer lyon = TestServer.named("Lyon" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start()) {
            try (AdminSession admin = lyon.admin()) {
                admin.addRouters("ServerRouter ToHere " + server.name() + " 1 * ncalrpc *").get(10, TimeUnit.SECONDS);
            }
            server.polling("Billing", "bob");
            OpenMomClient local = server.listening("Orders", "alice");
            local.post(Post.to(BOB, "Local", "posted here")).join();
            OpenMomClient far = lyon.listening("Orders", "carol");
            far.post(Post.to(BOB, "Routed", "from Lyon").withProperty("trace", "t-1").withProperty("region", "south")).join();
            connect(false);
            explorer.select("Billing/bob").expandSelected();
            explorer.waitUntil(() -> explorer.hasRow("Mailbox (2)"));
            openBobsMailbox(2);

            assertThat(explorer.tableCell("Event", 0)).isEqualTo("Local");
            assertThat(explorer.tableCell("Route", 0)).as("posted here").isEmpty();
            assertThat(explorer.tableCell("Event", 1)).isEqualTo("Routed");
            assertThat(explorer.tableCell("Route", 1)).isEqualTo(lyon.name() + "/1");

            explorer.clickTableRow(1);
            explorer.waitUntil(() -> "t-1".equals(explorer.detail("Property trace")));
            assertThat(explorer.detail("Property region")).isEqualTo("south");
            assertThat(explorer.detail("Route")).startsWith(lyon.name() + "/1  #");
        }
    }

    @Test
    void ctrlAThenDeleteDeletesEveryMessageOfThePageAfterConfirmingTheCount() throws Exception {
        server.polling("Billing", "bob");
        postToBob(5);
        connect(false);
        openBobsMailbox(5);

        explorer.clickTableRow(0).press(KeyCode.SHORTCUT, KeyCode.A).press(KeyCode.DELETE);
        assertThat(explorer.dialogMessage()).startsWith("Delete 5 messages from the server?");
        explorer.clickDialogButton("Delete");

        explorer.waitUntil(() -> explorer.hasRow("Mailbox (0)"));
        assertThat(explorer.tablePosition()).isEqualTo("No message");
        try (AdminSession admin = server.admin()) {
            ServiceInfo bob = admin.snapshot().get(10, TimeUnit.SECONDS).services().stream()
                    .filter(s -> s.who().equals(BOB)).findFirst().orElseThrow();
            assertThat(admin.mailbox(MailboxQuery.first(MailboxRef.service(bob.instanceId()), 10)).get(10, TimeUnit.SECONDS).total())
                    .isZero();
        }
    }

    @Test
    void aMessageSelectedInTheTableShowsItsDetailsAndBody() {
        server.polling("Billing", "bob");
        postToBob(3);
        connect(false);
        openBobsMailbox(3);

        explorer.clickTableRow(1);
        explorer.waitUntil(() -> explorer.bodyText().equals("order 1"));
        assertThat(explorer.detail("Event")).isEqualTo("Order1");
        assertThat(explorer.detail("Listed in")).startsWith("Mailbox of Billing/bob #");
    }

    @Test
    void theOverviewOfServicesShowsEachMailboxDepthOldestMessageAndWhoTakesIt() {
        server.polling("Billing", "bob");
        postToBob(3);
        connect(false);

        explorer.select("Services (");
        explorer.waitUntil(() -> explorer.recordRows("overview-table").stream().anyMatch(r -> r.contains("Billing/bob")));

        String bob = explorer.recordRows("overview-table").stream().filter(r -> r.contains("mailbox=Mailbox of Billing/bob"))
                .findFirst().orElseThrow();
        assertThat(bob).contains("depth=3", "inFlight=0", "consumer=Billing/bob #").doesNotContain("oldest=—");
        assertThat(explorer.recordRows("overview-table")).anyMatch(r -> r.contains("mailbox=Mailbox of Orders/alice") && r.contains("depth=0"));
        assertThat(explorer.label("overview-title")).isEqualTo("Overview of Services on " + server.name() + "/1");

        // the next read counts the messages that came in since
        postToBob(2);
        explorer.waitUntil(() -> explorer.recordRows("overview-table").stream()
                .anyMatch(r -> r.contains("Billing/bob") && r.contains("depth=5") && !r.contains("inRate=…")));
    }

    @Test
    void theDashboardShowsEveryServerWithItsDepthAndRatesAndReadsThemByItself() {
        server.polling("Billing", "bob");
        postToBob(4);
        connect(false);

        explorer.clickOnToolbar("Dashboard");
        explorer.waitUntil(() -> explorer.recordRows("dashboard-table").stream()
                .anyMatch(r -> r.startsWith("Row[server=" + server.name() + "/1, state=Enabled, depth=4")));
        // a second read gives the first rates and a line of two points
        postToBob(3);
        explorer.waitUntil(() -> explorer.recordRows("dashboard-table").stream()
                .anyMatch(r -> r.contains("depth=7") && r.contains("postedRate=") && !r.contains("postedRate=…")));
    }

    @Test
    void aReadOnlyConnectionOffersNoChangeUntilReadOnlyIsTurnedOff() {
        server.polling("Billing", "bob");
        postToBob(2);
        connect(true);
        assertThat(explorer.rows().get(0)).endsWith("read-only");

        explorer.select("Billing/bob");
        assertThat(explorer.enabledContextMenuItems()).contains("Refresh selected connection", "Read-only")
                .doesNotContain("Enable/Disable status", "Send test message…", "Create Server Router…");
        openBobsMailbox(2);
        explorer.clickTableRow(0);
        assertThat(explorer.isEnabled("Delete selected Message/Message Seed")).isFalse();
        explorer.press(KeyCode.DELETE);
        assertThat(explorer.tableIds()).hasSize(2);

        explorer.select("Billing/bob").clickOn("#read-only-toggle");
        assertThat(explorer.rows().get(0)).doesNotEndWith("read-only");
        assertThat(explorer.statusMessage()).endsWith("may be changed again");
        assertThat(explorer.enabledContextMenuItems()).contains("Enable/Disable status", "Send test message…");
    }

    @Test
    void anEmptyFilterResultSaysSoInsteadOfNoServerConnected() {
        connect(false);
        explorer.fill("tree-filter", "no such thing");
        explorer.waitUntil(() -> explorer.rows().isEmpty());
        assertThat(explorer.label("empty-tree")).startsWith("Nothing listed matches \"no such thing\"");
    }

    @Test
    void inLiveModeTheRowSelectedInTheTableStaysSelectedAndShownAsMessagesArrive() {
        server.polling("Billing", "bob");
        List<Long> ids = postToBob(3);
        connect(false);
        explorer.clickLive();
        openBobsMailbox(3);
        explorer.clickTableRow(1);
        explorer.waitUntil(() -> explorer.bodyText().equals("order 1"));

        postToBob(2);
        explorer.waitUntil(() -> explorer.tablePosition().startsWith("Messages 1–5 of 5"));
        explorer.waitUntil(() -> explorer.hasRow("Mailbox (5)"));
        assertThat(explorer.detail("Message id")).isEqualTo(String.valueOf(ids.get(1)));
        assertThat(explorer.bodyText()).isEqualTo("order 1");
        assertThat(explorer.isEnabled("Delete selected Message/Message Seed")).isTrue();
    }
}
