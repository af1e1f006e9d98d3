package org.openmom.app.serverslisteditor;

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

/** Shows an {@link EntryDialogModel} in {@code EntryDialog.fxml}. */
public final class EntryDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private Label serviceNameCaption;
    @FXML
    private TextField serviceName;
    @FXML
    private Label serviceNameNote;
    @FXML
    private Label userNameCaption;
    @FXML
    private TextField userName;
    @FXML
    private Label userNameNote;

    /** The names typed, or empty when the person cancels. */
    static Optional<EntryNames> ask(Window owner, EntryDialogModel model) {
        EntryDialogController controller = FxmlView.<DialogPane, EntryDialogController>load(EntryDialogController.class).controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, model.title(), OpenMomIcon.ENTRY, controller.pane, controller.serviceName::requestFocus)
                .filter(ButtonType.OK::equals).map(button -> model.value());
    }

    private void show(EntryDialogModel model) {
        pane.setHeaderText(model.title());
        serviceName.textProperty().bindBidirectional(model.serviceName().valueProperty());
        userName.textProperty().bindBidirectional(model.userName().valueProperty());
        FieldFeedback.show(model.serviceName(), serviceNameCaption, serviceName, serviceNameNote);
        FieldFeedback.show(model.userName(), userNameCaption, userName, userNameNote);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(model.validProperty().not());
    }
}
