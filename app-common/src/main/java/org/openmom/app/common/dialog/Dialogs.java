package org.openmom.app.common.dialog;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.openmom.icons.OpenMomIcon;

/** The error, confirmation and save-changes dialogs, worded and laid out the same everywhere. */
public final class Dialogs {
    public static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    public static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);

    /** What the person chose when asked about unsaved changes. */
    public enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    private Dialogs() {}

    public static void showError(Window owner, String title, String message) {
        MessageDialogController.show(owner, title, OpenMomIcon.ERROR, message, ButtonType.OK);
    }

    /** Asks a yes/no question; true when the person confirms with {@code confirmText}. */
    public static boolean confirm(Window owner, String title, String message, String confirmText) {
        ButtonType confirmButton = new ButtonType(confirmText, ButtonBar.ButtonData.OK_DONE);
        return MessageDialogController.show(owner, title, OpenMomIcon.WARNING, message, confirmButton, ButtonType.CANCEL)
                .filter(confirmButton::equals).isPresent();
    }

    public static UnsavedChoice askToSave(Window owner, String documentName) {
        Optional<ButtonType> answer = MessageDialogController.show(owner, "Unsaved changes",
                OpenMomIcon.DOCUMENT_SAVE, "Save the changes to " + documentName + "?\nWithout saving, they are lost.",
                SAVE, DONT_SAVE, ButtonType.CANCEL);
        if (answer.filter(SAVE::equals).isPresent()) {
            return UnsavedChoice.SAVE;
        }
        return answer.filter(DONT_SAVE::equals).isPresent() ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }
}
