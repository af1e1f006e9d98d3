package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.openmom.app.common.testing.FormRobot;
import org.openmom.app.common.testing.TestFileDialogs;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a Server Configuration Editor window as a person would, for the tests. */
final class EditorDriver {
    private final FxRobot robot;
    private final FormRobot form;
    private final TestFileDialogs fileDialogs = new TestFileDialogs();
    private final Deque<Path> jars = new ArrayDeque<>();
    private final Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private ConfigEditor editor;
    private Stage stage;

    EditorDriver(FxRobot robot) {
        this.robot = robot;
        this.form = new FormRobot(robot);
    }

    /** Opens {@code file} on a machine whose OpenMOM home is {@code home}. */
    EditorDriver open(Path file, Path home) {
        AtomicReference<ConfigEditor> shown = new AtomicReference<>();
        robot.interact(() -> {
            stage = new Stage();
            shown.set(ConfigEditor.show(stage, file, fileDialogs, folder -> Optional.ofNullable(jars.poll()), preferences,
                    new OpenMomHome(home)));
        });
        editor = shown.get();
        waitUntil(() -> !editor.model().document().statusProperty().get().isEmpty()
                && !editor.model().document().statusProperty().get().startsWith("Opening"));
        return this;
    }

    /** The next Browse… of a DLL Path chooses {@code jar}. */
    void willChooseJar(Path jar) {
        jars.add(jar);
    }

    void close() throws BackingStoreException {
        robot.interact(() -> stage.hide());
        preferences.removeNode();
    }

    ConfigEditorModel model() {
        return editor.model();
    }

    String title() {
        return stage.getTitle();
    }

    /** The table's lines as the person reads them: # Kind Service DLL Key Value, and the role when there is one. */
    List<String> rows() {
        return editor.window().table().table().getItems().stream().map(row -> (row.index() + 1) + " " + row.reflex().toLine()
                + (row.role().isEmpty() ? "" : " | " + row.role())).toList();
    }

    /** The problems pane's lines. */
    List<String> problems() {
        return editor.model().document().checkProperty().get().problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    EditorDriver clickCell(String text) {
        Node cell = robot.lookup("#reflexes .table-cell").match(LabeledMatchers.hasText(text)).query();
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

    /** Types in the Value field (a combo box that also offers the classes of the kind). */
    EditorDriver fillValue(String text) {
        form.type(valueBox().getEditor(), text);
        return this;
    }

    @SuppressWarnings("unchecked")
    ComboBox<String> valueBox() {
        return robot.lookup("#value").queryAs(ComboBox.class);
    }

    Button dialogButton(String text) {
        return form.dialogButton(text);
    }

    EditorDriver clickButton(String text) {
        form.clickButton(text);
        return this;
    }

    /** The text of a dialog's text field. */
    String field(String fieldId) {
        return robot.lookup("#" + fieldId).queryAs(TextField.class).getText();
    }

    /** Clicks the problems pane's line that mentions {@code text}. */
    EditorDriver clickProblem(String text) {
        Node cell = robot.lookup("#problems .list-cell").match((Labeled l) -> l.getText() != null
                && l.getText().contains(text)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    String note(String fieldId) {
        return form.note(fieldId);
    }

    void waitUntil(BooleanSupplier condition) {
        form.waitUntil(condition);
    }

    /** Runs {@code action} on the FX thread without waiting: for actions that open a modal dialog. */
    void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void assertSavedAs(Path file, String expected) {
        form.assertSavedAs(() -> !model().document().history().isDirty(), file, expected);
    }
}
