package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TreeItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.openmom.app.common.testing.FormRobot;
import org.openmom.app.common.testing.TestFileDialogs;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a Servers List Editor window as a person would, for the tests. */
final class EditorDriver {
    private final FxRobot robot;
    private final FormRobot form;
    private final TestFileDialogs fileDialogs = new TestFileDialogs();
    private final Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private ServersListEditor editor;
    private Stage stage;

    EditorDriver(FxRobot robot) {
        this.robot = robot;
        this.form = new FormRobot(robot);
    }

    /** Opens {@code file} on a machine whose OpenMOM home is {@code home}. */
    EditorDriver open(Path file, Path home) {
        AtomicReference<ServersListEditor> shown = new AtomicReference<>();
        robot.interact(() -> {
            stage = new Stage();
            shown.set(ServersListEditor.show(stage, file, fileDialogs, preferences, new OpenMomHome(home)));
        });
        editor = shown.get();
        waitUntil(() -> !editor.model().document().statusProperty().get().isEmpty()
                && !editor.model().document().statusProperty().get().startsWith("Opening"));
        return this;
    }

    /** The problems pane's lines. */
    List<String> problems() {
        return editor.model().document().checkProperty().get().problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    void close() throws BackingStoreException {
        robot.interact(() -> stage.hide());
        preferences.removeNode();
    }

    /** What the window manager does when the person clicks the window's close box. */
    EditorDriver requestClose() {
        // Not through interact(): the question it may ask waits for an answer the test gives afterwards.
        javafx.application.Platform.runLater(
                () -> stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    TestFileDialogs fileDialogs() {
        return fileDialogs;
    }

    ServersListEditorModel model() {
        return editor.model();
    }

    String title() {
        return stage.getTitle();
    }

    /** The tree's lines as the person reads them: entries as "! S U", declarations indented. */
    List<String> rows() {
        TreeItem<ServersListTreeController.Row> root = editor.window().tree().table().getRoot();
        return root.getChildren().stream().flatMap(entry -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(entry.getValue().entry().headerLine()),
                entry.getChildren().stream().map(d -> "  " + d.getValue().declaration().toLine()))).toList();
    }

    /** Clicks the first cell of the list showing {@code text}. */
    EditorDriver clickCell(String text) {
        Node cell = robot.lookup("#servers-list .tree-table-cell").match(LabeledMatchers.hasText(text)).query();
        robot.clickOn(cell);
        return this;
    }

    EditorDriver press(KeyCode... keys) {
        form.press(keys);
        return this;
    }

    EditorDriver fill(String fieldId, String text) {
        form.fill(fieldId, text);
        return this;
    }

    Button dialogButton(String text) {
        return form.dialogButton(text);
    }

    EditorDriver clickButton(String text) {
        form.clickButton(text);
        return this;
    }

    String note(String fieldId) {
        return form.note(fieldId);
    }

    void waitUntil(BooleanSupplier condition) {
        form.waitUntil(condition);
    }

    void assertSavedAs(Path file, String expected) {
        form.assertSavedAs(() -> !model().document().history().isDirty(), file, expected);
    }
}
