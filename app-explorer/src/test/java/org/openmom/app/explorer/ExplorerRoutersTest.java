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
import org.openmom.admin.AdminSession;
import org.openmom.admin.RouterInfo;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RouterDeclaration;
import org.openmom.routes.RoutesParser;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The Explorer's routers, driven through its window, headless, against two real servers in this
 * JVM that share one OPENMOM_HOME (so each finds the other over the local protocol).
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerRoutersTest {
    @TempDir
    Path home;
    private TestServer paris;
    private TestServer rome;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        long pid = ProcessHandle.current().pid();
        paris = TestServer.named("Paris" + pid).home(home).protocols(ProtocolSequence.LOCAL).start();
        rome = TestServer.named("Rome" + pid).home(home).protocols(ProtocolSequence.LOCAL).start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        paris.close();
        rome.close();
    }

    /** The routes-file line of a server router from here to {@code target} over the local protocol. */
    private static String serverRouter(String name, TestServer target) {
        return "ServerRouter " + name + " " + target.name() + " 1 * ncalrpc *";
    }

    private static List<RouterInfo> routers(TestServer server) throws Exception {
        try (AdminSession admin = server.admin()) {
            return admin.routers().get(10, TimeUnit.SECONDS);
        }
    }

    private static void addRouters(TestServer server, String routesText) throws Exception {
        try (AdminSession admin = server.admin()) {
            admin.addRouters(routesText).get(10, TimeUnit.SECONDS);
        }
    }

    /** Connect… to {@code server} over the local protocol, live, and wait for its tree. */
    private void connectLive(TestServer server) {
        explorer.open(paris.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.hasRow("Routers ("));
        explorer.clickLive();
    }

    private boolean hasRouterRow(String name, String state) {
        return explorer.rows().stream().map(String::strip).anyMatch(row -> row.startsWith(name + "  —  ") && row.contains("  —  " + state));
    }

    @Test
    void theRoutersNodeListsEachRouterWithItsStateAndCounters() throws Exception {
        addRouters(paris, serverRouter("ToRome", rome));
        connectLive(paris);

        explorer.waitUntil(20, () -> hasRouterRow("ToRome", "connected"));
        assertThat(explorer.rows()).contains("  Routers (1)");
        assertThat(explorer.rows().stream().map(String::strip)).contains(
                "ToRome  —  Server Router → " + rome.name() + "/1  —  connected  (forwarded 0, waiting 0)");

        explorer.select("ToRome");
        assertThat(explorer.detail("Kind")).isEqualTo("Server Router");
        assertThat(explorer.detail("Routes file line")).isEqualTo(serverRouter("ToRome", rome));
        assertThat(explorer.detail("Connected to")).startsWith(rome.name() + "/1");
        assertThat(explorer.detail("Last error")).isEqualTo("none");
    }

    @Test
    void aServerRouterIsCreatedThroughTheDialogCheckedAsTyped() throws Exception {
        connectLive(paris);
        explorer.select(paris.name() + "/1");

        explorer.press(KeyCode.SHORTCUT, KeyCode.R);
        explorer.fill("router-name", "ToRome");
        explorer.chooseProtocol(ProtocolSequence.LOCAL);
        explorer.fill("server-name", rome.name()).fill("server-role", "x").fill("endpoint", "*");

        assertThat(explorer.note("server-role-note")).startsWith("the server role 'x' is neither * nor a whole number ≥ 1");
        assertThat(explorer.isDialogButtonEnabled("Create")).isFalse();
        explorer.fill("server-role", "1");
        assertThat(explorer.isDialogButtonEnabled("Create")).isTrue();
        explorer.clickDialogButton("Create");

        explorer.waitUntil(20, () -> hasRouterRow("ToRome", "connected"));
        assertThat(routers(paris)).extracting(RouterInfo::line).containsExactly(serverRouter("ToRome", rome));
        assertThat(explorer.statusMessage()).startsWith("Created Server Router ToRome");
    }

    @Test
    void aRouterIsDeletedAfterAConfirmationThatSaysHowManyMessagesWaitInIt() throws Exception {
        // London never runs: what the router takes waits in it
        addRouters(paris, "ServerRouter ToLondon London 1 * ncalrpc *");
        OpenMomClient orders = paris.listening("Orders", "alice");
        for (int i = 0; i < 2; i++) {
            orders.post(Post.to(ServiceUser.of("Billing", "bob"), "NewOrder", "order " + i).persistent()).get(10, TimeUnit.SECONDS);
        }
        connectLive(paris);
        explorer.waitUntil(20, () -> explorer.rows().stream().anyMatch(r -> r.strip().startsWith("ToLondon") && r.contains("waiting 2")));
        explorer.select("ToLondon").expandSelected().select("Waiting (2)").expandSelected();
        explorer.waitUntil(() -> explorer.rows().stream().filter(r -> r.contains("Billing/bob") && r.contains("NewOrder")).count() == 2);

        explorer.select("ToLondon").clickOnToolbar("Delete Router");

        assertThat(explorer.dialogMessage()).startsWith("Delete router ToLondon (Server Router → London/1")
                .contains("2 messages wait in it");
        explorer.clickDialogButton("Delete");
        explorer.waitUntil(() -> explorer.hasRow("Routers (0)"));
        assertThat(routers(paris)).isEmpty();
    }

    @Test
    void aRoutesFileIsOpenedOnOneServerAndItsRoutersSavedBack() throws Exception {
        Path routes = home.resolve("paris.routes");
        Files.writeString(routes, "# Paris's routers\n" + serverRouter("ToRome", rome) + "\n"
                + "ServiceRouter BillingToRome Billing " + rome.name() + " 1 * ncalrpc *\n");
        connectLive(paris);
        explorer.select(paris.name() + "/1");

        explorer.willChoose(routes).press(KeyCode.SHORTCUT, KeyCode.O);

        explorer.waitUntil(20, () -> explorer.hasRow("Routers (2)") && hasRouterRow("BillingToRome", "connected"));
        assertThat(explorer.statusMessage()).startsWith("Created 2 routers: ToRome, BillingToRome from " + routes);

        Path saved = home.resolve("saved.routes");
        explorer.willChoose(saved).press(KeyCode.SHORTCUT, KeyCode.S);

        explorer.waitUntil(() -> explorer.statusMessage().startsWith("Saved 2 routers of " + paris.name() + "/1"));
        List<RouterDeclaration> written = RoutesParser.read(saved).model().routers();
        assertThat(written).extracting(RouterDeclaration::toLine)
                .containsExactlyElementsOf(RoutesParser.read(routes).model().routers().stream().map(RouterDeclaration::toLine).toList());
    }

    @Test
    void aGlobalMessageIsASeedWherePostedAndAGlobalMessageWithItsRouteWhereRouted() throws Exception {
        addRouters(paris, serverRouter("ToRome", rome));
        paris.polling("Billing", "bob");
        rome.polling("Billing", "eve");
        OpenMomClient orders = paris.listening("Orders", "alice");
        explorer.open(paris.home()).connectThroughDialog("*", "0", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.rows().stream().filter(row -> row.startsWith("  Routers (")).count() == 2);
        explorer.clickLive();
        explorer.waitUntil(20, () -> hasRouterRow("ToRome", "connected"));

        long postedInParis = orders.post(Post.to(ServiceUser.of("Billing", "*"), "PriceList", "BOLT-M6 0.12").global())
                .get(10, TimeUnit.SECONDS).messageId();

        explorer.waitUntil(20, () -> explorer.hasRow("Global Message Seeds (1)") && explorer.hasRow("Global Messages (1)"));
        assertThat(explorer.rows().stream().map(String::strip))
                .anyMatch(row -> row.startsWith("Billing/bob") && row.endsWith("(1 in mailbox)"))
                .anyMatch(row -> row.startsWith("Billing/eve") && row.endsWith("(1 in mailbox)"));
        explorer.select("Global Message Seeds (1)").expandSelected();
        explorer.waitUntil(() -> explorer.hasRow("#" + postedInParis + "  Orders/alice → Billing/*  PriceList"));
        explorer.select("#" + postedInParis).waitUntil(() -> explorer.detail("Route") != null);
        assertThat(explorer.detail("Route")).startsWith("posted here  #" + postedInParis + "  ");

        explorer.select("Global Message Seeds (1)").press(KeyCode.LEFT); // collapsed: Rome's copy is the only message row left

        explorer.select("Global Messages (1)").expandSelected();
        explorer.waitUntil(() -> explorer.rows().stream().anyMatch(row -> row.contains("Orders/alice → Billing/*  PriceList")));
        explorer.select("#").waitUntil(() -> explorer.detail("Route") != null);
        String[] route = explorer.detail("Route").split("\n");
        assertThat(route).hasSize(2);
        assertThat(route[0]).startsWith(paris.name() + "/1  #" + postedInParis + "  ");
        assertThat(route[1]).startsWith("here  #" + explorer.detail("Message id") + "  ");
        assertThat(explorer.bodyText()).isEqualTo("BOLT-M6 0.12");
    }
}
