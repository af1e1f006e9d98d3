package org.openmom.app.explorer.connect;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;
import org.openmom.app.common.address.ServerAddressFormController;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link ConnectDialogModel} in {@code ConnectDialog.fxml}. */
public final class ConnectDialogController {
    private static final String TITLE = "Connect to OpenMOM servers";

    @FXML
    private DialogPane pane;
    @FXML
    private ButtonType connect;
    @FXML
    private ServerAddressFormController addressController;
    @FXML
    private Label secretCaption;
    @FXML
    private PasswordField secret;
    @FXML
    private Label secretNote;
    @FXML
    private CheckBox readOnly;

    /** Asks which servers to connect to; the request, or empty when the person cancels. */
    public static Optional<ConnectRequest> ask(Window owner, ConnectDialogModel model) {
        ConnectDialogController controller = FxmlView.<DialogPane, ConnectDialogController>load(ConnectDialogController.class)
                .controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, TITLE, OpenMomIcon.CONNECT, controller.pane, controller.addressController::focus)
                .filter(controller.connect::equals).map(button -> model.request());
    }

    private void show(ConnectDialogModel model) {
        addressController.show(model.address());
        secret.textProperty().bindBidirectional(model.secret().valueProperty());
        FieldFeedback.show(model.secret(), secretCaption, secret, secretNote);
        readOnly.selectedProperty().bindBidirectional(model.readOnlyProperty());
        pane.lookupButton(connect).disableProperty().bind(model.validProperty().not());
    }
}
