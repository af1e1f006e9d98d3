package org.openmom.app.common.document;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.app.common.shell.AppShell;
import org.openmom.icons.OpenMomIcon;

/** The main window of an editor of one document, dressed the same way in every editor. */
public final class EditorWindow {
    private EditorWindow() {
    }

    /**
     * Puts {@code root} in {@code stage} under the document's title (its name, a star while it
     * has unsaved changes), with the program's icon and the theme; closing the window asks first
     * about unsaved changes.
     */
    public static void dress(Stage stage, Parent root, DocumentController<?> document, OpenMomIcon programIcon) {
        stage.setScene(new Scene(root));
        stage.titleProperty().bind(document.titleProperty());
        AppShell.decorate(stage, programIcon);
        document.guardClosing(stage);
    }
}
