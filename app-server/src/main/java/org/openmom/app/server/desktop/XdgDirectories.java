package org.openmom.app.server.desktop;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where desktop entries, icons and menus go (the XDG Base Directory specification): a person's
 * {@code $XDG_DATA_HOME} and {@code $XDG_CONFIG_HOME}, or the system's {@code /usr/share} and
 * {@code /etc/xdg} under a package's root.
 */
public record XdgDirectories(Path dataHome, Path configHome) {
    /** The person's: {@code $XDG_DATA_HOME} (default {@code ~/.local/share}), {@code $XDG_CONFIG_HOME} (default {@code ~/.config}). */
    public static XdgDirectories ofUser(Map<String, String> environment, String userHome) {
        return new XdgDirectories(absoluteOr(environment.get("XDG_DATA_HOME"), Path.of(userHome, ".local", "share")),
                absoluteOr(environment.get("XDG_CONFIG_HOME"), Path.of(userHome, ".config")));
    }

    /** The system's, under {@code root} (a package's tree): {@code root/usr/share}, {@code root/etc/xdg}. */
    public static XdgDirectories systemUnder(Path root) {
        return new XdgDirectories(root.resolve("usr/share"), root.resolve("etc/xdg"));
    }

    /** The specification ignores a relative value. */
    private static Path absoluteOr(String value, Path fallback) {
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    Path applications() {
        return dataHome.resolve("applications");
    }

    Path desktopDirectories() {
        return dataHome.resolve("desktop-directories");
    }

    Path icons(int pixels) {
        return dataHome.resolve("icons/hicolor/" + pixels + "x" + pixels + "/apps");
    }

    Path mergedMenus() {
        return configHome.resolve("menus/applications-merged");
    }

    /** What an install wrote, for the uninstall. */
    Path installRecord() {
        return dataHome.resolve("openmom/desktop-install.txt");
    }
}
