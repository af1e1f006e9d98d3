package org.openmom.app.configeditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.openmom.app.common.testing.TestFileDialogs;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a Server Configuration Editor window as a person would, for the tests. */
final class EditorDriver {
    private final FxRobot robot;
    private final TestFileDialogs fileDialogs = new TestFileDialogs();
    private final Deque<Path> jars = new ArrayDeque<>();
    private final Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private ConfigEditor editor;
    private Stage stage;

    EditorDriver(FxRobot robot) {
        this.robot = robot;
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
        robot.push(keys);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    EditorDriver fill(String fieldId, String text) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
        return this;
    }

    /** Types in the Value field (a combo box that also offers the classes of the kind). */
    EditorDriver fillValue(String text) {
        TextField editor = valueBox().getEditor();
        robot.clickOn(editor);
        robot.interact(editor::clear);
        robot.write(text);
        return this;
    }

    @SuppressWarnings("unchecked")
    ComboBox<String> valueBox() {
        return robot.lookup("#value").queryAs(ComboBox.class);
    }

    Button dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton();
    }

    EditorDriver clickButton(String text) {
        robot.clickOn(dialogButton(text));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** The text of a dialog's text field. */
    String field(String fieldId) {
        return robot.lookup("#" + fieldId).queryAs(TextField.class).getText();
    }

    /** Clicks the problems pane's line that mentions {@code text}. */
    EditorDriver clickProblem(String text) {
        Node cell = robot.lookup("#problems .list-cell").match((javafx.scene.control.Labeled l) -> l.getText() != null
                && l.getText().contains(text)).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    String note(String fieldId) {
        return robot.lookup("#" + fieldId + "-note").queryLabeled().getText();
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the editor did not reach the expected state in 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code action} on the FX thread without waiting: for actions that open a modal dialog. */
    void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    void assertSavedAs(Path file, String expected) {
        waitUntil(() -> !model().document().history().isDirty());
        try {
            assertThat(Files.readString(file)).isEqualTo(expected);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file, e);
        }
    }
}
