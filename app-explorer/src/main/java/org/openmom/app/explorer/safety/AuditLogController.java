package org.openmom.app.explorer.safety;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.openmom.admin.AuditEntry;

/** Shows an {@link AuditModel} in {@code AuditLog.fxml}. */
public final class AuditLogController {
    @FXML
    private Label state;
    @FXML
    private TableView<AuditEntry> table;
    @FXML
    private TableColumn<AuditEntry, String> whenColumn;
    @FXML
    private TableColumn<AuditEntry, String> whoColumn;
    @FXML
    private TableColumn<AuditEntry, String> fromColumn;
    @FXML
    private TableColumn<AuditEntry, String> actionColumn;

    @FXML
    private void initialize() {
        TrashController.value(whenColumn, e -> TrashController.time(e.atMillis()));
        TrashController.value(whoColumn, AuditEntry::who);
        TrashController.value(fromColumn, AuditEntry::from);
        TrashController.value(actionColumn, AuditEntry::action);
    }

    public void show(AuditModel model) {
        table.setItems(model.rows());
        state.textProperty().bind(model.stateProperty());
    }
}
