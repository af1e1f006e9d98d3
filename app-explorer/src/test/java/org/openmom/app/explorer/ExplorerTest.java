package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.ServiceInfo;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Explorer driven through its window, headless, against a real server in this JVM. */
@ExtendWith(ApplicationExtension.class)
class ExplorerTest {
    @TempDir
    Path home;
    private TestServer server;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        server = TestServer.named("Explore" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
    }

    /** Connect… with the guide's fields naming the test server over the local protocol. */
    private void connect() {
        explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.hasRow("Services ("));
    }

    @Test
    void everyShortcutOfTheWindowDoesOneThing(FxRobot robot) {
        explorer.open(server.home());
        java.util.Map<String, java.util.List<String>> commands = new java.util.TreeMap<>();
        for (javafx.scene.control.MenuBar bar : robot.lookup(".menu-bar").queryAllAs(javafx.scene.control.MenuBar.class)) {
            bar.getMenus().forEach(menu -> collectShortcuts(menu, commands));
        }

        assertThat(commands).as("the window's menus have shortcuts").isNotEmpty();
        assertThat(commands).allSatisfy((shortcut, items) -> assertThat(items).as(shortcut).hasSize(1));
    }

    private static void collectShortcuts(javafx.scene.control.Menu menu, java.util.Map<String, java.util.List<String>> commands) {
        for (javafx.scene.control.MenuItem item : menu.getItems()) {
            if (item instanceof javafx.scene.control.Menu submenu) {
                collectShortcuts(submenu, commands);
            } else if (item.getAccelerator() != null) {
                commands.computeIfAbsent(item.getAccelerator().getDisplayText(), key -> new java.util.ArrayList<>()).add(item.getText());
            }
        }
    }

    @Test
    void connectingThroughTheDialogShowsServicesMailboxesAndCounts() {
        OpenMomClient orders = server.listening("Orders", "alice");
        OpenMomClient billing = server.polling("Billing", "bob");
        for (int i = 0; i < 3; i++) {
            orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "{\"order\": " + i + "}")).join();
        }
        orders.post(Post.to(ServiceUser.of("Reports", "carol"), "Monthly", "waits for carol").persistent()).join();

        connect();

        assertThat(explorer.rows()).contains("  Services (2)", "  Administration Services (1)", "  Reflexes (0)");
        assertThat(explorer.rows().get(0)).startsWith(server.name() + "/1  —  ").endsWith("Enabled");
        assertThat(explorer.rows().stream().map(String::strip)).anyMatch(r -> r.startsWith("Billing/bob") && r.contains("(3 in mailbox)"));
        assertThat(explorer.rows().stream().map(String::strip)).anyMatch(r -> r.startsWith("Orders/alice") && r.contains("(0 in mailbox)"));
        assertThat(explorer.statusSummary()).startsWith("1 of 1 connection").contains("2 services");

        explorer.select("Billing/bob").expandSelected().select("Mailbox (3)").expandSelected();
        explorer.waitUntil(() -> explorer.rows().stream().filter(r -> r.strip().startsWith("#")).count() == 3);
        explorer.select("Server Mailbox").expandSelected().select("Persistent Message Seeds (1)").expandSelected();
        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.contains("Reports/carol") && r.contains("Monthly")));

        explorer.select("#").waitUntil(() -> explorer.bodyText().equals("{\"order\": 0}"));
        assertThat(explorer.detail("Event")).isEqualTo("NewOrder");
        assertThat(explorer.detail("To")).isEqualTo("Billing/bob");
        billing.close();
    }

    @Test
    void deletingAMessageRemovesItFromTheServer() throws Exception {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "order " + i)).join().messageId());
        }
        connect();
        explorer.select("Billing/bob").expandSelected().select("Mailbox (3)").expandSelected();
        explorer.waitUntil(() -> explorer.hasRow("#" + ids.get(0)));

        explorer.select("#" + ids.get(0)).alsoSelect("#" + ids.get(2));
        explorer.clickOnToolbar("Delete selected Message/Message Seed");
        explorer.clickDialogButton("Delete");

        explorer.waitUntil(() -> explorer.hasRow("Mailbox (1)"));
        assertThat(explorer.hasRow("#" + ids.get(0))).isFalse();
        try (AdminSession admin = admin()) {
            ServiceInfo bob = admin.snapshot().get(10, TimeUnit.SECONDS).services().stream()
                    .filter(s -> s.who().service().equals("Billing")).findFirst().orElseThrow();
            MailboxPage page = admin.mailbox(MailboxQuery.first(MailboxRef.service(bob.instanceId()), 10)).get(10, TimeUnit.SECONDS);
            assertThat(page.messages()).extracting(m -> m.id()).containsExactly(ids.get(1));
        }
    }

    @Test
    void disablingAServiceStopsPostingToIt() throws Exception {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        connect();

        explorer.select("Billing/bob").press(KeyCode.SHORTCUT, KeyCode.E);
        assertThat(explorer.dialogMessage()).startsWith("Disable Billing/bob #").contains("0 messages wait in its mailbox");
        explorer.clickDialogButton("Disable");

        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("Billing/bob") && r.contains("Disabled")));
        PostResult result = orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "after disable")).get(10, TimeUnit.SECONDS);
        assertThat(result.recipients()).isZero();

        explorer.select("Billing/bob");
        assertThat(explorer.enabledContextMenuItems()).contains("Enable/Disable status", "Refresh selected connection")
                .doesNotContain("Delete selected Message/Message Seed");
        explorer.clickOnToolbar("Enable/Disable status");
        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("Billing/bob") && r.contains("Enabled")));
        assertThat(orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "again")).get(10, TimeUnit.SECONDS).recipients())
                .isEqualTo(1);
    }

    @Test
    void liveModePicksUpANewService() {
        server.listening("Orders", "alice");
        connect();
        assertThat(explorer.hasRow("Shipping/dave")).isFalse();

        explorer.clickLive();
        server.listening("Shipping", "dave");

        explorer.waitUntil(() -> explorer.hasRow("Services (2)") && explorer.rows().stream().anyMatch(r -> r.contains("Shipping/dave")));
    }

    @Test
    void aMailboxOfAHundredThousandMessagesOpensPageByPage() throws Exception {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        List<CompletableFuture<PostResult>> posted = new ArrayList<>(100_000);
        for (int i = 0; i < 100_000; i++) {
            posted.add(orders.post(Post.to(ServiceUser.of("Billing", "bob"), "Tick", "tick " + i)));
        }
        CompletableFuture.allOf(posted.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        connect();

        explorer.select("Billing/bob").expandSelected().select("Mailbox (100000)").expandSelected();

        explorer.waitUntil(30, () -> explorer.hasRow("Show 200 more of 99800"));
        assertThat(explorer.rows().stream().filter(r -> r.strip().startsWith("#")).count()).isEqualTo(200);
        explorer.select("Show 200 more");
        explorer.waitUntil(30, () -> explorer.hasRow("Show 200 more of 99600"));
        assertThat(explorer.rows().stream().filter(r -> r.strip().startsWith("#")).count()).isEqualTo(400);
    }

    @Test
    void aLostConnectionIsShownOnItsServerAndRefreshRetries() throws Exception {
        server.listening("Orders", "alice");
        connect();
        String serverRow = explorer.rows().get(0);

        server.close();

        explorer.waitUntil(20, () -> explorer.rows().get(0).contains("connection lost"));
        explorer.select(server.name() + "/1");
        server = TestServer.named(server.name()).home(home).protocols(ProtocolSequence.LOCAL).start();
        server.listening("Stock", "warehouse");
        explorer.press(KeyCode.F5);

        explorer.waitUntil(20, () -> explorer.rows().stream().anyMatch(r -> r.contains("Stock/warehouse")));
        assertThat(explorer.rows().get(0)).doesNotContain("connection lost").startsWith(serverRow.substring(0, serverRow.indexOf("  —  ")));
    }

    @Test
    void aServerThatDoesNotAnswerGetsItsOwnNodeWithTheReason() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        explorer.open(server.home()).connectThroughDialog("*", "0", "127.0.0.1", ProtocolSequence.TCP, Integer.toString(closedPort));

        explorer.waitUntil(20, () -> explorer.rows().stream().anyMatch(r -> r.contains("unreachable")));
        assertThat(explorer.rows().get(0)).contains("127.0.0.1:" + closedPort);
        explorer.select("127.0.0.1:" + closedPort);
        assertThat(explorer.detail("Connection")).startsWith("unreachable: ").contains(Integer.toString(closedPort));
    }

    @Test
    void theFilterKeepsMatchingNodesAndThePathToThem() {
        server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        connect();

        explorer.fill("tree-filter", "billing");

        explorer.waitUntil(() -> !explorer.hasRow("Orders/alice"));
        assertThat(explorer.rows()).hasSize(3);
        assertThat(explorer.rows().get(1)).isEqualTo("  Services (2)");
        assertThat(explorer.rows().get(2)).startsWith("    Billing/bob");

        explorer.fill("tree-filter", "");

        explorer.waitUntil(() -> explorer.hasRow("Orders/alice") && explorer.hasRow("Reflexes"));
    }

    @Test
    void aTestMessageIsPostedAsTheAdministrationService() throws Exception {
        OpenMomClient billing = server.polling("Billing", "bob");
        connect();

        explorer.select("Services").press(KeyCode.SHORTCUT, KeyCode.T);
        explorer.fill("test-service", "Billing").fill("test-user", "bob").fill("test-event", "Ping").clickDialogButton("Send");

        explorer.waitUntil(() -> explorer.statusMessage().contains("reached 1 mailbox"));
        org.openmom.client.ReceivedMessage received = billing.receive(java.time.Duration.ofSeconds(10));
        assertThat(received.event()).isEqualTo("Ping");
        assertThat(received.from()).isEqualTo(ServiceUser.of("ADMIN", "tester"));
        assertThat(received.bodyText()).isEqualTo("Hello from OpenMOM Explorer");
    }

    @Test
    void theSelectedMessageStaysSelectedWhileLiveModeRefreshes() {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        long first = orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "first")).join().messageId();
        connect();
        explorer.clickLive();
        explorer.select("Billing/bob").expandSelected().select("Mailbox (1)").expandSelected();
        explorer.select("#" + first);

        for (int i = 0; i < 3; i++) {
            orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "more " + i)).join();
        }

        explorer.waitUntil(() -> explorer.hasRow("Mailbox (4)")
                && explorer.rows().stream().filter(r -> r.strip().startsWith("#")).count() == 4);
        assertThat(explorer.model().selection()).extracting(n -> n.text()).singleElement().asString().startsWith("#" + first + " ");
        assertThat(explorer.bodyText()).isEqualTo("first");
    }

    @Test
    void overTcpTheAdminSecretOfTheDialogIsNeeded() throws Exception {
        try (TestServer tcp = TestServer.named("Remote" + ProcessHandle.current().pid()).home(home.resolve("tcp"))
                .protocols(ProtocolSequence.TCP).adminSecret("s3cret").start()) {
            String port = Integer.toString(tcp.tcpPort());
            explorer.open(server.home()).connectThroughDialog(tcp.name(), "1", "127.0.0.1", ProtocolSequence.TCP, port);
            explorer.waitUntil(20, () -> explorer.rows().stream().anyMatch(r -> r.contains("unreachable")));
            explorer.select(tcp.name());
            assertThat(explorer.detail("Connection")).contains("secret");

            explorer.connectThroughDialog(tcp.name(), "1", "127.0.0.1", ProtocolSequence.TCP, port, "s3cret");

            explorer.waitUntil(20, () -> explorer.hasRow("Services (0)"));
            assertThat(explorer.rows().get(0)).startsWith(tcp.name() + "/1").contains("ncacn_ip_tcp:" + port).endsWith("Enabled");
        }
    }

    private AdminSession admin() throws Exception {
        return AdminClient.connect(server.address(), AdminOptions.of("checker").withHome(server.home())).get(10, TimeUnit.SECONDS);
    }
}
