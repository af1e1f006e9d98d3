package org.openmom.app.common.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Desktop programs without a display say so in one line (issue #18 item 15). */
class DisplayCheckTest {
    @Test
    void linuxWithoutDisplayOrWaylandHasNoWindowToOpen() {
        assertThat(DisplayCheck.problem("Linux", "", Map.of()))
                .isEqualTo("no display to open a window on (DISPLAY is not set) — run it in a desktop session, over ssh -X, or under xvfb-run");
        assertThat(DisplayCheck.problem("Linux", "", Map.of("DISPLAY", " "))).isNotNull();
    }

    @Test
    void aDisplayAWaylandSessionMonocleOrAnotherSystemWill() {
        assertThat(DisplayCheck.problem("Linux", "", Map.of("DISPLAY", ":0"))).isNull();
        assertThat(DisplayCheck.problem("Linux", "", Map.of("WAYLAND_DISPLAY", "wayland-0"))).isNull();
        assertThat(DisplayCheck.problem("Linux", "Monocle", Map.of())).isNull();
        assertThat(DisplayCheck.problem("Windows 11", "", Map.of())).isNull();
        assertThat(DisplayCheck.problem("Mac OS X", "", Map.of())).isNull();
    }
}
