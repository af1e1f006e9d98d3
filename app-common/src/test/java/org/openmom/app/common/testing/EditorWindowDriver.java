package org.openmom.app.common.testing;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.openmom.app.common.document.DocumentController;
import org.testfx.api.FxRobot;

/**
 * What the editors' test drivers do the same way around their own views: show the editor on a
 * stage of its own with file dialogs and preferences of the test, wait until it has read its
 * file, read its title and problems, act through {@link FormRobot}, and close it again. Each
 * gesture returns the driver, so that a test reads as one sentence.
 *
 * @param <D> the editor's own driver
 */
public abstract class EditorWindowDriver<D extends EditorWindowDriver<D>> {
    protected final FxRobot robot;
    protected final FormRobot form;
    private final TestFileDialogs fileDialogs = new TestFileDialogs();
    private final Preferences preferences = Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    private Stage stage;

    protected EditorWindowDriver(FxRobot robot) {
        this.robot = robot;
        this.form = new FormRobot(robot);
    }

    /** The editor's document, whose status, problems and history the shared steps read. */
    protected abstract DocumentController<?> document();

    /**
     * Shows the editor that {@code show} makes on a new stage, on the FX thread; then call
     * {@link #waitUntilOpened()} once the driver knows the editor.
     */
    protected final <E> E showOnNewStage(Function<Stage, E> show) {
        AtomicReference<E> shown = new AtomicReference<>();
        robot.interact(() -> {
            stage = new Stage();
            shown.set(show.apply(stage));
        });
        return shown.get();
    }

    /** Waits until the editor has read its file (or said why not). */
    protected final void waitUntilOpened() {
        waitUntil(() -> !document().statusProperty().get().isEmpty() && !document().statusProperty().get().startsWith("Opening"));
    }

    protected final Stage stage() {
        return stage;
    }

    protected final Preferences preferences() {
        return preferences;
    }

    public final TestFileDialogs fileDialogs() {
        return fileDialogs;
    }

    public final void close() throws BackingStoreException {
        robot.interact(() -> stage.hide());
        preferences.removeNode();
    }

    public final String title() {
        return stage.getTitle();
    }

    /** The problems pane's lines. */
    public final List<String> problems() {
        return document().checkProperty().get().problems().stream()
                .map(p -> p.line() + ":" + p.column() + " " + p.message()).toList();
    }

    public final D press(KeyCode... keys) {
        form.press(keys);
        return self();
    }

    public final D fill(String fieldId, String text) {
        form.fill(fieldId, text);
        return self();
    }

    public final Button dialogButton(String text) {
        return form.dialogButton(text);
    }

    public final D clickButton(String text) {
        form.clickButton(text);
        return self();
    }

    public final String note(String fieldId) {
        return form.note(fieldId);
    }

    public final void waitUntil(BooleanSupplier condition) {
        form.waitUntil(condition);
    }

    /** Waits until the document is saved, then checks the file holds {@code expected}, byte for byte. */
    public final void assertSavedAs(Path file, String expected) {
        form.assertSavedAs(() -> !document().history().isDirty(), file, expected);
    }

    @SuppressWarnings("unchecked")
    private D self() {
        return (D) this;
    }
}
