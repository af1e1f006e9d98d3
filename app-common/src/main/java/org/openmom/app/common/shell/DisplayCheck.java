package org.openmom.app.common.shell;

import java.util.Locale;
import java.util.Map;

/**
 * Whether a desktop program has a display to open its window on. On Linux and the other X11
 * systems JavaFX needs {@code DISPLAY} (or a Wayland session); without one it ends in a stack
 * trace. The programs check first and say it in one line (issue #18 item 15). Tests run
 * headless with Monocle, which needs no display.
 */
public final class DisplayCheck {
    private DisplayCheck() {}

    /** Prints one line naming {@code program} and the fix, and exits with code 1, when there is no display. */
    public static void requireDisplay(String program) {
        String problem = problem(System.getProperty("os.name", ""), System.getProperty("glass.platform", ""), System.getenv());
        if (problem != null) {
            System.err.println(program + ": " + problem);
            System.exit(1);
        }
    }

    /** Why no window can open, or null when one can. */
    static String problem(String osName, String glassPlatform, Map<String, String> environment) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac") || glassPlatform.equalsIgnoreCase("Monocle")) {
            return null;
        }
        if (isSet(environment.get("DISPLAY")) || isSet(environment.get("WAYLAND_DISPLAY"))) {
            return null;
        }
        return "no display to open a window on (DISPLAY is not set) — run it in a desktop session, over ssh -X, or under xvfb-run";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
