package org.openmom.app.common.shell;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.app.common.theme.ThemeStyles;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** What every OpenMOM window shares: the program's icon in every size and the one theme, light or dark. */
public final class AppShell {
    private AppShell() {}

    public static void decorate(Stage stage, OpenMomIcon programIcon) {
        stage.getIcons().setAll(Arrays.stream(IconSize.values()).map(size -> Icons.image(programIcon, size)).toList());
        if (stage.getScene() != null) {
            applyTheme(stage.getScene());
        }
    }

    /** The person's theme (View ▸ Theme), light or dark: see {@link ThemeStyles}. */
    public static void applyTheme(Scene scene) {
        ThemeStyles.applyTo(scene);
    }
}
