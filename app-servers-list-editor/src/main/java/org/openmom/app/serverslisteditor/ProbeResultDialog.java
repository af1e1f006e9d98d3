package org.openmom.app.serverslisteditor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** What a test of a declaration found: the servers answering, and the places that failed. */
final class ProbeResultDialog {
    private ProbeResultDialog() {}

    static void show(Window owner, DeclarationProbe.Report report) {
        Alert alert = new Alert(report.answering().isEmpty() ? Alert.AlertType.WARNING : Alert.AlertType.INFORMATION,
                "", ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle("Test of a server declaration");
        alert.setHeaderText(report.declaration().networkAddress() + " " + report.declaration().protocol() + " "
                + report.declaration().endpoint() + " " + report.declaration().serverName().replace(' ', '+') + " "
                + report.declaration().serverRole() + "\n" + report.summary());
        alert.setGraphic(Icons.view(OpenMomIcon.PROBE, IconSize.LARGE));
        ListView<String> lines = new ListView<>();
        lines.setId("probe-results");
        report.answering().forEach(server -> lines.getItems().add("answers: " + server));
        report.failures().forEach(failure -> lines.getItems().add("failed: " + failure));
        lines.setPrefHeight(Math.min(240, 28 + 24 * Math.max(1, lines.getItems().size())));
        lines.setPlaceholder(new Label("Nothing runs at the automatic endpoints of this declaration."));
        VBox content = new VBox(6, lines);
        content.setPrefWidth(560);
        alert.getDialogPane().setContent(content);
        AppShell.applyTheme(alert.getDialogPane().getScene());
        alert.showAndWait();
    }
}
