package org.openmom.app.server.desktop;

import org.openmom.icons.OpenMomIcon;

/** The programs of the desktop menu's OpenMOM submenu, each with its desktop entry, {@code openmom} subcommand and icon. */
public enum DesktopProgram {
    SERVER("openmom-server", "server-window", OpenMomIcon.APP_SERVER),
    EXPLORER("openmom-explorer", "explorer", OpenMomIcon.APP_EXPLORER),
    SERVERS_LIST_EDITOR("openmom-servers-list-editor", "servers-list-editor", OpenMomIcon.APP_SERVERS_LIST_EDITOR),
    CONFIG_EDITOR("openmom-config-editor", "config-editor", OpenMomIcon.APP_CONFIG_EDITOR),
    CHAT("openmom-chat", "chat", OpenMomIcon.APP_CHAT);

    private final String entryName;
    private final String subcommand;
    private final OpenMomIcon icon;

    DesktopProgram(String entryName, String subcommand, OpenMomIcon icon) {
        this.entryName = entryName;
        this.subcommand = subcommand;
        this.icon = icon;
    }

    /** Its desktop entry's file name: {@code openmom-server.desktop}. */
    public String entryFile() {
        return entryName + ".desktop";
    }

    /** What follows {@code openmom} to start it. */
    public String subcommand() {
        return subcommand;
    }

    public OpenMomIcon icon() {
        return icon;
    }

    /** The name of its icon in the icon theme: {@code openmom-app-server}. */
    public String iconName() {
        return "openmom-" + icon.fileName();
    }
}
