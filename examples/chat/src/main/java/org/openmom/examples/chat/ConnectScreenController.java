package org.openmom.examples.chat;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.address.ServerAddressFormController;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link ConnectScreenModel} in {@code ConnectScreen.fxml}. */
public final class ConnectScreenController {
    private static final String TITLE = "Connect the Chat client to an OpenMOM server";

    @FXML
    private DialogPane pane;
    @FXML
    private ButtonType connect;
    @FXML
    private Label userCaption;
    @FXML
    private TextField user;
    @FXML
    private Label userNote;
    @FXML
    private ServerAddressFormController addressController;

    /** Asks who and where; the request, or empty when the person cancels. */
    static Optional<ChatRequest> ask(Window owner, ConnectScreenModel model) {
        ConnectScreenController controller = FxmlView.<DialogPane, ConnectScreenController>load(ConnectScreenController.class)
                .controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, TITLE, OpenMomIcon.APP_CHAT, controller.pane, controller.user::requestFocus)
                .filter(controller.connect::equals).map(button -> model.request());
    }

    private void show(ConnectScreenModel model) {
        user.textProperty().bindBidirectional(model.user().valueProperty());
        FieldFeedback.show(model.user(), userCaption, user, userNote);
        addressController.show(model.address());
        pane.lookupButton(connect).disableProperty().bind(model.validProperty().not());
    }
}
