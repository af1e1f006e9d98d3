package org.openmom.app.common.address;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.openmom.app.common.form.FieldFeedback;
import org.openmom.model.ProtocolSequence;

/**
 * Shows a {@link ServerAddressModel} in {@code ServerAddressForm.fxml}. A dialog includes the
 * form ({@code <fx:include source="/org/openmom/app/common/address/ServerAddressForm.fxml"/>})
 * and hands its model to {@link #show}.
 */
public final class ServerAddressFormController {
    @FXML
    private Label serverCaption;
    @FXML
    private TextField server;
    @FXML
    private Label serverNote;
    @FXML
    private Label roleCaption;
    @FXML
    private TextField role;
    @FXML
    private Label roleNote;
    @FXML
    private Label hostCaption;
    @FXML
    private TextField host;
    @FXML
    private Label hostNote;
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
    private void initialize() {
        protocol.setConverter(new ProtocolNames());
    }

    public void show(ServerAddressModel model) {
        protocol.getItems().setAll(model.protocolChoices());
        server.textProperty().bindBidirectional(model.server().valueProperty());
        role.textProperty().bindBidirectional(model.role().valueProperty());
        host.textProperty().bindBidirectional(model.host().valueProperty());
        protocol.valueProperty().bindBidirectional(model.protocol().valueProperty());
        endpoint.textProperty().bindBidirectional(model.endpoint().valueProperty());
        host.disableProperty().bind(model.hostLockedProperty());
        FieldFeedback.show(model.server(), serverCaption, server, serverNote);
        FieldFeedback.show(model.role(), roleCaption, role, roleNote);
        FieldFeedback.show(model.host(), hostCaption, host, hostNote);
        FieldFeedback.show(model.protocol(), protocolCaption, protocol, protocolNote);
        FieldFeedback.show(model.endpoint(), endpointCaption, endpoint, endpointNote);
    }

    /** Puts the cursor in the first field. */
    public void focus() {
        server.requestFocus();
    }
}
