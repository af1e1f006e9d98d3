package org.openmom.app.explorer.safety;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.openmom.admin.AuditEntry;
import org.openmom.app.common.table.Columns;

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
        Columns.show(whenColumn, e -> TrashController.time(e.atMillis()));
        Columns.show(whoColumn, AuditEntry::who);
        Columns.show(fromColumn, AuditEntry::from);
        Columns.show(actionColumn, AuditEntry::action);
    }

    public void show(AuditModel model) {
        table.setItems(model.rows());
        state.textProperty().bind(model.stateProperty());
    }
}
