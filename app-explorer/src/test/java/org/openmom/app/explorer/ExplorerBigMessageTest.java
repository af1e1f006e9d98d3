package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** A 16 MiB message: its start shows at once, the window keeps answering, Load all shows the rest. */
@ExtendWith(ApplicationExtension.class)
class ExplorerBigMessageTest {
    private static final int SIXTEEN_MIB = 16 << 20;

    @TempDir
    Path home;
    private TestServer server;
    private ExplorerDriver explorer;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        // room for a 16 MiB body and its headers in one frame
        server = TestServer.named("Big" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL)
                .maxFrameSize(SIXTEEN_MIB + (1 << 16)).start();
        explorer = new ExplorerDriver(robot);
    }

    @AfterEach
    void stop() {
        explorer.close();
        server.close();
    }

    /** A JSON document of exactly {@code size} bytes: an array of numbered strings. */
    private static byte[] json(int size) {
        StringBuilder text = new StringBuilder(size).append("{\"lines\": [");
        for (int i = 0; text.length() < size - 64; i++) {
            text.append(i == 0 ? "" : ", ").append("\"line ").append(i).append('"');
        }
        text.append(" ".repeat(size - 2 - text.length())).append("]}");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aSixteenMibBodyShowsItsFirst64KibWithoutHoldingTheFxThreadAndLoadAllShowsItWhole() throws Exception {
        server.polling("Billing", "bob");
        OpenMomClient orders = server.listening("Orders", "alice");
        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "Catalogue", json(SIXTEEN_MIB))).get(60, TimeUnit.SECONDS);
        explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.hasRow("Services ("));
        explorer.select("Billing/bob").expandSelected().select("Mailbox (1)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 1);

        // The probe: every 5 ms a task asks the FX thread to note how late it runs it.
        AtomicLong longestWait = new AtomicLong();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> {
            long asked = System.nanoTime();
            Platform.runLater(() -> longestWait.accumulateAndGet(System.nanoTime() - asked, Math::max));
        }, 0, 5, TimeUnit.MILLISECONDS);
        try {
            explorer.clickTableRow(0);
            explorer.waitUntil(60, () -> explorer.label("body-cut").startsWith("Showing the first 64 KiB of 16 MiB"));
        } finally {
            probe.shutdownNow();
        }
        assertThat(TimeUnit.NANOSECONDS.toMillis(longestWait.get())).as("the longest the FX thread kept the probe waiting, ms")
                .isLessThan(100);
        assertThat(explorer.bodyText()).hasSize(64 * 1024).startsWith("{\"lines\": [\"line 0\", \"line 1\"");

        explorer.clickOn("#load-all");
        explorer.waitUntil(60, () -> explorer.bodyText().length() == SIXTEEN_MIB);
        assertThat(explorer.bodyText()).endsWith("]}");
        assertThat(explorer.label("body-cut")).isEmpty();
    }
}
