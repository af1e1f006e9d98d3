package org.openmom.icons;

/** The sizes every icon is rendered in, in pixels. */
public enum IconSize {
    /** Menus, tree nodes, small toolbar buttons. */
    SMALL(16),
    /** Toolbar buttons. */
    TOOLBAR(24),
    MEDIUM(32),
    /** Dialog headers. */
    LARGE(48),
    /** Window icons, about box. */
    HUGE(128),
    /** Desktop menu entries. */
    DESKTOP(256);

    private final int pixels;

    IconSize(int pixels) {
        this.pixels = pixels;
    }

    public int pixels() {
        return pixels;
    }
}
