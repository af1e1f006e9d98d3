package org.openmom.app.common.theme;

import javafx.scene.input.KeyCombination;
import org.openmom.icons.OpenMomIcon;

/** The person's choice in View ▸ Theme, with the menu item's text, icon and shortcut. */
public enum Theme {
    LIGHT("Light", OpenMomIcon.THEME_LIGHT, "Shortcut+Alt+L"),
    DARK("Dark", OpenMomIcon.THEME_DARK, "Shortcut+Alt+D"),
    FOLLOW_DESKTOP("Follow the Desktop", OpenMomIcon.THEME_FOLLOW, "Shortcut+Alt+F");

    private final String menuText;
    private final OpenMomIcon icon;
    private final String shortcut;

    Theme(String menuText, OpenMomIcon icon, String shortcut) {
        this.menuText = menuText;
        this.icon = icon;
        this.shortcut = shortcut;
    }

    public String menuText() {
        return menuText;
    }

    public OpenMomIcon icon() {
        return icon;
    }

    /** The same in every program (no program uses Shortcut+Alt with these letters for anything else). */
    public KeyCombination shortcut() {
        return KeyCombination.keyCombination(shortcut);
    }
}
