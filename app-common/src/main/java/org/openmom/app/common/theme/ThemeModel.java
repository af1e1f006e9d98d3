package org.openmom.app.common.theme;

import java.util.prefs.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.openmom.app.common.task.BackgroundWork;

/**
 * View ▸ Theme without its menu: the person's choice, remembered in their preferences (written
 * in the background by {@link Preferences}, as the recent files are), and the appearance it
 * gives — for "follow the desktop", what the desktop prefers, asked off the FX thread.
 */
public final class ThemeModel {
    private static final String KEY = "theme";

    private final Preferences store;
    private final DesktopColorScheme desktop;
    private final BackgroundWork background;
    private final ObjectProperty<Theme> choice = new SimpleObjectProperty<>(this, "choice");
    private final ReadOnlyObjectWrapper<Appearance> appearance = new ReadOnlyObjectWrapper<>(this, "appearance", Appearance.LIGHT);

    public ThemeModel(Preferences store, DesktopColorScheme desktop, BackgroundWork background) {
        this.store = store;
        this.desktop = desktop;
        this.background = background;
        choice.set(remembered());
        choice.addListener((o, before, now) -> {
            store.put(KEY, now.name());
            showChoice();
        });
        showChoice();
    }

    /** The choice of View ▸ Theme; setting it switches every window and is remembered. */
    public ObjectProperty<Theme> choiceProperty() {
        return choice;
    }

    /** What the windows show: light or dark. */
    public ReadOnlyObjectProperty<Appearance> appearanceProperty() {
        return appearance.getReadOnlyProperty();
    }

    private Theme remembered() {
        String name = store.get(KEY, Theme.LIGHT.name());
        for (Theme theme : Theme.values()) {
            if (theme.name().equals(name)) {
                return theme;
            }
        }
        return Theme.LIGHT;
    }

    private void showChoice() {
        switch (choice.get()) {
            case LIGHT -> appearance.set(Appearance.LIGHT);
            case DARK -> appearance.set(Appearance.DARK);
            case FOLLOW_DESKTOP -> background.run(desktop::preferred, preferred -> {
                // the person may have chosen again while the desktop was asked
                if (choice.get() == Theme.FOLLOW_DESKTOP) {
                    appearance.set(preferred);
                }
            }, error -> appearance.set(Appearance.LIGHT));
        }
    }
}
