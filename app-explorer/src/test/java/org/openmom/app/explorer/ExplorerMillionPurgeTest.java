package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A million persistent messages waiting for a service nobody runs (issue #19's backlog): an
 * administrator purges them from the Explorer in one go, from one of them, after a confirmation
 * that states the server's count; the status line that says so can be copied whole.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerMillionPurgeTest {
    private static final ServiceUser BOB = ServiceUser.of("Billing", "bob");
    private static final int MILLION = 1_000_000;
    private static final NumberFormat NUMBER = NumberFormat.getIntegerInstance();

    @TempDir
    Path home;
    private TestServer server;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        server = TestServer.named("Million" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL)
                .configText("LoggingService Journal builtin * data/million.journal\n").start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
    }

    @Test
    void aMillionSeedsArePurgedFromOneOfThemAfterTheServersCountIsConfirmed() throws Exception {
        byte[] body = "m".getBytes(StandardCharsets.UTF_8);
        try (OpenMomClient alice = server.connectOnce("Orders", "alice"); AdminSession admin = server.admin()) {
            for (int i = 0; i < MILLION; i++) {
                alice.send(new Post(BOB, "NewOrder", Message.PERSISTENT, body));
            }
            Await.until("a million seeds waiting", () -> admin.snapshot().join().counters().waitingSeeds() == MILLION);
        }
        explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.hasRow("Server Mailbox"));
        explorer.select("Server Mailbox").expandSelected().select("Persistent Message Seeds (" + MILLION + ")");
        explorer.waitUntil(() -> !explorer.tableIds().isEmpty());

        explorer.clickTableRow(0).press(KeyCode.SHORTCUT, KeyCode.SHIFT, KeyCode.DELETE);
        assertThat(explorer.dialogMessage()).isEqualTo("Purge every message waiting for Billing/bob on " + server.name() + "/1?\n"
                + NUMBER.format(MILLION) + " messages: " + NUMBER.format(MILLION) + " seeds waiting in the server mailbox"
                + " (no instance is registered).\nThe server's trash keeps the newest " + NUMBER.format(100_000)
                + " of them, restorable for a while: the other " + NUMBER.format(900_000) + " cannot be restored.");
        explorer.clickDialogButton("Purge");

        String purged = "Purged " + NUMBER.format(MILLION) + " messages for Billing/bob on " + server.name() + "/1 ("
                + NUMBER.format(100_000) + " in the trash)";
        explorer.waitUntil(60, () -> explorer.statusMessage().equals(purged));
        explorer.waitUntil(() -> explorer.hasRow("Persistent Message Seeds (0)"));
        try (AdminSession admin = server.admin()) {
            assertThat(admin.snapshot().get(10, TimeUnit.SECONDS).counters().waitingSeeds()).isZero();
        }

        explorer.copyStatusMessage();
        assertThat(explorer.onFxThread(() -> Clipboard.getSystemClipboard().getString())).isEqualTo(purged);
    }
}
