package org.openmom.app.explorer.send;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** Shows a {@link TestMessageModel} in {@code TestMessageDialog.fxml}. */
public final class TestMessageDialogController {
    private static final String TITLE = "Send test message";

    @FXML
    private DialogPane pane;
    @FXML
    private ButtonType send;
    @FXML
    private Label serviceCaption;
    @FXML
    private TextField service;
    @FXML
    private Label serviceNote;
    @FXML
    private Label userCaption;
    @FXML
    private TextField user;
    @FXML
    private Label userNote;
    @FXML
    private Label eventCaption;
    @FXML
    private TextField event;
    @FXML
    private Label eventNote;
    @FXML
    private Label propertiesCaption;
    @FXML
    private TextArea properties;
    @FXML
    private Label propertiesNote;
    @FXML
    private TextArea body;
    @FXML
    private CheckBox persistent;

    /** Asks for the message to post; empty when the person cancels. */
    public static Optional<TestMessage> ask(Window owner, TestMessageModel model) {
        TestMessageDialogController controller = FxmlView.<DialogPane, TestMessageDialogController>load(
                TestMessageDialogController.class).controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, TITLE, OpenMomIcon.SEND_TEST_MESSAGE, controller.pane, controller.service::requestFocus)
                .filter(controller.send::equals).map(button -> model.value());
    }

    private void show(TestMessageModel model) {
        pane.setHeaderText("Post a message on " + model.serverLabel() + " as the administration service");
        service.textProperty().bindBidirectional(model.service().valueProperty());
        user.textProperty().bindBidirectional(model.user().valueProperty());
        event.textProperty().bindBidirectional(model.event().valueProperty());
        properties.textProperty().bindBidirectional(model.properties().valueProperty());
        body.textProperty().bindBidirectional(model.bodyProperty());
        persistent.selectedProperty().bindBidirectional(model.persistentProperty());
        FieldFeedback.show(model.service(), serviceCaption, service, serviceNote);
        FieldFeedback.show(model.user(), userCaption, user, userNote);
        FieldFeedback.show(model.event(), eventCaption, event, eventNote);
        FieldFeedback.show(model.properties(), propertiesCaption, properties, propertiesNote);
        pane.lookupButton(send).disableProperty().bind(model.validProperty().not());
    }
}
