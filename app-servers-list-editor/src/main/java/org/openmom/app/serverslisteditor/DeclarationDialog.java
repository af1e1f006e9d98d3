package org.openmom.app.serverslisteditor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextField;
import javafx.stage.Window;
import org.openmom.app.common.form.ValidatedForm;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.fileformat.ElementRef;
import org.openmom.fileformat.Finding;
import org.openmom.fileformat.ServerLocatorRules;
import org.openmom.fileformat.ServerLocatorRules.FieldPositions;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;

/**
 * The guide's server declaration fields with its rules, checked as they are typed by the same
 * rules the file is checked with: OK stays disabled until the declaration is valid.
 */
final class DeclarationDialog extends Dialog<ServerLocator> {
    private static final FieldPositions FIELDS = new FieldPositions(0, 1, 2, 3, 4);

    private final ValidatedForm form = new ValidatedForm();
    private final TextField networkAddress = form.addTextField("Network Address", "network-address",
            "The name or address of the computer the server runs on; * for the Local protocol.");
    private final ComboBox<ProtocolSequence> protocol = form.addComboBox("Protocol Sequence", "protocol",
            Arrays.asList(ProtocolSequence.values()), ProtocolSequence::displayName,
            "Set it: \"All available protocols\" can make connecting take a long time.");
    private final TextField endpoint = form.addTextField("End Point", "endpoint",
            "A port for TCP/IP, a name for Local; * finds the server's endpoint automatically.");
    private final TextField serverName = form.addTextField("Server Name", "server-name",
            "The server wanted; * for any.");
    private final TextField serverRole = form.addTextField("Server Role", "server-role",
            "The server's role, a number ≥ 1; * for any.");
    private final List<Control> byField = List.of(networkAddress, protocol, endpoint, serverName, serverRole);

    DeclarationDialog(Window owner, String title, ServerLocator initial) {
        initOwner(owner);
        setTitle(title);
        setHeaderText(title);
        setGraphic(Icons.view(OpenMomIcon.DECLARATION, IconSize.LARGE));
        getDialogPane().setContent(form);
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        AppShell.applyTheme(getDialogPane().getScene());
        networkAddress.setText(initial.networkAddress());
        protocol.setValue(initial.protocolSequence().orElse(null));
        endpoint.setText(initial.endpoint());
        serverName.setText(initial.serverName());
        serverRole.setText(initial.serverRole());
        protocol.valueProperty().addListener((o, before, now) -> forceLocalAddress(before, now));
        forceLocalAddress(null, protocol.getValue());
        List.of(networkAddress, endpoint, serverName, serverRole).forEach(f -> f.textProperty().addListener((o, a, b) -> validate()));
        protocol.valueProperty().addListener((o, a, b) -> validate());
        validate();
        getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == ButtonType.OK ? locator() : null);
        Platform.runLater(networkAddress::requestFocus);
    }

    /** The Local protocol has no network address: the field shows * and cannot be changed. */
    private void forceLocalAddress(ProtocolSequence before, ProtocolSequence now) {
        boolean local = now == ProtocolSequence.LOCAL;
        if (local) {
            networkAddress.setText(ServerLocator.ANY);
        } else if (before == ProtocolSequence.LOCAL && ServerLocator.ANY.equals(networkAddress.getText())) {
            networkAddress.clear();
        }
        networkAddress.setDisable(local);
    }

    private ServerLocator locator() {
        ProtocolSequence chosen = protocol.getValue();
        return new ServerLocator(networkAddress.getText().strip(), chosen == null ? "" : chosen.fileName(),
                endpoint.getText().strip(), serverName.getText().strip(), serverRole.getText().strip());
    }

    private void validate() {
        List<Finding> findings = new ArrayList<>();
        ServerLocatorRules.check(locator(), ElementRef.of(0), FIELDS, findings);
        Map<Control, String> messages = new HashMap<>();
        if (protocol.getValue() == null) {
            messages.put(protocol, "choose a protocol sequence");
        }
        for (Finding finding : findings) {
            messages.putIfAbsent(byField.get(finding.field()), finding.message() + " — " + finding.fix());
        }
        form.showProblems(messages);
    }
}
