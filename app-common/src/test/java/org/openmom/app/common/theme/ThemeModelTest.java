package org.openmom.app.common.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmom.app.common.task.BackgroundWork;

/** View ▸ Theme without a window: the choice, what it shows, and that it is remembered. */
class ThemeModelTest {
    private final Preferences store = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());

    @AfterEach
    void forget() throws BackingStoreException {
        store.removeNode();
    }

    private ThemeModel model(DesktopColorScheme desktop) {
        return new ThemeModel(store, desktop, BackgroundWork.inCallingThread());
    }

    private static DesktopColorScheme desktopSaying(Map<String, String> settings) {
        return new DesktopColorScheme(key -> settings.getOrDefault(key, ""));
    }

    @Test
    void aFirstRunIsLight() {
        ThemeModel theme = model(desktopSaying(Map.of("color-scheme", "'prefer-dark'")));

        assertThat(theme.choiceProperty().get()).isEqualTo(Theme.LIGHT);
        assertThat(theme.appearanceProperty().get()).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void theChoiceIsKeptAcrossARestart() {
        ThemeModel firstRun = model(desktopSaying(Map.of()));
        firstRun.choiceProperty().set(Theme.DARK);
        assertThat(firstRun.appearanceProperty().get()).isEqualTo(Appearance.DARK);

        ThemeModel nextRun = model(desktopSaying(Map.of()));

        assertThat(nextRun.choiceProperty().get()).isEqualTo(Theme.DARK);
        assertThat(nextRun.appearanceProperty().get()).isEqualTo(Appearance.DARK);
    }

    @Test
    void followingTheDesktopShowsWhatItPrefers() {
        ThemeModel onDarkGnome = model(desktopSaying(Map.of("color-scheme", "'prefer-dark'")));
        onDarkGnome.choiceProperty().set(Theme.FOLLOW_DESKTOP);
        assertThat(onDarkGnome.appearanceProperty().get()).isEqualTo(Appearance.DARK);

        ThemeModel withADarkGtkTheme = model(desktopSaying(Map.of("color-scheme", "'default'", "gtk-theme", "'Adwaita-dark'")));
        assertThat(withADarkGtkTheme.choiceProperty().get()).isEqualTo(Theme.FOLLOW_DESKTOP);
        assertThat(withADarkGtkTheme.appearanceProperty().get()).isEqualTo(Appearance.DARK);

        ThemeModel whereNothingIsSaid = model(desktopSaying(Map.of()));
        assertThat(whereNothingIsSaid.appearanceProperty().get()).isEqualTo(Appearance.LIGHT);
    }

    @Test
    void anUnknownRememberedValueIsReadAsLight() {
        store.put("theme", "SOLARIZED");

        assertThat(model(desktopSaying(Map.of())).choiceProperty().get()).isEqualTo(Theme.LIGHT);
    }
}
