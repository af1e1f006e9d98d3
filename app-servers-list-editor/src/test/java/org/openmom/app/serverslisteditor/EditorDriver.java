package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableRow;
import javafx.scene.control.TreeTableView;
import javafx.scene.image.ImageView;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.testing.EditorWindowDriver;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a Servers List Editor window as a person would, for the tests. */
final class EditorDriver extends EditorWindowDriver<EditorDriver> {
    private ServersListEditor editor;

    EditorDriver(FxRobot robot) {
        super(robot);
    }

    /** Opens {@code file} on a machine whose OpenMOM home is {@code home}. */
    EditorDriver open(Path file, Path home) {
        editor = showOnNewStage(stage -> ServersListEditor.show(stage, file, fileDialogs(), preferences(), new OpenMomHome(home)));
        waitUntilOpened();
        return this;
    }

    @Override
    protected DocumentController<?> document() {
        return editor.model().document();
    }

    /** Runs {@code change} on the FX thread and waits for it, e.g. a selection made as the program makes it. */
    EditorDriver interact(Runnable change) {
        robot.interact(change);
        return this;
    }

    /** What the window manager does when the person clicks the window's close box. */
    EditorDriver requestClose() {
        // Not through interact(): the question it may ask waits for an answer the test gives afterwards.
        javafx.application.Platform.runLater(
                () -> stage().fireEvent(new javafx.stage.WindowEvent(stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    boolean isShowing() {
        return stage().isShowing();
    }

    ServersListEditorModel model() {
        return editor.model();
    }

    /** The tree's lines as the person reads them: entries as "! S U", declarations indented. */
    List<String> rows() {
        TreeItem<ServersListTreeController.Row> root = editor.window().tree().table().getRoot();
        return root.getChildren().stream().flatMap(entry -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(entry.getValue().entry().headerLine()),
                entry.getChildren().stream().map(d -> "  " + d.getValue().declaration().toLine()))).toList();
    }

    /** The rows whose first column shows the other kind's icon (an entry's on a declaration, or the reverse). */
    List<String> rowsWearingTheWrongIcon() {
        TreeTableView<ServersListTreeController.Row> table = editor.window().tree().table();
        List<String> wrong = new ArrayList<>();
        for (TreeTableRow<?> row : robot.lookup("#servers-list .tree-table-row-cell").queryAllAs(TreeTableRow.class)) {
            if (row.getItem() instanceof ServersListTreeController.Row shown && row.isVisible()) {
                String expected = shown.isEntry() ? "entry.png" : "declaration.png";
                String worn = iconOf(firstCell(row, table));
                if (!worn.endsWith("/" + expected)) {
                    wrong.add((shown.isEntry() ? shown.entry().headerLine() : shown.declaration().toLine()) + " wears " + worn);
                }
            }
        }
        return wrong;
    }

    /** The cell of the first column (the icon's) in {@code row}. */
    static TreeTableCell<?, ?> firstCell(TreeTableRow<?> row, TreeTableView<?> table) {
        return row.lookupAll(".tree-table-cell").stream().map(node -> (TreeTableCell<?, ?>) node)
                .filter(cell -> cell.getTableColumn() == table.getColumns().get(0)).findFirst().orElseThrow();
    }

    private static String iconOf(TreeTableCell<?, ?> cell) {
        return cell.getGraphic() instanceof ImageView icon ? icon.getImage().getUrl() : "no icon";
    }

    /** The row showing {@code text} in one of its cells. */
    TreeTableRow<?> rowShowing(String text) {
        Node cell = robot.lookup("#servers-list .tree-table-cell").match(LabeledMatchers.hasText(text)).query();
        return ((TreeTableCell<?, ?>) cell).getTableRow();
    }

    TreeTableView<ServersListTreeController.Row> table() {
        return editor.window().tree().table();
    }

    /**
     * A menu item of the window's menu bar, e.g. ("Edit", "Remove Selected") for the first item whose text starts so.
     * Looked up in this editor's window only: another window still showing has a menu bar too.
     */
    MenuItem menuItem(String menu, String textStart) {
        MenuBar bar = robot.from(stage().getScene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().filter(m -> m.getText().equals(menu)).findFirst().orElseThrow().getItems().stream()
                .filter(item -> item.getText() != null && item.getText().startsWith(textStart)).findFirst().orElseThrow();
    }

    /** Clicks the title of a menu of this editor's menu bar, which shows the menu. */
    EditorDriver openMenu(String menu) {
        robot.clickOn(robot.from(stage().getScene().getRoot()).lookup(".menu-bar .label")
                .match(LabeledMatchers.hasText(menu)).queryLabeled());
        return this;
    }

    /** Clicks the first cell of the list showing {@code text}. */
    EditorDriver clickCell(String text) {
        Node cell = robot.lookup("#servers-list .tree-table-cell").match(LabeledMatchers.hasText(text)).query();
        robot.clickOn(cell);
        return this;
    }
}
