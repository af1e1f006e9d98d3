package org.openmom.app.common.dialog;

import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.openmom.icons.OpenMomIcon;

/**
 * A question with the program's own answers, when yes/no ({@link Dialogs#confirm}) is not enough:
 * "Stop the server / Keep it running / Cancel".
 */
public final class Question {
    private Question() {}

    /** Shows {@code text} with one button per answer; the answer clicked, empty when the dialog was closed. */
    public static Optional<ButtonType> ask(Window owner, String title, OpenMomIcon icon, String text, ButtonType... answers) {
        return MessageDialogController.show(owner, title, icon, text, answers);
    }
}
