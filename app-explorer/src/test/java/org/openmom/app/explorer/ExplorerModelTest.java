package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.control.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.admin.RouterInfo;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.activations.ActivationCommands;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.routers.RouterDialogModel;
import org.openmom.app.explorer.send.TestMessage;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RouterKind;
import org.openmom.server.activation.ActivatedPrograms;
import org.openmom.testing.TestServer;

/** The Explorer's view models without a window or a JavaFX toolkit, against a real server in this JVM. */
class ExplorerModelTest {
    @TempDir
    Path home;
    private final FxThreadStandIn fxThread = new FxThreadStandIn();
    private final ExecutorService worker = Executors.newCachedThreadPool();
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private TestServer server;
    private ExplorerModel explorer;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("Model" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
        explorer = new ExplorerModel(AdminOptions.of("tester").withHome(server.home()), new BackgroundWork(worker, fxThread), dialogs);
    }

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
        worker.shutdownNow();
    }

    private void connect() {
        explorer.connect(new ConnectRequest(new DiscoveryCriteria(server.name(), 1, "localhost", ProtocolSequence.LOCAL, "*"), null));
        fxThread.runUntil(() -> row("Services (").isPresent());
    }

    @Test
    void connectingShowsTheServersTreeAndCounts() {
        server.listening("Orders", "alice");
        server.polling("Billing", "bob");

        connect();

        assertThat(rows()).first().asString().startsWith(server.name() + "/1").endsWith("Enabled");
        assertThat(rows()).contains("  Services (2)", "  Administration Services (1)", "  Server Mailbox (0)", "  Reflexes (0)");
        assertThat(rows()).anyMatch(row -> row.startsWith("    Billing/bob") && row.endsWith("(0 in mailbox)"));
        assertThat(explorer.summaryProperty().get()).startsWith("1 of 1 connection").contains("2 services");
        assertThat(explorer.messageProperty().get()).isEqualTo("Connected to " + server.name() + "/1 at local:" + server.name() + ".1");
    }

    @Test
    void whenNoServerMatchesTheStatusBarSaysWhatToCheck() {
        explorer.connect(new ConnectRequest(new DiscoveryCriteria("Nobody", 1, "localhost", ProtocolSequence.LOCAL, "*"), null));

        fxThread.runUntil(() -> explorer.messageProperty().get().startsWith("No running server matches"));
        assertThat(explorer.messageProperty().get()).contains("Server Nobody, Role 1, Host localhost, Protocol ncalrpc");
        assertThat(explorer.connections()).isEmpty();
    }

    @Test
    void theActionsFollowTheSelection() {
        server.polling("Billing", "bob");
        connect();
        assertThat(explorer.canDisconnect().get()).isFalse();

        select("Billing/bob");

        assertThat(explorer.canToggleStatus().get()).isTrue();
        assertThat(explorer.canSendTestMessage().get()).isTrue();
        assertThat(explorer.canDelete().get()).isFalse();
        explorer.disconnect();
        assertThat(explorer.connections()).isEmpty();
        assertThat(explorer.root().getChildren()).isEmpty();
        assertThat(explorer.canDisconnect().get()).isFalse();
    }

    @Test
    void disablingAServiceStopsPostingToIt() throws Exception {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        connect();

        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "before")).get(10, TimeUnit.SECONDS);
        select("Billing/bob");
        explorer.refresh();
        fxThread.runUntil(() -> row("Billing/bob").filter(r -> r.contains("(1 in mailbox)")).isPresent());

        select("Billing/bob");
        dialogs.confirm = false;
        explorer.toggleStatus();
        assertThat(dialogs.questions).singleElement().asString().startsWith("Disable service: Disable Billing/bob #")
                .contains("1 message waits in its mailbox");
        assertThat(explorer.messageProperty().get()).isEqualTo("Nothing disabled");

        dialogs.confirm = true;
        explorer.toggleStatus();
        fxThread.runUntil(() -> row("Billing/bob").filter(r -> r.contains("Disabled")).isPresent());
        assertThat(orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "x")).get(10, TimeUnit.SECONDS).recipients()).isZero();
        assertThat(explorer.messageProperty().get()).startsWith("Billing/bob #").endsWith(" is disabled");

        select("Billing/bob");
        explorer.toggleStatus(); // enabling asks nothing
        fxThread.runUntil(() -> row("Billing/bob").filter(r -> r.contains("Enabled")).isPresent());
        assertThat(dialogs.questions).hasSize(2);
    }

    @Test
    void theSelectedMessagesBodyIsReadIntoTheDetailsAndDeletingItAsksFirst() throws Exception {
        OpenMomClient orders = server.listening("Orders", "alice");
        server.polling("Billing", "bob");
        long id = orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "{\"order\": 7}")).get(10, TimeUnit.SECONDS).messageId();
        connect();
        item("Billing/bob").setExpanded(true);
        item("Mailbox (1)").setExpanded(true);
        fxThread.runUntil(() -> row("#" + id).isPresent());

        ExplorerNode message = select("#" + id);
        explorer.details().show(message);
        fxThread.runUntil(() -> explorer.details().bodyPrettyProperty().get().contains("\"order\" : 7"));
        assertThat(explorer.details().prettyLanguageProperty().get()).isEqualTo("JSON");
        assertThat(explorer.canDelete().get()).isTrue();

        dialogs.confirmDelete = false;
        explorer.deleteSelected();
        assertThat(dialogs.deleteQuestions).containsExactly("message #" + id + " (Mailbox of Billing/bob #2)");
        dialogs.confirmDelete = true;
        explorer.deleteSelected();
        fxThread.runUntil(() -> row("Mailbox (0)").isPresent());
        assertThat(explorer.messageProperty().get()).startsWith("Deleted 1 from Mailbox of Billing/bob");
    }

    @Test
    void aTestMessageIsPostedAsTheAdministrationService() throws Exception {
        OpenMomClient billing = server.polling("Billing", "bob");
        connect();
        select("Services (");
        dialogs.testMessage = new TestMessage("Billing", "bob", "Ping", "hello", false, Map.of("order", "42"));

        explorer.sendTestMessage();

        fxThread.runUntil(() -> explorer.messageProperty().get().contains("reached 1 mailbox"));
        assertThat(dialogs.testMessageServers).containsExactly(server.name() + "/1 at local:" + server.name() + ".1");
        ReceivedMessage received = billing.receive(Duration.ofSeconds(10));
        assertThat(received.from()).isEqualTo(ServiceUser.of("ADMIN", "tester"));
        assertThat(received.bodyText()).isEqualTo("hello");
        assertThat(received.properties()).containsExactly(Map.entry("order", "42"));
    }

    @Test
    void liveModeFollowsTheServerWithoutARefresh() {
        server.listening("Orders", "alice");
        connect();

        explorer.liveProperty().set(true);
        fxThread.runUntil(() -> rows().get(0).endsWith("live"));
        server.listening("Shipping", "dave");

        fxThread.runUntil(() -> row("Shipping/dave").isPresent());
        assertThat(rows()).contains("  Services (2)");
    }

    @Test
    void aRoutesFileWithProblemsIsNotSentAndItsProblemsAreListedWithTheirPlace() throws Exception {
        connect();
        Path routes = home.resolve("broken.routes");
        Files.writeString(routes, "# two routers, two mistakes\nServerRouter ToParis Paris 1 paris.example ncacn_ip_tcp 7410\n"
                + "HostRouter ToRome Rome 1 rome.example ncacn_ip_tcp 7410\nServerRouter ToParis Paris 1 - ncacn_ip_tcp 7410\n");
        select(server.name());
        dialogs.fileToChoose = routes;

        explorer.openRoutersFile();

        fxThread.runUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Open Routers File: " + routes + " cannot be loaded; no router was created")
                .contains(routes + ":3:1: unknown router kind 'HostRouter'")
                .contains(routes + ":4:14: duplicate router name 'ToParis'")
                .contains(routes + ":4:30: the network address is empty");
        assertThat(explorer.messageProperty().get()).isEqualTo(routes + ": 3 problems; no router created");
    }

    @Test
    void theRouterActionsApplyToAConnectedServer() {
        connect();
        assertThat(explorer.canChangeRouters().get()).isFalse();

        select("Routers (0)");

        assertThat(explorer.canChangeRouters().get()).isTrue();
        assertThat(explorer.canDeleteRouter().get()).isFalse();
        explorer.createRouter(RouterKind.EVENT);
        assertThat(dialogs.routerDialogs).singleElement().satisfies(dialog -> {
            assertThat(dialog.serverLabel()).isEqualTo(server.name() + "/1 at local:" + server.name() + ".1");
            assertThat(dialog.asksEvent()).isTrue();
        });
    }

    @Test
    void aRouterTheServerRefusesIsShownWithTheServersWholeAnswer() {
        connect();
        select(server.name());
        dialogs.router = dialog -> {
            dialog.name().set("ToMyself");
            dialog.target().protocol().set(ProtocolSequence.LOCAL);
            dialog.target().server().set(server.name());
            dialog.target().role().set("1");
        };

        explorer.createRouter(RouterKind.SERVER);

        fxThread.runUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().startsWith("Create Server Router: " + server.name()
                + "/1 at local:" + server.name() + ".1 did not create the router\n\nServerRouter ToMyself " + server.name()
                + " 1 * ncalrpc *\n\n");
        assertThat(row("Routers (0)")).isPresent();
    }

    /** A server's activated programs with their processes, stopped (after a question with the count) and started from the tree. */
    @Test
    void activatedProgramsAreShownAndStoppedAndStartedFromTheTree() throws Exception {
        server.close();
        ActivatedPrograms.worker(home, "orders.sh", home.resolve("received.txt").toString(), "0");
        server = TestServer.named(server.name()).home(home).protocols(ProtocolSequence.LOCAL)
                .configText("LoggingService Journal builtin * all.journal\nActivation ORDERS orders.sh WAIT 1\n").start();
        connect();
        assertThat(rows()).contains("  Reflexes (1)", "  Activated Programs (1)", "    ORDERS  —  orders.sh (WAIT, max 1)  —  idle  (0 starts)");

        select("ORDERS  —");
        assertThat(explorer.activations().canStop().get()).isTrue();
        explorer.activations().start();
        fxThread.runUntil(() -> row("ORDERS  —").filter(r -> r.contains("running, pid ")).isPresent());
        assertThat(row("ORDERS  —").orElseThrow()).endsWith("(1 start)");

        select("ORDERS  —");
        assertThat(explorer.activations().canStart().get()).isFalse();
        dialogs.confirmDelete = true;
        explorer.activations().stop();
        fxThread.runUntil(() -> row("ORDERS  —").filter(r -> r.contains("stopped")).isPresent());
        assertThat(dialogs.stopQuestions).singleElement().asString().startsWith("Stop orders.sh, the activated program of service ORDERS on "
                + server.name() + "/1 at local:" + server.name() + ".1?\nIts process (pid ");
        assertThat(explorer.messageProperty().get()).isEqualTo("Stopped orders.sh for service ORDERS on " + server.name() + "/1 at local:"
                + server.name() + ".1");
    }

    // ---- the tree as a person reads it --------------------------------------------------------

    private List<String> rows() {
        List<String> rows = new ArrayList<>();
        explorer.root().getChildren().forEach(item -> addRows(item, 0, rows));
        return rows;
    }

    private static void addRows(TreeItem<ExplorerNode> item, int depth, List<String> rows) {
        rows.add("  ".repeat(depth) + item.getValue().text());
        if (item.isExpanded()) {
            item.getChildren().forEach(child -> addRows(child, depth + 1, rows));
        }
    }

    private Optional<String> row(String prefix) {
        return rows().stream().map(String::strip).filter(row -> row.startsWith(prefix)).findFirst();
    }

    private TreeItem<ExplorerNode> item(String prefix) {
        List<TreeItem<ExplorerNode>> all = new ArrayList<>();
        explorer.root().getChildren().forEach(item -> addItems(item, all));
        return all.stream().filter(i -> i.getValue().text().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + prefix + " in " + rows()));
    }

    private static void addItems(TreeItem<ExplorerNode> item, List<TreeItem<ExplorerNode>> all) {
        all.add(item);
        item.getChildren().forEach(child -> addItems(child, all));
    }

    /** What the window does when the person clicks a node. */
    private ExplorerNode select(String prefix) {
        ExplorerNode node = item(prefix).getValue();
        explorer.selection().setAll(node);
        return node;
    }

    /** The person's answers, given by the test. */
    private static final class ScriptedDialogs implements ExplorerDialogs {
        boolean confirm = true;
        final List<String> questions = new ArrayList<>();
        boolean confirmDelete;
        final List<String> deleteQuestions = new ArrayList<>();
        TestMessage testMessage;
        final List<String> testMessageServers = new ArrayList<>();
        /** Fills the router dialog as the person would; null cancels it. */
        Consumer<RouterDialogModel> router;
        final List<RouterDialogModel> routerDialogs = new ArrayList<>();
        final List<String> routerDeleteQuestions = new ArrayList<>();
        final List<String> stopQuestions = new ArrayList<>();
        Path fileToChoose;
        final List<String> errors = new ArrayList<>();

        @Override
        public Optional<ConnectRequest> askConnect(ConnectRequest last) {
            return Optional.empty();
        }

        @Override
        public boolean confirm(String title, String question, String confirmText) {
            questions.add(title + ": " + question);
            return confirm;
        }

        @Override
        public Optional<org.openmom.model.ServiceUser> askTarget(boolean keep, String question, org.openmom.model.ServiceUser last) {
            questions.add(question);
            return Optional.empty();
        }

        @Override
        public boolean confirmDelete(String what) {
            deleteQuestions.add(what);
            return confirmDelete;
        }

        @Override
        public Optional<TestMessage> askTestMessage(String serverLabel, TestMessage last) {
            testMessageServers.add(serverLabel);
            return Optional.ofNullable(testMessage);
        }

        @Override
        public void showAbout() {
        }

        @Override
        public boolean askRouter(RouterDialogModel model) {
            routerDialogs.add(model);
            if (router == null) {
                return false;
            }
            router.accept(model);
            return true;
        }

        @Override
        public boolean confirmStopProgram(String serverLabel, ActivationInfo activation) {
            stopQuestions.add(ActivationCommands.stopQuestion(serverLabel, activation));
            return confirmDelete;
        }

        @Override
        public boolean confirmDeleteRouter(String serverLabel, RouterInfo router) {
            routerDeleteQuestions.add(router.name() + " on " + serverLabel + ", " + router.waiting() + " waiting");
            return confirmDelete;
        }

        @Override
        public Optional<Path> chooseRoutesFileToOpen(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> chooseRoutesFileToSave(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> chooseMessagesFileToSave(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> chooseMessagesFileToOpen(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> chooseProfileToOpen(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public Optional<Path> chooseProfileToSave(Path proposed) {
            return Optional.ofNullable(fileToChoose);
        }

        @Override
        public void showError(String title, String message) {
            errors.add(title + ": " + message);
        }
    }
}
