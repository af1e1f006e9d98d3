package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.testing.EditorWindowDriver;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives a Server Configuration Editor window as a person would, for the tests. */
final class EditorDriver extends EditorWindowDriver<EditorDriver> {
    private final Deque<Path> jars = new ArrayDeque<>();
    private ConfigEditor editor;

    EditorDriver(FxRobot robot) {
        super(robot);
    }

    /** Opens {@code file} on a machine whose OpenMOM home is {@code home}. */
    EditorDriver open(Path file, Path home) {
        editor = showOnNewStage(stage -> ConfigEditor.show(stage, file, fileDialogs(), folder -> Optional.ofNullable(jars.poll()),
                preferences(), new OpenMomHome(home)));
        waitUntilOpened();
        return this;
    }

    @Override
    protected DocumentController<?> document() {
        return editor.model().document();
    }

    /** The next Browse… of a DLL Path chooses {@code jar}. */
    void willChooseJar(Path jar) {
        jars.add(jar);
    }

    ConfigEditorModel model() {
        return editor.model();
    }

    /** The table's lines as the person reads them: # Kind Service DLL Key Value, and the role when there is one. */
    List<String> rows() {
        return editor.window().table().table().getItems().stream().map(row -> (row.index() + 1) + " " + row.reflex().toLine()
                + (row.role().isEmpty() ? "" : " | " + row.role())).toList();
    }

    EditorDriver clickCell(String text) {
        Node cell = robot.lookup("#reflexes .table-cell").match(LabeledMatchers.hasText(text)).query();
        robot.clickOn(cell);
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

    /** Runs {@code action} on the FX thread without waiting: for actions that open a modal dialog. */
    void later(Runnable action) {
        Platform.runLater(action);
        WaitForAsyncUtils.waitForFxEvents();
    }
}

