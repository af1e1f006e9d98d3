package org.openmom.app.explorer.connect;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.form.ValidatedForm;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;
import org.openmom.model.ProtocolSequence;

/** The guide's "Connect a set of OpenMOM servers" dialog, its fields checked as they are typed. */
public final class ConnectDialog extends Dialog<ConnectRequest> {
    public static final String TITLE = "Connect to OpenMOM servers";

    private final ValidatedForm form = new ValidatedForm();
    private final TextField server = form.addTextField("Server", "connect-server",
            "The name of the server(s) to connect to. * acts as a wildcard.");
    private final TextField role = form.addTextField("Role", "connect-role",
            "The role of the server(s). 0 or blank act as a wildcard.");
    private final TextField host = form.addTextField("Host", "connect-host",
            "The computer the servers run on. * uses the Servers List entries for ADMIN; the other fields then filter them.");
    private final ComboBox<ProtocolSequence> protocol = form.addComboBox("Protocol Sequence", "connect-protocol",
            List.of(ProtocolSequence.ALL, ProtocolSequence.TCP, ProtocolSequence.LOCAL), ProtocolSequence::displayName,
            "Blank (All): with a Host, the possible protocols are tried; with *, those of the Servers List.");
    private final TextField endpoint = form.addTextField("End Point", "connect-endpoint",
            "A TCP port or local name. Leave it blank and a correct value is found automatically.");
    private final TextField secret = form.addPasswordField("Admin secret", "connect-secret",
            "Needed over TCP: the secret the server was given with --admin-secret-file. The local protocol needs none.");
    private final Map<ConnectFields.Field, Control> controls = new EnumMap<>(ConnectFields.Field.class);

    public ConnectDialog(Window owner, ConnectRequest initial) {
        initOwner(owner);
        setTitle(TITLE);
        setHeaderText("Connect to every server matching these fields");
        setGraphic(Icons.view(OpenMomIcon.CONNECT, IconSize.LARGE));
        getDialogPane().setContent(form);
        ButtonType connect = new ButtonType("Connect", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(connect, ButtonType.CANCEL);
        AppShell.applyTheme(getDialogPane().getScene());
        controls.put(ConnectFields.Field.SERVER, server);
        controls.put(ConnectFields.Field.ROLE, role);
        controls.put(ConnectFields.Field.HOST, host);
        controls.put(ConnectFields.Field.PROTOCOL, protocol);
        controls.put(ConnectFields.Field.END_POINT, endpoint);
        ConnectFields fields = ConnectFields.of(initial);
        server.setText(fields.server());
        role.setText(fields.role());
        host.setText(fields.host());
        protocol.setValue(fields.protocol());
        endpoint.setText(fields.endpoint());
        secret.setText(fields.secret());
        for (TextField field : List.of(server, role, host, endpoint)) {
            field.textProperty().addListener((o, a, b) -> validate());
        }
        protocol.valueProperty().addListener((o, a, b) -> validate());
        validate();
        getDialogPane().lookupButton(connect).disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == connect ? fields().toRequest() : null);
        Platform.runLater(server::requestFocus);
    }

    private ConnectFields fields() {
        return new ConnectFields(server.getText(), role.getText(), host.getText(), protocol.getValue(), endpoint.getText(),
                secret.getText());
    }

    private void validate() {
        Map<Control, String> messages = new HashMap<>();
        fields().problems().forEach((field, message) -> messages.put(controls.get(field), message));
        form.showProblems(messages);
    }
}
