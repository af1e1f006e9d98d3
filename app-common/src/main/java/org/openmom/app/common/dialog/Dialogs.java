package org.openmom.app.common.dialog;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** The error, confirmation and save-changes dialogs, worded and laid out the same everywhere. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    /** What the person chose when asked about unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {}

    public static void showError(Window owner, String title, String message) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, title, message, ButtonType.OK);
        alert.setGraphic(Icons.view(OpenMomIcon.ERROR, IconSize.LARGE));
        alert.showAndWait();
    }

    /** Asks a yes/no question; true when the person confirms with {@code confirmText}. */
    public static boolean confirm(Window owner, String title, String message, String confirmText) {
        ButtonType confirmButton = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, title, message, confirmButton, ButtonType.CANCEL);
        alert.setGraphic(Icons.view(OpenMomIcon.WARNING, IconSize.LARGE));
        return alert.showAndWait().filter(confirmButton::equals).isPresent();
    }

    public static UnsavedChoice askToSave(Window owner, String documentName) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, "Unsaved changes",
                "Save the changes to " + documentName + "?\nWithout saving, they are lost.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.setGraphic(Icons.view(OpenMomIcon.DOCUMENT_SAVE, IconSize.LARGE));
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.filter(SAVE::equals).isPresent()) {
            return UnsavedChoice.SAVE;
        }
        return answer.filter(DONT_SAVE::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String title, String message, ButtonType... buttons) {
        Alert alert = new Alert(type, "", buttons);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = new Label(message);
        content.setWrapText(true);
        content.setId("dialog-message");
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().setMinWidth(420);
        return alert;
    }
}
