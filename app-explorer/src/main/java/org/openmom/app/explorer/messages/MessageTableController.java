package org.openmom.app.explorer.messages;

import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import org.openmom.admin.MessageSummary;
import org.openmom.app.explorer.tree.ExplorerNode;

/**
 * Shows a {@link MessageTableModel} in {@code MessageTable.fxml}: a column per header, sorted
 * by a click on a column's title (the page shown; pages follow the posting order), several rows
 * selected at once (Ctrl+A selects the page); the selected rows go to {@code selected}.
 */
public final class MessageTableController {
    @FXML
    private ToolBar pager;
    @FXML
    private ToggleButton newestFirst;
    @FXML
    private Label position;
    @FXML
    private TableView<MessageSummary> table;
    @FXML
    private TableColumn<MessageSummary, Long> idColumn;
    @FXML
    private TableColumn<MessageSummary, String> fromColumn;
    @FXML
    private TableColumn<MessageSummary, String> toColumn;
    @FXML
    private TableColumn<MessageSummary, String> eventColumn;
    @FXML
    private TableColumn<MessageSummary, Integer> sizeColumn;
    @FXML
    private TableColumn<MessageSummary, String> postedColumn;
    @FXML
    private TableColumn<MessageSummary, String> flagsColumn;
    @FXML
    private TableColumn<MessageSummary, String> inFlightColumn;
    /** The servers a routed message came through, "pc1 → pc2"; empty for one posted on this server. */
    @FXML
    private TableColumn<MessageSummary, String> routeColumn;

    /** The ids of the rows the person selected, kept across the pages read again. */
    private final Set<Long> selectedIds = new HashSet<>();
    private boolean restoring;

    @FXML
    private void initialize() {
        idColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().id()));
        fromColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().from())));
        toColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(String.valueOf(row.getValue().to())));
        eventColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().event()));
        sizeColumn.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(row.getValue().size()));
        // this form sorts as the time does
        postedColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(posted(row.getValue().postedAtMillis())));
        flagsColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(ExplorerNode.flagsText(row.getValue())));
        inFlightColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().inFlight() ? "yes" : ""));
        routeColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().routeText()));
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    /** Shows {@code model}; each change of the selected rows goes to {@code selected} (empty: none). */
    public void show(MessageTableModel model, Consumer<List<ExplorerNode>> selected) {
        SortedList<MessageSummary> sorted = new SortedList<>(model.rows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        position.textProperty().bind(model.positionProperty());
        Runnable tell = () -> selected.accept(model.nodes(List.copyOf(table.getSelectionModel().getSelectedItems())));
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<MessageSummary>) change -> {
            if (!model.isReplacing() && !restoring) {
                selectedIds.clear();
                table.getSelectionModel().getSelectedItems().forEach(m -> selectedIds.add(m.id()));
                tell.run();
            }
        });
        model.mailboxProperty().addListener((o, was, now) -> selectedIds.clear());
        // a page read again (live mode) keeps the messages the person selected, where they still are
        model.pagesShownProperty().addListener((o, was, now) -> {
            restoring = true;
            try {
                table.getSelectionModel().clearSelection();
                for (int i = 0; i < table.getItems().size(); i++) {
                    if (selectedIds.contains(table.getItems().get(i).id())) {
                        table.getSelectionModel().select(i);
                    }
                }
            } finally {
                restoring = false;
            }
            tell.run();
        });
    }

    /** The pager's buttons, for the window to attach their actions. */
    public ToolBar pager() {
        return pager;
    }

    /** The Newest first toggle, for the window to attach its action. */
    public ToggleButton newestFirstToggle() {
        return newestFirst;
    }

    public TableView<MessageSummary> table() {
        return table;
    }

    private static String posted(long millis) {
        return millis <= 0 ? "" : new SimpleDateFormat("yyyy-MM-dd HH:mm:ss").format(new Date(millis));
    }
}
