package org.openmom.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.home.RunningServer;
import org.openmom.home.RunningServers;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The OpenMOM Server window driven through its controls, headless, against the real servers it
 * starts: child JVMs running {@code openmom server}, found in the home's {@code run/} registry.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {
    @TempDir
    Path home;
    private Preferences preferences;
    private ServerWindowDriver window;
    private final String name = "Win" + ProcessHandle.current().pid();

    @BeforeEach
    void openWindow(FxRobot robot) {
        preferences = ServerWindowDriver.freshPreferences();
        window = new ServerWindowDriver(robot, home, preferences).open();
        window.fill("server-name", name);
    }

    @AfterEach
    void stopWhatIsLeft() throws Exception {
        window.hide();
        for (RunningServer left : new RunningServers(home.resolve("run")).list()) {
            ProcessHandle.of(left.pid()).ifPresent(ProcessHandle::destroyForcibly);
        }
        ServerWindowDriver.forget(preferences);
    }

    @Test
    void startWithAnAutomaticEndpointShowsTheReadyServerItsLogAndStopsIt() {
        window.clickTool("Start the server");
        window.waitUntil("Running", () -> window.model().stateProperty().get() == ServerWindowModel.State.RUNNING);

        RunningServer running = new RunningServers(home.resolve("run")).find(name, 1).orElseThrow();
        assertThat(window.text("state")).isEqualTo("Running");
        assertThat(window.field("endpoints")).isEqualTo(String.join(", ", running.endpoints())).contains("ncalrpc:" + name + ".1")
                .contains("ncacn_ip_tcp:");
        window.waitUntil("the server's ready line in the log", () -> window.logLines().stream().anyMatch(line -> line.contains("ready on")));
        window.waitUntil("the identity", () -> window.field("identity").startsWith(name + "/1 — process " + running.pid()));

        window.clickTool("Stop the running server");
        window.waitUntil("Stopped", () -> window.model().stateProperty().get() == ServerWindowModel.State.STOPPED);
        assertThat(ProcessHandle.of(running.pid()).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(new RunningServers(home.resolve("run")).list()).isEmpty();
        assertThat(window.text("status")).startsWith("Stopped: " + name + "/1");
    }

    @Test
    void aStartRefusedBecauseThePortIsTakenIsShownWithTheReasonAndLeavesNothingRunning() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            window.fill("endpoint", Integer.toString(taken.getLocalPort()));
            window.clickTool("Start the server");
            window.waitUntil("the refusal", () -> !window.model().messageProperty().get().isEmpty());

            assertThat(window.message()).contains("The server did not start (exit code 1)")
                    .contains(":" + taken.getLocalPort() + ": cannot listen (port in use or not allowed)");
            assertThat(window.text("state")).isEqualTo("Stopped");
            assertThat(new RunningServers(home.resolve("run")).list()).isEmpty();
            assertThat(window.toolEnabled("Start the server")).isTrue();
        }
    }

    @Test
    void theLogLevelAndTheSearchFilterTheLinesShown() {
        window.clickTool("Start the server");
        window.waitUntil("the ready line", () -> window.logLines().stream().anyMatch(line -> line.contains("ready on")));

        window.chooseLogLevel(3);
        window.waitUntil("the server at level 3", () -> window.logLines().stream().anyMatch(line -> line.contains("log level")));
        window.fill("log-search", "ready on");
        assertThat(window.logLines()).isNotEmpty().allMatch(line -> line.contains("ready on"));

        window.fill("log-search", "");
        int all = window.logLines().size();
        window.chooseLogLevel(0); // system errors and start/stop only: the ready line is level 1

        assertThat(window.logLines()).noneMatch(line -> line.contains("ready on")).allMatch(line -> line.split(" ")[1].equals("0"));
        String[] count = window.text("log-count").split(" "); // "2 of 40 lines": lines may still arrive from before the change
        assertThat(Integer.parseInt(count[0])).isEqualTo(window.logLines().size());
        assertThat(Integer.parseInt(count[2])).isGreaterThanOrEqualTo(all);
    }

    @Test
    void aConfigurationFileWithAnErrorIsShownWithItsLineAndStartIsDisabled() throws Exception {
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/broken.cfg"), "this is not a reflex line\n");

        window.fill("config-file", "broken.cfg");

        window.waitUntil("the file's problem", () -> window.note("config-file").contains("broken.cfg:1:"));
        assertThat(window.toolEnabled("Start the server")).isFalse();
        window.fill("config-file", "");
        assertThat(window.toolEnabled("Start the server")).isTrue();
    }

    @Test
    void aServerKeptRunningWhenTheWindowClosesIsFoundAndStoppedByANewWindow(FxRobot robot) {
        window.clickTool("Start the server");
        window.waitUntil("Running", () -> window.model().stateProperty().get() == ServerWindowModel.State.RUNNING);
        long pid = window.model().serverProperty().get().pid();

        window.requestClose(ServerWindowDialogs.OnClose.KEEP_RUNNING);
        assertThat(window.closeQuestions()).isEqualTo(1);
        assertThat(window.isShowing()).isFalse();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).hasValue(true);

        ServerWindowDriver again = new ServerWindowDriver(robot, home, preferences).open();
        again.waitUntil("the running server found", () -> again.model().stateProperty().get() == ServerWindowModel.State.RUNNING);
        assertThat(again.model().serverProperty().get().pid()).isEqualTo(pid);
        assertThat(again.text("status")).startsWith("Running (found already running): " + name + "/1");

        again.requestClose(ServerWindowDialogs.OnClose.STOP);
        again.waitUntil("the window closed after the stop", () -> !again.isShowing());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }
}
