package org.openmom.app.common.dialog;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** Shows a dialog pane read from FXML as a modal dialog over the program's window, in the theme, with its icon. */
public final class FxmlDialog {
    private FxmlDialog() {}

    /**
     * @param icon      shown large beside the header (set here, not in the FXML file, so the file needs no icon jar to open)
     * @param whenShown runs once the dialog is up (e.g. puts the cursor in the first field)
     * @return the button the person pressed; empty when the dialog was closed otherwise
     */
    public static Optional<ButtonType> showAndWait(Window owner, String title, OpenMomIcon icon, DialogPane pane, Runnable whenShown) {
        pane.setGraphic(Icons.view(icon, IconSize.LARGE));
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setDialogPane(pane);
        AppShell.applyTheme(pane.getScene());
        Platform.runLater(whenShown);
        return dialog.showAndWait();
    }
}
