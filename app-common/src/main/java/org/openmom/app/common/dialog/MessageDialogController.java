package org.openmom.app.common.dialog;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Window;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** {@code MessageDialog.fxml}: a question or a report in one message, with its icon and buttons ({@link Dialogs} words them). */
public final class MessageDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private Label message;

    /** @return the button pressed; empty when the dialog was closed otherwise */
    static Optional<ButtonType> show(Window owner, String title, OpenMomIcon icon, String text, ButtonType... buttons) {
        MessageDialogController controller = FxmlView.<DialogPane, MessageDialogController>load(MessageDialogController.class)
                .controller();
        controller.pane.setHeaderText(title);
        controller.message.setText(text);
        controller.pane.getButtonTypes().setAll(buttons);
        return FxmlDialog.showAndWait(owner, title, icon, controller.pane, () -> { });
    }
}
