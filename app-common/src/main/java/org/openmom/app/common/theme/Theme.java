package org.openmom.app.common.theme;

/** The person's choice in View ▸ Theme. */
public enum Theme {
    LIGHT("Light"),
    DARK("Dark"),
    FOLLOW_DESKTOP("Follow the Desktop");

    private final String menuText;

    Theme(String menuText) {
        this.menuText = menuText;
    }

    public String menuText() {
        return menuText;
    }
}
