package org.openmom.app.explorer.safety;

import java.text.SimpleDateFormat;
import java.util.Date;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.openmom.app.common.table.Columns;
import org.openmom.admin.TrashEntry;

/** Shows a {@link TrashModel} in {@code Trash.fxml}. */
public final class TrashController {
    @FXML
    private Button restore;
    @FXML
    private Label state;
    @FXML
    private TableView<TrashEntry> table;
    @FXML
    private TableColumn<TrashEntry, Long> idColumn;
    @FXML
    private TableColumn<TrashEntry, String> fromColumn;
    @FXML
    private TableColumn<TrashEntry, String> toColumn;
    @FXML
    private TableColumn<TrashEntry, String> eventColumn;
    @FXML
    private TableColumn<TrashEntry, String> restoreToColumn;
    @FXML
    private TableColumn<TrashEntry, String> byColumn;
    @FXML
    private TableColumn<TrashEntry, String> deletedColumn;
    @FXML
    private TableColumn<TrashEntry, String> expiresColumn;

    @FXML
    private void initialize() {
        Columns.show(idColumn, e -> e.message().id());
        Columns.show(fromColumn, e -> String.valueOf(e.message().from()));
        Columns.show(toColumn, e -> String.valueOf(e.message().to()));
        Columns.show(eventColumn, e -> e.message().event());
        Columns.show(restoreToColumn, e -> String.valueOf(e.restoreTo()));
        Columns.show(byColumn, TrashEntry::by);
        Columns.show(deletedColumn, e -> time(e.deletedAtMillis()));
        Columns.show(expiresColumn, e -> time(e.expiresAtMillis()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }


    static String time(long millis) {
        return millis <= 0 ? "—" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new Date(millis));
    }

    public void show(TrashModel model) {
        table.setItems(model.rows());
        state.textProperty().bind(model.stateProperty());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TrashEntry>) change ->
                model.selected().setAll(table.getSelectionModel().getSelectedItems()));
    }

    /** The Restore button, for the window to attach its action. */
    public Button restoreButton() {
        return restore;
    }
}
