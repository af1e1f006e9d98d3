package org.openmom.app.configeditor;

import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.config.ReflexDeclaration;

/** Shows a {@link ReflexDialogModel} in {@code ReflexDialog.fxml}. */
public final class ReflexDialogController {
    @FXML
    private DialogPane pane;
    @FXML
    private Label serviceNameCaption;
    @FXML
    private TextField serviceName;
    @FXML
    private Label serviceNameNote;
    @FXML
    private Label dllPathCaption;
    @FXML
    private TextField dllPath;
    @FXML
    private Button browse;
    @FXML
    private Label dllPathNote;
    @FXML
    private Label keyCaption;
    @FXML
    private TextField key;
    @FXML
    private Label keyNote;
    @FXML
    private Label valueCaption;
    @FXML
    private ComboBox<String> value;
    @FXML
    private Label valueNote;
    private ReflexDialogModel model;

    /** The reflex as filled in, or empty when the person cancels. */
    static Optional<ReflexDeclaration> ask(Window owner, ReflexDialogModel model) {
        ReflexDialogController controller = FxmlView.<DialogPane, ReflexDialogController>load(ReflexDialogController.class).controller();
        controller.show(model);
        return FxmlDialog.showAndWait(owner, model.title(), KindIcons.of(model.kind()), controller.pane,
                controller.serviceName::requestFocus).filter(ButtonType.OK::equals).map(button -> model.reflex());
    }

    private void show(ReflexDialogModel dialog) {
        this.model = dialog;
        pane.setHeaderText(dialog.title());
        serviceName.textProperty().bindBidirectional(dialog.serviceName().valueProperty());
        dllPath.textProperty().bindBidirectional(dialog.dllPath().valueProperty());
        key.textProperty().bindBidirectional(dialog.key().valueProperty());
        value.setItems(dialog.valueChoices());
        value.getEditor().textProperty().bindBidirectional(dialog.value().valueProperty());
        value.valueProperty().addListener((o, before, chosen) -> {
            if (chosen != null) {
                dialog.value().set(chosen);
            }
        });
        boolean runsCode = dialog.kind().runsCode();
        browse.setDisable(!runsCode); // it chooses jars
        dllPath.setEditable(runsCode || !dialog.kind().isReflex()); // a Logging Service's is builtin; an Activation's is its program
        FieldFeedback.show(dialog.serviceName(), serviceNameCaption, serviceName, serviceNameNote);
        FieldFeedback.show(dialog.dllPath(), dllPathCaption, dllPath, dllPathNote);
        FieldFeedback.show(dialog.key(), keyCaption, key, keyNote);
        FieldFeedback.show(dialog.value(), valueCaption, value, valueNote);
        pane.lookupButton(ButtonType.OK).disableProperty().bind(dialog.validProperty().not());
    }

    @FXML
    private void browse() {
        model.chooseJar();
    }
}
