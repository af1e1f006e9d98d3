package org.openmom.app.common.theme;

import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.openmom.app.common.task.BackgroundWork;

/**
 * Puts a {@link ThemeModel}'s appearance on every window of the program, those open and those
 * still to come (dialogs included): AtlantaFX's stylesheet for all controls, then each scene's
 * {@code openmom.css} and the appearance's layer. Menus, tooltips and other popups take the
 * style of the window they belong to. Used on the FX thread only.
 */
public final class ThemeStyles {
    private static final String COMMON = "/org/openmom/app/common/openmom.css";
    /** Where the person's choice is kept: one for all the OpenMOM programs. */
    private static final String PREFERENCES_NODE = "org/openmom/desktop";

    private static final ChangeListener<Appearance> SHOW = (o, before, now) -> show(now);
    private static ThemeModel userTheme;
    private static ThemeModel followed;
    private static Appearance shown = Appearance.LIGHT;
    private static boolean watchingWindows;

    private ThemeStyles() {}

    /** The person's theme, read from their preferences and followed by every window from the first call on. */
    public static ThemeModel userTheme() {
        if (userTheme == null) {
            userTheme = new ThemeModel(Preferences.userRoot().node(PREFERENCES_NODE), DesktopColorScheme.ofThisDesktop(),
                    BackgroundWork.forJavaFx());
            follow(userTheme);
        }
        return userTheme;
    }

    /** Every window, now and later, shows {@code model}'s appearance (instead of the one followed before). */
    public static void follow(ThemeModel model) {
        if (followed != null) {
            followed.appearanceProperty().removeListener(SHOW);
        }
        followed = model;
        model.appearanceProperty().addListener(SHOW);
        watchWindows();
        show(model.appearanceProperty().get());
    }

    /** Gives {@code scene} the common stylesheet and the current appearance's layer. */
    public static void applyTo(Scene scene) {
        if (followed == null) {
            userTheme();
        }
        String common = ThemeStyles.class.getResource(COMMON).toExternalForm();
        for (Appearance appearance : Appearance.values()) {
            scene.getStylesheets().remove(appearance.layerStylesheet());
        }
        if (!scene.getStylesheets().contains(common)) {
            scene.getStylesheets().add(0, common);
        }
        scene.getStylesheets().add(scene.getStylesheets().indexOf(common) + 1, shown.layerStylesheet());
    }

    private static void show(Appearance appearance) {
        shown = appearance;
        Application.setUserAgentStylesheet(appearance.baseStylesheet());
        for (Window window : Window.getWindows()) {
            applyToWindow(window);
        }
    }

    private static void watchWindows() {
        if (watchingWindows) {
            return;
        }
        watchingWindows = true;
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ThemeStyles::applyToWindow);
            }
        });
    }

    private static void applyToWindow(Window window) {
        if (!(window instanceof PopupWindow) && window.getScene() != null) {
            applyTo(window.getScene());
        }
    }
}
