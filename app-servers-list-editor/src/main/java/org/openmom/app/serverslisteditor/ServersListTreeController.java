package org.openmom.app.serverslisteditor;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableColumn;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.input.MouseButton;
import org.openmom.app.common.listedit.EditKeys;
import org.openmom.app.common.shell.Icons;
import org.openmom.fileformat.ElementRef;
import org.openmom.icons.OpenMomIcon;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListEntry;

/**
 * Shows the list in {@code ServersListTree.fxml} as the guide does: each entry (Service Name,
 * User Name) with its server declarations beneath (Network Address, Protocol Sequence, End Point,
 * Server Name, Server Role), in file order. The tree follows the model's selection and tells it
 * the person's.
 */
public final class ServersListTreeController {
    /** One line of the tree: an entry or one of its declarations. */
    record Row(ElementRef ref, ServersListEntry entry, ServerDeclaration declaration) {
        boolean isEntry() {
            return declaration == null;
        }
    }

    @FXML
    private TreeTableView<Row> table;
    @FXML
    private ContextMenu contextMenu;
    @FXML
    private TreeTableColumn<Row, Row> serviceNameColumn;
    @FXML
    private TreeTableColumn<Row, String> userNameColumn;
    @FXML
    private TreeTableColumn<Row, String> networkAddressColumn;
    @FXML
    private TreeTableColumn<Row, String> protocolColumn;
    @FXML
    private TreeTableColumn<Row, String> endpointColumn;
    @FXML
    private TreeTableColumn<Row, String> serverNameColumn;
    @FXML
    private TreeTableColumn<Row, String> serverRoleColumn;
    private ServersListEditorModel model;
    private boolean updatingSelection;

    @FXML
    private void initialize() {
        table.setRoot(new TreeItem<>());
        serviceNameColumn.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().getValue()));
        serviceNameColumn.setCellFactory(column -> new IconCell());
        show(userNameColumn, row -> row.isEntry() ? row.entry().userName() : "");
        show(networkAddressColumn, row -> row.isEntry() ? "" : row.declaration().locator().networkAddress());
        show(protocolColumn, row -> row.isEntry() ? "" : DeclarationWords.protocol(row.declaration().locator()));
        show(endpointColumn, row -> row.isEntry() ? "" : row.declaration().locator().endpoint());
        show(serverNameColumn, row -> row.isEntry() ? "" : row.declaration().locator().serverName());
        show(serverRoleColumn, row -> row.isEntry() ? "" : row.declaration().locator().serverRole());
    }

    void show(ServersListEditorModel editor) {
        this.model = editor;
        table.setRowFactory(view -> new HighlightedRow());
        EditKeys.install(table, model);
        model.document().history().currentProperty().addListener((o, before, now) -> rebuild(now));
        model.selectedProperty().addListener((o, before, now) -> showSelection(now));
        model.whoConnects().matchedEntryProperty().addListener((o, before, now) -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, before, item) -> {
            if (!updatingSelection) {
                model.selectedProperty().set(item == null ? ElementRef.NONE : item.getValue().ref());
            }
        });
        rebuild(model.list());
    }

    /** The list's context menu, whose items name the editor's actions. */
    ContextMenu contextMenu() {
        return contextMenu;
    }

    TreeTableView<Row> table() {
        return table;
    }

    private void rebuild(ServersList list) {
        TreeItem<Row> root = table.getRoot();
        root.getChildren().clear();
        for (int i = 0; i < list.entries().size(); i++) {
            ServersListEntry entry = list.entries().get(i);
            TreeItem<Row> entryItem = new TreeItem<>(new Row(ElementRef.of(i), entry, null));
            for (int j = 0; j < entry.declarations().size(); j++) {
                entryItem.getChildren().add(new TreeItem<>(new Row(ElementRef.of(i, j), entry, entry.declarations().get(j))));
            }
            entryItem.setExpanded(true);
            root.getChildren().add(entryItem);
        }
        showSelection(model.selectedProperty().get());
    }

    private void showSelection(ElementRef ref) {
        updatingSelection = true;
        try {
            TreeItem<Row> item = itemOf(ref);
            if (item == null) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().select(item);
                table.scrollTo(Math.max(0, table.getRow(item) - 3));
            }
        } finally {
            updatingSelection = false;
        }
    }

    private TreeItem<Row> itemOf(ElementRef ref) {
        List<TreeItem<Row>> entries = table.getRoot().getChildren();
        if (ref.index() < 0 || ref.index() >= entries.size()) {
            return null;
        }
        TreeItem<Row> entry = entries.get(ref.index());
        if (ref.child() < 0) {
            return entry;
        }
        return ref.child() < entry.getChildren().size() ? entry.getChildren().get(ref.child()) : entry;
    }

    /** Each cell shows its whole text as a tooltip too: a narrow column never hides a value. */
    private static void show(TreeTableColumn<Row, String> column, Function<Row, String> text) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue().getValue())));
        column.setCellFactory(view -> new TreeTableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value);
                setTooltip(empty || value == null || value.isEmpty() ? null : new Tooltip(value));
            }
        });
    }

    /**
     * The first column: the service name of an entry, and the icon of an entry or a declaration.
     * The cell's item is the row itself: asking the table row instead gave a reused cell the icon
     * of the row it showed before an insert or a delete. (Icons given to the tree items themselves
     * jump between rows when rows are reused: a node has one parent.)
     */
    private static final class IconCell extends TreeTableCell<Row, Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            boolean none = empty || row == null;
            setText(none || !row.isEntry() ? null : row.entry().serviceName());
            setGraphic(none ? null : Icons.small(row.isEntry() ? OpenMomIcon.ENTRY : OpenMomIcon.DECLARATION));
        }
    }

    /** Entries in bold; the entry that "who connects where" found, and its declarations, highlighted. */
    private final class HighlightedRow extends TreeTableRow<Row> {
        HighlightedRow() {
            setOnMouseClicked(event -> {
                if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2 && getItem() != null) {
                    model.editSelected();
                }
            });
        }

        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll("entry-row", "matched-row");
            if (!empty && row != null) {
                if (row.isEntry()) {
                    getStyleClass().add("entry-row");
                }
                if (row.ref().index() == model.whoConnects().matchedEntryProperty().get()) {
                    getStyleClass().add("matched-row");
                }
            }
        }
    }
}
