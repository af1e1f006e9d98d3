package org.openmom.app.common.theme;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Whether the desktop prefers dark windows, as GNOME and GTK say: the {@code color-scheme}
 * setting ({@code prefer-dark}), else a GTK theme named "…-dark". Runs {@code gsettings}: call
 * it off the FX thread. Where there is no such setting the answer is light.
 */
public final class DesktopColorScheme {
    private static final long WAIT_SECONDS = 3;

    private final Function<String, String> gsettings;

    /** @param gsettings the value of one key of {@code org.gnome.desktop.interface}, or "" when unknown */
    public DesktopColorScheme(Function<String, String> gsettings) {
        this.gsettings = gsettings;
    }

    /** The one of this machine, asking the {@code gsettings} command. */
    public static DesktopColorScheme ofThisDesktop() {
        return new DesktopColorScheme(DesktopColorScheme::askGsettings);
    }

    public Appearance preferred() {
        if (gsettings.apply("color-scheme").contains("prefer-dark")) {
            return Appearance.DARK;
        }
        return gsettings.apply("gtk-theme").toLowerCase(Locale.ROOT).contains("dark") ? Appearance.DARK : Appearance.LIGHT;
    }

    private static String askGsettings(String key) {
        try {
            Process process = new ProcessBuilder(List.of("gsettings", "get", "org.gnome.desktop.interface", key))
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "";
            }
            String answer = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.exitValue() == 0 ? answer : "";
        } catch (IOException e) {
            // no gsettings on this desktop: nothing says dark
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
