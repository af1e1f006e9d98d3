package org.openmom.app.explorer;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.openmom.admin.AdminOptions;
import org.openmom.app.common.document.DocumentFormat;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.app.common.testing.FormRobot;
import org.openmom.app.explorer.tree.ExplorerNode;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives an Explorer window as a person would, for the tests. */
final class ExplorerDriver {
    private final FxRobot robot;
    /** The files the person will choose in the file choosers, in order; none left: cancel. */
    private final Deque<Path> filesToChoose = new ArrayDeque<>();
    private Explorer explorer;
    private Stage stage;

    ExplorerDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** Opens an unconnected Explorer on a machine whose OpenMOM home is {@code home}. */
    ExplorerDriver open(OpenMomHome home) {
        AtomicReference<Explorer> shown = new AtomicReference<>();
        robot.interact(() -> {
            stage = new Stage();
            shown.set(Explorer.show(stage, new ExplorerSettings(AdminOptions.of("tester").withHome(home), null, false),
                    new FileDialogs() {
                        @Override
                        public Optional<Path> chooseFileToOpen(Window owner, DocumentFormat<?> format, Path proposed) {
                            return Optional.ofNullable(filesToChoose.poll());
                        }

                        @Override
                        public Optional<Path> chooseFileToSave(Window owner, DocumentFormat<?> format, Path proposed) {
                            return Optional.ofNullable(filesToChoose.poll());
                        }
                    }));
        });
        explorer = shown.get();
        return this;
    }

    /** The next file chooser answers {@code file}. */
    ExplorerDriver willChoose(Path file) {
        filesToChoose.add(file);
        return this;
    }

    /** Connect… on the toolbar, the guide's fields typed in, then the dialog's Connect button. */
    ExplorerDriver connectThroughDialog(String server, String role, String host, ProtocolSequence protocol, String endpoint) {
        return connectThroughDialog(server, role, host, protocol, endpoint, "");
    }

    ExplorerDriver connectThroughDialog(String server, String role, String host, ProtocolSequence protocol, String endpoint,
            String secret) {
        return connectThroughDialog(server, role, host, protocol, endpoint, secret, false);
    }

    /** Connect… as above, with Read-only ticked when {@code readOnly}. */
    ExplorerDriver connectThroughDialog(String server, String role, String host, ProtocolSequence protocol, String endpoint,
            String secret, boolean readOnly) {
        robot.clickOn(toolbarButton("Connect…"));
        WaitForAsyncUtils.waitForFxEvents();
        fill("server-name", server);
        fill("server-role", role);
        fill("network-address", host);
        chooseProtocol(protocol);
        fill("endpoint", endpoint);
        fill("connect-secret", secret);
        if (readOnly) {
            robot.clickOn("#connect-read-only");
        }
        clickDialogButton("Connect");
        return this;
    }

    /** The toolbar button of an action (found by its tooltip: toolbar buttons show no text). */
    Button toolbarButton(String actionText) {
        String tooltip = explorer.window().actions().byName().values().stream().filter(a -> a.getText().equals(actionText))
                .findFirst().map(a -> a.getLongText()).orElseThrow(() -> new AssertionError("no action " + actionText));
        return robot.lookup(".tool-bar .button").match((Button b) -> b.getTooltip() != null
                && b.getTooltip().getText().equals(tooltip)).queryButton();
    }

    ExplorerDriver fill(String fieldId, String text) {
        new FormRobot(robot).fill(fieldId, text);
        return this;
    }

    ExplorerDriver clickDialogButton(String text) {
        robot.clickOn(robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The text of the dialog's message (confirmations, errors), once the dialog shows (some ask the server first). */
    String dialogMessage() {
        waitUntil(() -> robot.lookup("#dialog-message").tryQuery().isPresent());
        return robot.lookup("#dialog-message").queryLabeled().getText();
    }

    /**
     * Copy, from the context menu of the status bar's message. (Shown as a right click shows it:
     * Monocle, the headless platform, turns no click into a context menu request.)
     */
    ExplorerDriver copyStatusMessage() {
        javafx.scene.control.Label message = robot.lookup("#status-message").queryAs(javafx.scene.control.Label.class);
        robot.interact(() -> message.getContextMenu().show(message, javafx.geometry.Side.TOP, 0, 0));
        robot.clickOn(robot.lookup(".context-menu .menu-item").match((Node item) -> item.lookupAll(".label").stream()
                .anyMatch(label -> "Copy".equals(((javafx.scene.control.Label) label).getText()))).<Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** What {@code read} gives on the FX thread (the clipboard, a control's state). */
    <T> T onFxThread(java.util.function.Supplier<T> read) {
        AtomicReference<T> value = new AtomicReference<>();
        robot.interact(() -> value.set(read.get()));
        return value.get();
    }

    /** The note under a dialog's field: its hint, or what is wrong. */
    String note(String noteId) {
        return robot.lookup("#" + noteId).queryLabeled().getText();
    }

    boolean isDialogButtonEnabled(String text) {
        return !robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton().isDisabled();
    }

    /** Chooses {@code protocol} in the open dialog's address form. */
    ExplorerDriver chooseProtocol(ProtocolSequence protocol) {
        robot.interact(() -> robot.lookup("#protocol").<ComboBox<ProtocolSequence>>query().setValue(protocol));
        return this;
    }

    /** Every visible row of the tree, indented two spaces per level. */
    List<String> rows() {
        List<String> rows = new ArrayList<>();
        robot.interact(() -> {
            TreeView<ExplorerNode> tree = tree();
            for (int i = 0; i < tree.getExpandedItemCount(); i++) {
                TreeItem<ExplorerNode> item = tree.getTreeItem(i);
                rows.add("  ".repeat(tree.getTreeItemLevel(item) - 1) + item.getValue().text());
            }
        });
        return rows;
    }

    /** Whether a row of the tree (trimmed) starts with {@code prefix}. */
    boolean hasRow(String prefix) {
        return rows().stream().anyMatch(row -> row.strip().startsWith(prefix));
    }

    /** Clicks the first row starting with {@code prefix} (scrolled into view), as a person would. */
    ExplorerDriver select(String prefix) {
        waitUntil(() -> hasRow(prefix));
        TreeItem<ExplorerNode> item = item(prefix).orElseThrow();
        robot.interact(() -> tree().scrollTo(tree().getRow(item)));
        Node cell = robot.lookup("#explorer-tree .tree-cell").match(LabeledMatchers.hasText(item.getValue().text())).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /**
     * The enabled items of the tree's context menu, for the current selection. (Headless robots
     * do not open context menus on a right click, so the test reads the menu the click would open.)
     */
    List<String> enabledContextMenuItems() {
        List<String> items = new ArrayList<>();
        robot.interact(() -> tree().getContextMenu().getItems().stream().filter(i -> i.getText() != null && !i.isDisable())
                .forEach(i -> items.add(i.getText())));
        return items;
    }

    /** Adds a row to the selection (Ctrl+click). */
    ExplorerDriver alsoSelect(String prefix) {
        robot.press(KeyCode.CONTROL);
        try {
            select(prefix);
        } finally {
            robot.release(KeyCode.CONTROL);
        }
        return this;
    }

    /** Opens the selected node (the Right arrow key, as in any tree). */
    ExplorerDriver expandSelected() {
        return press(KeyCode.RIGHT);
    }

    ExplorerDriver press(KeyCode... keys) {
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    Optional<TreeItem<ExplorerNode>> item(String prefix) {
        AtomicReference<TreeItem<ExplorerNode>> found = new AtomicReference<>();
        robot.interact(() -> {
            TreeView<ExplorerNode> tree = tree();
            for (int i = 0; i < tree.getExpandedItemCount() && found.get() == null; i++) {
                TreeItem<ExplorerNode> item = tree.getTreeItem(i);
                if (item.getValue().text().startsWith(prefix)) {
                    found.set(item);
                }
            }
        });
        return Optional.ofNullable(found.get());
    }

    ExplorerDriver clickOnToolbar(String actionText) {
        robot.clickOn(toolbarButton(actionText));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    ExplorerDriver clickOn(String query) {
        robot.clickOn(query);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    ExplorerDriver clickLive() {
        robot.clickOn("#live-toggle");
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The Text tab of the details pane. */
    String bodyText() {
        return robot.lookup("#body-text").queryTextInputControl().getText();
    }

    String statusSummary() {
        return robot.lookup("#status-summary").queryLabeled().getText();
    }

    String statusMessage() {
        return robot.lookup("#status-message").queryLabeled().getText();
    }

    String detail(String property) {
        AtomicReference<String> value = new AtomicReference<>();
        robot.interact(() -> explorer.model().details().properties().stream().filter(p -> p.name().equals(property))
                .findFirst().ifPresent(p -> value.set(p.value())));
        return value.get();
    }

    /** The message table's rows as shown (sorted as the person sorted them): {@code #ID FROM → TO EVENT}. */
    List<String> tableRows() {
        List<String> rows = new ArrayList<>();
        robot.interact(() -> messageTable().getItems().forEach(m -> rows.add("#" + m.id() + " " + m.from() + " → " + m.to()
                + " " + m.event())));
        return rows;
    }

    /** What the message table's column {@code title} shows in row {@code index}. */
    String tableCell(String title, int index) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> messageTable().getColumns().stream().filter(column -> column.getText().equals(title)).findFirst()
                .ifPresent(column -> text.set(String.valueOf(column.getCellData(index)))));
        return text.get();
    }

    /** The ids of the message table's rows, in the order shown. */
    List<Long> tableIds() {
        List<Long> ids = new ArrayList<>();
        robot.interact(() -> messageTable().getItems().forEach(m -> ids.add(m.id())));
        return ids;
    }

    /** Clicks the message table's row {@code index} (scrolled into view). */
    ExplorerDriver clickTableRow(int index) {
        robot.interact(() -> messageTable().scrollTo(index));
        WaitForAsyncUtils.waitForFxEvents();
        Node cell = robot.lookup("#message-table .table-row-cell").match((javafx.scene.control.TableRow<?> row) -> row.getIndex() == index)
                .query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks the title of the message table's column {@code title} (sorts by it). */
    ExplorerDriver clickTableColumn(String title) {
        robot.clickOn(robot.lookup("#message-table .column-header .label").match(LabeledMatchers.hasText(title)).queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** "Messages 1–200 of 450, oldest first". */
    String tablePosition() {
        return robot.lookup("#message-position").queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private javafx.scene.control.TableView<org.openmom.admin.MessageSummary> messageTable() {
        return robot.lookup("#message-table").queryAs(javafx.scene.control.TableView.class);
    }

    /** The rows of a table of records (the overview, the dashboard), each as its record's text. */
    List<String> recordRows(String tableId) {
        List<String> rows = new ArrayList<>();
        robot.interact(() -> robot.lookup("#" + tableId).queryAs(javafx.scene.control.TableView.class).getItems()
                .forEach(row -> rows.add(String.valueOf(row))));
        return rows;
    }

    /** The text of a label found by its id. */
    String label(String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    /** Whether an action (by its menu text) is enabled now. */
    boolean isEnabled(String actionText) {
        AtomicReference<Boolean> enabled = new AtomicReference<>();
        robot.interact(() -> enabled.set(!explorer.window().actions().byName().values().stream()
                .filter(a -> a.getText().equals(actionText)).findFirst().orElseThrow().isDisabled()));
        return enabled.get();
    }

    ExplorerModel model() {
        return explorer.model();
    }

    TreeView<ExplorerNode> tree() {
        return explorer.window().tree();
    }

    void waitUntil(BooleanSupplier condition) {
        waitUntil(10, condition);
    }

    void waitUntil(int seconds, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the Explorer did not reach the expected state in " + seconds + " s; its tree: "
                    + String.join(" | ", rows()) + "; status: " + statusMessage(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    void close() {
        robot.interact(() -> stage.hide());
    }
}
