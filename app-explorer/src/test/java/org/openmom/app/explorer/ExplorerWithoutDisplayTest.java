package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The Explorer started where there is no display (an ssh session without X forwarding): one line
 * saying so and exit code 1, not a JavaFX stack trace (issue #18 item 15). A real child JVM.
 */
class ExplorerWithoutDisplayTest {
    @Test
    void withoutADisplayTheExplorerSaysSoInOneLineAndExitsWithOne() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                ExplorerMain.class.getName()));
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        Process explorer = builder.start();
        assertThat(explorer.waitFor(60, TimeUnit.SECONDS)).as("ended").isTrue();

        String err = new String(explorer.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(explorer.exitValue()).as(err).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("explorer: no display to open a window on (DISPLAY is not set) — run it in a desktop session,"
                + " over ssh -X, or under xvfb-run");
    }
}
