package org.openmom.app.server;

import java.util.List;
import java.util.Map;
import javafx.beans.value.ObservableBooleanValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.address.ProtocolNames;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.model.ProtocolSequence;

/** Shows a {@link ServerPropertiesModel} in {@code ServerPropertiesForm.fxml}; the fields are locked while a server runs. */
public final class ServerPropertiesFormController {
    @FXML
    private Label protocolCaption;
    @FXML
    private ComboBox<ProtocolSequence> protocol;
    @FXML
    private Label protocolNote;
    @FXML
    private Label endpointCaption;
    @FXML
    private TextField endpoint;
    @FXML
    private Label endpointNote;
    @FXML
    private Label configCaption;
    @FXML
    private TextField config;
    @FXML
    private Button chooseConfig;
    @FXML
    private Label configNote;
    @FXML
    private Label nameCaption;
    @FXML
    private TextField name;
    @FXML
    private Label nameNote;
    @FXML
    private Label roleCaption;
    @FXML
    private TextField role;
    @FXML
    private Label roleNote;
    @FXML
    private Label routesCaption;
    @FXML
    private TextField routes;
    @FXML
    private Button chooseRoutes;
    @FXML
    private Label routesNote;

    @FXML
    private void initialize() {
        protocol.setConverter(new ProtocolNames());
    }

    /**
     * @param editable whether the properties may change now (no server runs)
     */
    void show(ServerPropertiesModel model, Map<String, Action> actions, ObservableBooleanValue editable) {
        protocol.getItems().setAll(model.protocolChoices());
        protocol.valueProperty().bindBidirectional(model.protocol().valueProperty());
        endpoint.textProperty().bindBidirectional(model.endpoint().valueProperty());
        config.textProperty().bindBidirectional(model.configFile().valueProperty());
        name.textProperty().bindBidirectional(model.serverName().valueProperty());
        role.textProperty().bindBidirectional(model.serverRole().valueProperty());
        routes.textProperty().bindBidirectional(model.routesFile().valueProperty());
        FieldFeedback.show(model.protocol(), protocolCaption, protocol, protocolNote);
        FieldFeedback.show(model.endpoint(), endpointCaption, endpoint, endpointNote);
        FieldFeedback.show(model.configFile(), configCaption, config, configNote);
        FieldFeedback.show(model.serverName(), nameCaption, name, nameNote);
        FieldFeedback.show(model.serverRole(), roleCaption, role, roleNote);
        FieldFeedback.show(model.routesFile(), routesCaption, routes, routesNote);
        for (Control field : List.<Control>of(protocol, endpoint, config, name, role, routes)) {
            field.disableProperty().bind(javafx.beans.binding.Bindings.not(editable));
        }
        for (Button choose : List.of(chooseConfig, chooseRoutes)) {
            ActionUtils.configureButton(actions.get(choose.getUserData().toString()), choose, ActionUtils.ActionTextBehavior.HIDE);
            choose.setFocusTraversable(false);
        }
    }
}
