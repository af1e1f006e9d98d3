package org.openmom.app.serverslisteditor;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.openmom.app.common.address.ServerAddressFormController;
import org.openmom.app.common.address.ServerAddressModel;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;
import org.openmom.model.ServerLocator;

/**
 * {@code DeclarationDialog.fxml}: a server declaration in the common server-address form,
 * checked as it is typed by the rules the file is checked with; OK stays disabled until it is valid.
 */
public final class DeclarationDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private ServerAddressFormController addressController;

    /** The declaration as edited, or empty when the person cancels. */
    static Optional<ServerLocator> ask(Window owner, String title, ServerAddressModel model) {
        DeclarationDialogController controller = FxmlView.<DialogPane, DeclarationDialogController>load(
                DeclarationDialogController.class).controller();
        controller.pane.setHeaderText(title);
        controller.addressController.show(model);
        controller.pane.lookupButton(ButtonType.OK).disableProperty().bind(model.validProperty().not());
        return FxmlDialog.showAndWait(owner, title, OpenMomIcon.DECLARATION, controller.pane, controller.addressController::focus)
                .filter(ButtonType.OK::equals).map(button -> model.value());
    }
}
