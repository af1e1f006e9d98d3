package org.openmom.app.common.document;

import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;

/** Shows an editor's state in {@code StatusBar.fxml}. */
public final class StatusBarController {
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label status;
    @FXML
    private Label counts;

    /**
     * @param busyNow true while the editor works in the background
     * @param document whose status line is shown
     * @param countsText what the document holds, e.g. "5 reflexes"
     */
    public void show(ObservableBooleanValue busyNow, DocumentController<?> document, ObservableStringValue countsText) {
        busy.visibleProperty().bind(busyNow);
        status.textProperty().bind(document.statusProperty());
        counts.textProperty().bind(countsText);
    }
}
