package org.openmom.app.configeditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import org.openmom.app.common.listedit.EditKeys;
import org.openmom.app.common.shell.Icons;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;

/**
 * Shows the reflexes in {@code ReflexTable.fxml} in execution order (kind with its icon, the
 * guide's four fields, the master/mirror role of log files), filtered by kind and service. The
 * table follows the model's selection and tells it the person's.
 */
public final class ReflexTableController {
    /** One line: the reflex at {@code index} in execution order. */
    record Row(int index, ReflexDeclaration reflex, String role) {}

    private static final String ALL_KINDS = "All kinds";

    @FXML
    private TableView<Row> table;
    @FXML
    private ContextMenu contextMenu;
    @FXML
    private ComboBox<String> kindFilter;
    @FXML
    private TextField serviceFilter;
    @FXML
    private TableColumn<Row, String> orderColumn;
    @FXML
    private TableColumn<Row, String> kindColumn;
    @FXML
    private TableColumn<Row, String> serviceNameColumn;
    @FXML
    private TableColumn<Row, String> dllPathColumn;
    @FXML
    private TableColumn<Row, String> keyColumn;
    @FXML
    private TableColumn<Row, String> valueColumn;
    @FXML
    private TableColumn<Row, String> roleColumn;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> shown = new FilteredList<>(rows);
    private ConfigEditorModel model;
    private boolean updatingSelection;

    @FXML
    private void initialize() {
        show(orderColumn, row -> Integer.toString(row.index() + 1));
        show(kindColumn, row -> row.reflex().kind().displayName());
        kindColumn.setCellFactory(column -> new KindCell());
        show(serviceNameColumn, row -> row.reflex().serviceName());
        show(dllPathColumn, row -> row.reflex().dllPath());
        show(keyColumn, row -> row.reflex().key());
        show(valueColumn, row -> row.reflex().value());
        show(roleColumn, Row::role);
        List<String> kinds = new ArrayList<>(List.of(ALL_KINDS));
        for (ReflexKind kind : ReflexKind.values()) {
            kinds.add(kind.displayName());
        }
        kindFilter.getItems().setAll(kinds);
        kindFilter.getSelectionModel().selectFirst();
        kindFilter.valueProperty().addListener((o, before, now) -> refilter());
        serviceFilter.textProperty().addListener((o, before, now) -> refilter());
        table.setItems(shown);
    }

    void show(ConfigEditorModel editor) {
        this.model = editor;
        EditKeys.install(table, model);
        table.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && model.canEditProperty().get()) {
                model.editSelected();
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (!updatingSelection && row != null) {
                model.selectedProperty().set(row.index());
            }
        });
        model.document().history().currentProperty().addListener((o, before, now) -> fill(now));
        model.selectedProperty().addListener((o, before, now) -> selectInTable(now.intValue()));
        fill(model.configuration());
    }

    ContextMenu contextMenu() {
        return contextMenu;
    }

    TableView<Row> table() {
        return table;
    }

    private void fill(ServerConfiguration configuration) {
        updatingSelection = true;
        List<ReflexDeclaration> reflexes = configuration.reflexes();
        List<Row> all = new ArrayList<>();
        for (int i = 0; i < reflexes.size(); i++) {
            all.add(new Row(i, reflexes.get(i), LoggingRoles.describe(reflexes, i)));
        }
        rows.setAll(all);
        updatingSelection = false;
        selectInTable(model.selectedProperty().get());
    }

    private void refilter() {
        String kind = kindFilter.getValue();
        String service = serviceFilter.getText() == null ? "" : serviceFilter.getText().strip().toLowerCase(Locale.ROOT);
        shown.setPredicate(row -> (kind == null || ALL_KINDS.equals(kind) || row.reflex().kind().displayName().equals(kind))
                && (service.isEmpty() || row.reflex().serviceName().toLowerCase(Locale.ROOT).contains(service)
                        || row.reflex().key().toLowerCase(Locale.ROOT).contains(service)));
        if (model != null) {
            selectInTable(model.selectedProperty().get());
        }
    }

    private void selectInTable(int index) {
        updatingSelection = true;
        try {
            Row row = shown.stream().filter(r -> r.index() == index).findFirst().orElse(null);
            if (row == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(row);
                table.scrollTo(row);
            }
        } finally {
            updatingSelection = false;
        }
    }

    private static void show(TableColumn<Row, String> column, Function<Row, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
    }

    /** The kind with its icon. */
    private static final class KindCell extends TableCell<Row, String> {
        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            Row row = empty || getTableRow() == null ? null : getTableRow().getItem();
            setText(empty ? null : text);
            setGraphic(row == null ? null : Icons.small(KindIcons.of(row.reflex().kind())));
        }
    }
}
