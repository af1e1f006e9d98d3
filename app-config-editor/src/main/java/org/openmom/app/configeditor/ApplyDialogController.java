package org.openmom.app.configeditor;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** Shows an {@link ApplyModel} in {@code ApplyDialog.fxml}. */
public final class ApplyDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private ComboBox<String> server;
    @FXML
    private PasswordField secret;
    @FXML
    private Button check;
    @FXML
    private Button apply;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private ListView<String> changes;
    @FXML
    private Label message;
    private ApplyModel model;

    static void show(Window owner, ApplyModel model) {
        ApplyDialogController controller = FxmlView.<DialogPane, ApplyDialogController>load(ApplyDialogController.class).controller();
        controller.bind(model);
        FxmlDialog.showAndWait(owner, "Apply to a running server", OpenMomIcon.LIVE, controller.pane, () -> {
            controller.server.requestFocus();
            model.findLocalServers();
        });
    }

    private void bind(ApplyModel applyModel) {
        this.model = applyModel;
        server.setItems(applyModel.servers());
        server.getEditor().textProperty().bindBidirectional(applyModel.addressProperty());
        server.valueProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                applyModel.addressProperty().set(chosen);
            }
        });
        secret.textProperty().bindBidirectional(applyModel.secretProperty());
        changes.setItems(applyModel.changes());
        message.textProperty().bind(applyModel.messageProperty());
        apply.disableProperty().bind(applyModel.canApplyProperty().not());
        check.disableProperty().bind(applyModel.busyProperty());
        busy.visibleProperty().bind(applyModel.busyProperty());
    }

    @FXML
    private void check() {
        model.check();
    }

    @FXML
    private void apply() {
        model.apply();
    }
}
