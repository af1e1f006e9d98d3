package org.openmom.app.explorer.transfer;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;
import org.openmom.model.ServiceUser;

/** Shows a {@link TargetDialogModel} in {@code TargetDialog.fxml}. */
public final class TargetDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private ButtonType ok;
    @FXML
    private Label targetCaption;
    @FXML
    private TextField target;
    @FXML
    private Label targetNote;

    /** Asks where the messages go; empty when the person cancels. */
    public static Optional<ServiceUser> ask(Window owner, String title, OpenMomIcon icon, String button, TargetDialogModel model) {
        TargetDialogController controller = FxmlView.<DialogPane, TargetDialogController>load(TargetDialogController.class).controller();
        controller.show(model, button);
        return FxmlDialog.showAndWait(owner, title, icon, controller.pane, controller.target::requestFocus)
                .filter(controller.ok::equals).map(b -> model.value());
    }

    private void show(TargetDialogModel model, String button) {
        pane.setHeaderText(model.question());
        ((javafx.scene.control.Button) pane.lookupButton(ok)).setText(button);
        target.textProperty().bindBidirectional(model.target().valueProperty());
        FieldFeedback.show(model.target(), targetCaption, target, targetNote);
        pane.lookupButton(ok).disableProperty().bind(model.validProperty().not());
    }
}
