package org.openmom.app.configeditor;

import java.io.File;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link TryModel} in {@code TryDialog.fxml}. */
public final class TryDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private TextField service;
    @FXML
    private TextField user;
    @FXML
    private TextField event;
    @FXML
    private TextArea body;
    @FXML
    private Button run;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private ListView<String> outcome;
    private TryModel model;

    static void show(Window owner, TryModel model) {
        TryDialogController controller = FxmlView.<DialogPane, TryDialogController>load(TryDialogController.class).controller();
        controller.bind(model);
        FxmlDialog.showAndWait(owner, model.title(), OpenMomIcon.SEND_TEST_MESSAGE, controller.pane, controller.service::requestFocus);
    }

    private void bind(TryModel tryModel) {
        this.model = tryModel;
        pane.setHeaderText(tryModel.title() + "\n" + tryModel.reflex().toLine());
        service.textProperty().bindBidirectional(tryModel.serviceProperty());
        user.textProperty().bindBidirectional(tryModel.userProperty());
        event.textProperty().bindBidirectional(tryModel.eventProperty());
        body.textProperty().bindBidirectional(tryModel.bodyProperty());
        outcome.setItems(tryModel.outcome());
        run.disableProperty().bind(tryModel.busyProperty());
        busy.visibleProperty().bind(tryModel.busyProperty());
    }

    @FXML
    private void run() {
        model.run();
    }

    @FXML
    private void loadBody() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Load the sample's body");
        Optional.ofNullable(chooser.showOpenDialog(pane.getScene().getWindow())).map(File::toPath).ifPresent(model::loadBody);
    }
}
