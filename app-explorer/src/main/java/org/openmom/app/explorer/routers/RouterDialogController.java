package org.openmom.app.explorer.routers;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.address.ServerAddressFormController;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;
import org.openmom.routes.RouterKind;

/** Shows a {@link RouterDialogModel} in {@code RouterDialog.fxml}; Create stays disabled until every field is right. */
public final class RouterDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private ButtonType create;
    @FXML
    private Label nameCaption;
    @FXML
    private TextField name;
    @FXML
    private Label nameNote;
    @FXML
    private Label serviceCaption;
    @FXML
    private TextField service;
    @FXML
    private Label serviceNote;
    @FXML
    private Label eventCaption;
    @FXML
    private TextField event;
    @FXML
    private Label eventNote;
    @FXML
    private ServerAddressFormController targetController;

    /** True when the person pressed Create: the model then holds the router. */
    public static boolean ask(Window owner, RouterDialogModel model) {
        RouterDialogController controller = FxmlView.<DialogPane, RouterDialogController>load(RouterDialogController.class)
                .controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, "Create " + model.kind().displayName(), icon(model.kind()), controller.pane,
                controller.name::requestFocus).filter(controller.create::equals).isPresent();
    }

    /** The icon of the action that creates a router of {@code kind}. */
    private static OpenMomIcon icon(RouterKind kind) {
        switch (kind) {
            case SERVICE:
                return OpenMomIcon.CREATE_SERVICE_ROUTER;
            case EVENT:
                return OpenMomIcon.CREATE_EVENT_ROUTER;
            default:
                return OpenMomIcon.CREATE_SERVER_ROUTER;
        }
    }

    private void show(RouterDialogModel model) {
        pane.setHeaderText("Create " + model.kind().displayName() + " on " + model.serverLabel());
        name.textProperty().bindBidirectional(model.name().valueProperty());
        service.textProperty().bindBidirectional(model.service().valueProperty());
        event.textProperty().bindBidirectional(model.event().valueProperty());
        FieldFeedback.show(model.name(), nameCaption, name, nameNote);
        FieldFeedback.show(model.service(), serviceCaption, service, serviceNote);
        FieldFeedback.show(model.event(), eventCaption, event, eventNote);
        showOnlyIf(model.asksService(), serviceCaption, service, serviceNote);
        showOnlyIf(model.asksEvent(), eventCaption, event, eventNote);
        targetController.show(model.target());
        pane.lookupButton(create).disableProperty().bind(model.validProperty().not());
    }

    private static void showOnlyIf(boolean asked, Node... nodes) {
        for (Node node : List.of(nodes)) {
            node.setVisible(asked);
            node.setManaged(asked);
        }
    }
}
