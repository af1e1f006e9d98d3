package org.openmom.app.common.shell;

import java.util.Arrays;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** What every OpenMOM window shares: the program's icon in every size and the one theme. */
public final class AppShell {
    private static final String THEME = "/org/openmom/app/common/openmom.css";

    private AppShell() {}

    public static void decorate(Stage stage, OpenMomIcon programIcon) {
        stage.getIcons().setAll(Arrays.stream(IconSize.values()).map(size -> Icons.image(programIcon, size)).toList());
        if (stage.getScene() != null) {
            applyTheme(stage.getScene());
        }
    }

    public static void applyTheme(Scene scene) {
        String theme = AppShell.class.getResource(THEME).toExternalForm();
        if (!scene.getStylesheets().contains(theme)) {
            scene.getStylesheets().add(theme);
        }
    }
}
