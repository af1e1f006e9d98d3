package org.openmom.app.serverslisteditor;

import javafx.fxml.FXML;
import javafx.scene.control.DialogPane;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.openmom.app.common.dialog.FxmlDialog;
import org.openmom.app.common.list.WrappingCell;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.icons.OpenMomIcon;

/** {@code ProbeReportDialog.fxml}: what a test of a declaration found, the servers answering and the places that failed. */
public final class ProbeReportDialogController {
    private static final String TITLE = "Test of a server declaration";
    private static final double ROW_HEIGHT = 24;
    private static final double MAX_HEIGHT = 240;

    @FXML
    private DialogPane pane;
    @FXML
    private ListView<String> lines;

    static void show(Window owner, DeclarationProbe.Report report) {
        ProbeReportDialogController controller = FxmlView.<DialogPane, ProbeReportDialogController>load(
                ProbeReportDialogController.class).controller();
        controller.pane.setHeaderText(report.declarationLine() + "\n" + report.summary());
        controller.lines.setCellFactory(view -> new WrappingCell());
        controller.lines.getItems().setAll(report.lines());
        // as tall as its lines, up to ten of them
        controller.lines.setPrefHeight(Math.min(MAX_HEIGHT, 28 + ROW_HEIGHT * Math.max(1, report.lines().size())));
        // the probe's icon when a server answers; the error icon when none does
        FxmlDialog.showAndWait(owner, TITLE, report.anyAnswers() ? OpenMomIcon.PROBE : OpenMomIcon.ERROR, controller.pane, () -> { });
    }
}
