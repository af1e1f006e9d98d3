package org.openmom.app.explorer;

import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.shell.Icons;
import org.openmom.app.common.shell.ThemeMenu;
import org.openmom.app.explorer.details.DetailsPaneController;
import org.openmom.app.explorer.messages.MessageTableController;
import org.openmom.app.explorer.overview.DashboardController;
import org.openmom.app.explorer.overview.OverviewController;
import org.openmom.app.explorer.safety.AuditLogController;
import org.openmom.app.explorer.safety.TrashController;
import org.openmom.app.explorer.search.SearchController;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/**
 * Shows an {@link ExplorerModel} in {@code ExplorerWindow.fxml}: attaches the actions to the
 * menus, the toolbar and the tree's context menu, keeps the model's selection equal to the
 * tree's, and shows the selected node in the details pane.
 */
public final class ExplorerWindowController {
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu themeMenu;
    @FXML
    private ToolBar toolBar;
    @FXML
    private ToggleButton liveToggle;
    @FXML
    private ImageView filterIcon;
    @FXML
    private TextField filter;
    @FXML
    private TreeView<ExplorerNode> tree;
    @FXML
    private ContextMenu treeMenu;
    @FXML
    private Label emptyTree;
    @FXML
    private ToggleButton readOnlyToggle;
    @FXML
    private TabPane views;
    @FXML
    private Tab selectedTab;
    @FXML
    private Tab dashboardTab;
    @FXML
    private SplitPane selectedSplit;
    @FXML
    private Parent messages;
    @FXML
    private MessageTableController messagesController;
    @FXML
    private Parent overview;
    @FXML
    private OverviewController overviewController;
    @FXML
    private DashboardController dashboardController;
    @FXML
    private Tab searchTab;
    @FXML
    private SplitPane searchSplit;
    @FXML
    private SearchController searchController;
    @FXML
    private Parent trash;
    @FXML
    private TrashController trashController;
    @FXML
    private Parent audit;
    @FXML
    private AuditLogController auditController;
    @FXML
    private Parent details;
    @FXML
    private DetailsPaneController detailsController;
    @FXML
    private Label summary;
    @FXML
    private Label message;
    @FXML
    private ProgressIndicator busy;
    private ExplorerActions actions;
    private Runnable quit;

    void show(ExplorerModel model, Runnable quit) {
        ThemeMenu.attach(themeMenu);
        this.quit = quit;
        actions = new ExplorerActions(model, filter::requestFocus, () -> views.getSelectionModel().select(dashboardTab), () -> {
            views.getSelectionModel().select(searchTab);
            searchController.focus();
        });
        Actions.attach(actions.byName(), menuBar);
        Actions.attach(actions.byName(), toolBar);
        Actions.attach(actions.byName(), treeMenu);
        Actions.attach(actions.byName(), messagesController.pager());
        ActionUtils.configureButton(actions.live, liveToggle, ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.readOnly, readOnlyToggle, ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.newestFirst, messagesController.newestFirstToggle(), ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.loadAll, detailsController.loadAllButton(), ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.runSearch, searchController.searchButton(), ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.cancelSearch, searchController.cancelButton(), ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.restore, trashController.restoreButton(), ActionUtils.ActionTextBehavior.SHOW);
        // the check mark shows the selected server's flag; the action flips it
        model.selectedReadOnlyProperty().addListener((o, was, now) -> actions.readOnly.setSelected(now));
        filterIcon.setImage(Icons.image(OpenMomIcon.FILTER, IconSize.SMALL));
        filter.textProperty().bindBidirectional(model.filterProperty());

        tree.setRoot(model.root());
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(view -> {
            NodeCell cell = new NodeCell();
            // "Show more" acts on each click, not only when the selection changes
            cell.setOnMouseClicked(event -> {
                if (cell.getItem() != null) {
                    model.open(cell.getItem());
                }
            });
            return cell;
        });
        tree.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER && tree.getSelectionModel().getSelectedItem() != null) {
                model.open(tree.getSelectionModel().getSelectedItem().getValue());
            }
        });
        emptyTree.visibleProperty().bind(Bindings.isEmpty(model.root().getChildren()));
        emptyTree.textProperty().bind(model.emptyTreeTextProperty());
        followSelection(model);
        detailsController.show(model.details());
        messagesController.show(model.messages(), model::selectInTable);
        overviewController.show(model.overview());
        dashboardController.show(model.dashboard());
        searchController.show(model.search(), model::selectInTable);
        trashController.show(model.trash());
        auditController.show(model.audit());
        model.viewProperty().addListener((o, was, now) -> showAbove(now));
        views.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now == dashboardTab) {
                model.dashboard().start();
            } else {
                model.dashboard().stop();
            }
            // one details pane: below the search's hits while the search shows, else below the selected node's view
            SplitPane from = now == searchTab ? selectedSplit : searchSplit;
            SplitPane to = now == searchTab ? searchSplit : selectedSplit;
            if (from.getItems().remove(details)) {
                to.getItems().add(details);
                to.setDividerPositions(0.55);
            }
        });

        summary.textProperty().bind(model.summaryProperty());
        message.textProperty().bind(model.messageProperty());
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(model.messageProperty());
        whole.setWrapText(true);
        whole.setMaxWidth(640);
        message.setTooltip(whole);
        busy.visibleProperty().bind(model.busyProperty());
    }

    /**
     * The model's selection is the tree's; the details follow the selected node, also when a
     * refresh brings news of it. Selecting a node brings the Selected tab to the front.
     */
    private void followSelection(ExplorerModel model) {
        Runnable syncSelection = () -> {
            TreeItem<ExplorerNode> focused = tree.getSelectionModel().getSelectedItem();
            model.selectInTree(tree.getSelectionModel().getSelectedItems().stream()
                    .filter(Objects::nonNull).map(TreeItem::getValue).toList(), focused == null ? null : focused.getValue());
        };
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<ExplorerNode>>) change ->
                syncSelection.run());
        ChangeListener<ExplorerNode> valueChanged = (o, was, now) -> syncSelection.run();
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.valueProperty().removeListener(valueChanged);
            }
            if (now != null) {
                now.valueProperty().addListener(valueChanged);
                views.getSelectionModel().select(selectedTab);
            }
            syncSelection.run();
        });
    }

    /** Puts the message table or the overview above the details, or nothing. */
    private void showAbove(SelectionView view) {
        selectedSplit.getItems().removeAll(messages, overview, trash, audit);
        switch (view) {
            case MESSAGES -> selectedSplit.getItems().add(0, messages);
            case OVERVIEW -> selectedSplit.getItems().add(0, overview);
            case TRASH -> selectedSplit.getItems().add(0, trash);
            case AUDIT_LOG -> selectedSplit.getItems().add(0, audit);
            default -> { }
        }
        if (selectedSplit.getItems().size() > 1) {
            selectedSplit.setDividerPositions(0.55);
        }
    }

    /** Copy on the status bar's message: the whole of it, an error's fix included. */
    @FXML
    private void copyMessage() {
        ClipboardContent content = new ClipboardContent();
        content.putString(message.getText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    @FXML
    private void quit() {
        quit.run();
    }

    TreeView<ExplorerNode> tree() {
        return tree;
    }

    ExplorerActions actions() {
        return actions;
    }

    /** A tree node: its kind's icon and its text; problems and disabled things are marked. */
    private static final class NodeCell extends TreeCell<ExplorerNode> {
        private static final List<String> MARKS = List.of("node-problem", "node-disabled", "node-more");

        @Override
        protected void updateItem(ExplorerNode node, boolean empty) {
            super.updateItem(node, empty);
            getStyleClass().removeAll(MARKS);
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            setText(node.text());
            setGraphic(Icons.small(node.icon()));
            if (node.hasProblem()) {
                getStyleClass().add("node-problem");
            } else if (node.isDisabled()) {
                getStyleClass().add("node-disabled");
            } else if (node.kind() == NodeKind.MORE || node.kind() == NodeKind.LOADING) {
                getStyleClass().add("node-more");
            }
        }
    }
}
