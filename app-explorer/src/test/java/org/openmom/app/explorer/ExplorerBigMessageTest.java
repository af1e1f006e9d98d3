package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
import org.testfx.util.WaitForAsyncUtils;

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

    /** A JSON document of exactly {@code size} bytes (all ASCII): an array of numbered strings. */
    private static String json(int size) {
        StringBuilder text = new StringBuilder(size).append("{\"lines\": [");
        for (int i = 0; text.length() < size - 64; i++) {
            text.append(i == 0 ? "" : ", ").append("\"line ").append(i).append('"');
        }
        text.append(" ".repeat(size - 2 - text.length())).append("]}");
        return text.toString();
    }

    @Test
    void aSixteenMibBodyShowsItsFirst64KibWithoutHoldingTheFxThreadAndLoadAllShowsItWhole() throws Exception {
        server.polling("Billing", "bob");
        OpenMomClient orders = server.listening("Orders", "alice");
        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "Note", "a small message first")).get(10, TimeUnit.SECONDS);
        orders.post(Post.to(ServiceUser.of("Billing", "bob"), "Catalogue", json(SIXTEEN_MIB))).get(60, TimeUnit.SECONDS);
        explorer.open(server.home()).connectThroughDialog(server.name(), "1", "localhost", ProtocolSequence.LOCAL, "");
        explorer.waitUntil(() -> explorer.hasRow("Services ("));
        explorer.select("Billing/bob").expandSelected().select("Mailbox (2)");
        explorer.waitUntil(() -> explorer.tableIds().size() == 2);
        // the person reads a small message first: the body views are made once, for every message
        explorer.clickTableRow(0).waitUntil(() -> explorer.bodyText().equals("a small message first"));

        // The probe: every 5 ms a task is put in the FX thread's queue, and run there it notes how much
        // processor time the FX thread spent while it waited: work that held the thread. (Its wall-clock
        // wait would also count the other programs of a busy machine, garbage collections and the
        // render thread.)
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get(10, TimeUnit.SECONDS);
        AtomicLong longestWait = new AtomicLong();
        ScheduledExecutorService probe = Executors.newSingleThreadScheduledExecutor();
        probe.scheduleAtFixedRate(() -> {
            long before = threads.getThreadCpuTime(fxThread);
            Platform.runLater(() -> longestWait.accumulateAndGet(threads.getCurrentThreadCpuTime() - before, Math::max));
        }, 0, 5, TimeUnit.MILLISECONDS);
        try {
            explorer.clickTableRow(1);
            explorer.waitUntil(60, () -> !explorer.label("body-cut").isEmpty() || explorer.bodyText().startsWith("The body cannot"));
        } finally {
            probe.shutdownNow();
        }
        assertThat(explorer.label("body-cut")).as(explorer.bodyText()).startsWith("Showing the first 64.0 KiB of 16.0 MiB");
        assertThat(TimeUnit.NANOSECONDS.toMillis(longestWait.get())).as("the most processor time the FX thread spent while the probe waited, ms")
                .isLessThan(100);
        assertThat(explorer.bodyText()).hasSize(64 * 1024).startsWith("{\"lines\": [\"line 0\", \"line 1\"");

        explorer.clickOn("#load-all");
        explorer.waitUntil(60, () -> explorer.bodyText().length() == SIXTEEN_MIB);
        assertThat(explorer.bodyText()).endsWith("]}");
        assertThat(explorer.label("body-cut")).isEmpty();
    }
}
