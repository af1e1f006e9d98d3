package org.openmom.app.explorer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.shell.Icons;
import org.openmom.app.explorer.details.DetailsModel;
import org.openmom.app.explorer.details.DetailsPane;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.app.explorer.tree.NodeKind;
import org.openmom.icons.OpenMomIcon;

/** The Explorer's window content: menus, toolbar, the tree, the details pane and the status bar. */
final class ExplorerView extends BorderPane {
    static final String PROGRAM_NAME = "OpenMOM Explorer";

    private final TreeView<ExplorerNode> tree = new TreeView<>();
    private final TextField filter = new TextField();
    private final DetailsModel details = new DetailsModel();
    private final ExplorerActions actions;

    ExplorerView(ExplorerModel model, Runnable quit) {
        getStyleClass().add("explorer");
        actions = new ExplorerActions(model, filter::requestFocus);

        Menu file = Actions.menu("Server", actions.serverMenu());
        MenuItem exit = new MenuItem("Quit");
        exit.setOnAction(event -> quit.run());
        file.getItems().addAll(new SeparatorMenuItem(), exit);
        Menu edit = Actions.menu("Edit", actions.editMenu());
        edit.getItems().addAll(new SeparatorMenuItem(), ActionUtils.createMenuItem(actions.filter));
        Menu view = new Menu("View");
        view.getItems().add(ActionUtils.createCheckMenuItem(actions.live));
        Menu help = Actions.menu("Help", List.of(actions.about));
        MenuBar menus = new MenuBar(file, edit, view, help);

        ToolBar toolBar = Actions.toolBar(actions.toolbar());
        ToggleButton live = ActionUtils.createToggleButton(actions.live, ActionUtils.ActionTextBehavior.SHOW);
        live.setId("live-toggle");
        filter.setId("tree-filter");
        filter.setPromptText("Filter the tree");
        filter.setPrefColumnCount(18);
        filter.textProperty().bindBidirectional(model.filterProperty());
        Pane spacer = new Pane();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        toolBar.getItems().addAll(new Separator(), live, spacer, Icons.small(OpenMomIcon.FILTER), filter);
        setTop(new VBox(menus, toolBar));

        tree.setId("explorer-tree");
        tree.setRoot(model.root());
        tree.setShowRoot(false);
        tree.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        tree.setCellFactory(view1 -> {
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
        tree.setContextMenu(Actions.contextMenu(actions.contextMenu()));
        Label empty = new Label("No server connected — Connect… (Ctrl+K) to choose servers");
        empty.getStyleClass().add("tree-placeholder");
        empty.visibleProperty().bind(Bindings.isEmpty(model.root().getChildren()));
        empty.setMouseTransparent(true);
        Runnable syncSelection = () -> model.selection().setAll(tree.getSelectionModel().getSelectedItems().stream()
                .filter(Objects::nonNull).map(TreeItem::getValue).toList());
        tree.getSelectionModel().getSelectedItems().addListener((ListChangeListener<TreeItem<ExplorerNode>>) change ->
                syncSelection.run());
        // The details and the actions follow the selected node, also when a refresh brings news of it.
        ChangeListener<ExplorerNode> valueChanged = (o, was, now) -> {
            syncSelection.run();
            details.show(now);
        };
        tree.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.valueProperty().removeListener(valueChanged);
            }
            if (now != null) {
                now.valueProperty().addListener(valueChanged);
            }
            details.show(now == null ? null : now.getValue());
        });

        SplitPane split = new SplitPane(new StackPane(tree, empty), new DetailsPane(details));
        split.setDividerPositions(0.5);
        setCenter(split);

        Label summary = new Label();
        summary.setId("status-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("status-message");
        message.textProperty().bind(model.messageProperty());
        message.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(message, Priority.ALWAYS);
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(model.background().busyProperty());
        HBox status = new HBox(16, summary, new Separator(Orientation.VERTICAL), message, busy);
        status.setAlignment(Pos.CENTER_LEFT);
        status.getStyleClass().add("status-bar");
        setBottom(status);
    }

    TreeView<ExplorerNode> tree() {
        return tree;
    }

    ExplorerActions actions() {
        return actions;
    }

    DetailsModel details() {
        return details;
    }

    /** A tree node: its kind's icon and its text; problems and disabled things are marked. */
    private static final class NodeCell extends TreeCell<ExplorerNode> {
        private static final List<String> MARKS = Arrays.asList("node-problem", "node-disabled", "node-more");

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
            if (node.kind() == NodeKind.SERVER && node.connection().stateProperty().get().isProblem()) {
                getStyleClass().add("node-problem");
            } else if (node.isDisabled()) {
                getStyleClass().add("node-disabled");
            } else if (node.kind() == NodeKind.MORE || node.kind() == NodeKind.LOADING) {
                getStyleClass().add("node-more");
            }
        }
    }
}
