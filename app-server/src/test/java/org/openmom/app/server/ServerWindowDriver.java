package org.openmom.app.server;

import java.nio.file.Path;
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
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.openmom.admin.LogLine;
import org.openmom.home.OpenMomHome;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Drives an OpenMOM Server window as a person would, for the tests; its questions answered as the test says. */
final class ServerWindowDriver {
    /** Servers start in a JVM of their own: a minute covers a loaded machine. */
    private static final long WAIT_SECONDS = 60;

    private final FxRobot robot;
    private final Path home;
    private final Preferences preferences;
    private ServerWindowDialogs.OnClose closeAnswer = ServerWindowDialogs.OnClose.CANCEL;
    private int closeQuestions;
    private ServerWindow window;
    private Stage stage;

    /** A window on {@code home}, remembering its properties in {@code preferences} (a new window of the same person shares them). */
    ServerWindowDriver(FxRobot robot, Path home, Preferences preferences) {
        this.robot = robot;
        this.home = home;
        this.preferences = preferences;
    }

    static Preferences freshPreferences() {
        return Preferences.userRoot().node("org/openmom/tests/" + UUID.randomUUID());
    }

    static void forget(Preferences preferences) throws BackingStoreException {
        preferences.removeNode();
    }

    ServerWindowDriver open() {
        AtomicReference<ServerWindow> shown = new AtomicReference<>();
        ServerWindowDialogs dialogs = new ServerWindowDialogs() {
            @Override
            public OnClose askOnClose(String serverLabel) {
                closeQuestions++;
                return closeAnswer;
            }

            @Override
            public Optional<Path> chooseFile(String title, Path folder) {
                return Optional.empty();
            }

            @Override
            public void showAbout() {
                // not asked by these tests
            }
        };
        robot.interact(() -> {
            stage = new Stage();
            shown.set(ServerWindow.show(stage, new OpenMomHome(home), preferences, dialogs, new ProgramLauncher("openmom"),
                    List.of("-Xmx256m")));
        });
        window = shown.get();
        return this;
    }

    ServerWindowModel model() {
        return window.model();
    }

    ServerWindowDriver fill(String fieldId, String text) {
        TextField field = robot.lookup("#" + fieldId).queryAs(TextField.class);
        robot.clickOn(field);
        robot.interact(field::clear);
        robot.write(text);
        return this;
    }

    String note(String fieldId) {
        return robot.lookup("#" + fieldId + "-note").queryLabeled().getText();
    }

    String text(String id) {
        return robot.lookup("#" + id).queryLabeled().getText();
    }

    String field(String id) {
        return robot.lookup("#" + id).queryAs(TextField.class).getText();
    }

    String message() {
        return robot.lookup("#message").queryAs(javafx.scene.control.TextArea.class).getText();
    }

    /** Clicks the toolbar button of an action, by its tooltip's first words. */
    ServerWindowDriver clickTool(String tooltipStart) {
        robot.clickOn(robot.lookup(".tool-bar .button").match(node -> ((javafx.scene.control.Button) node).getTooltip() != null
                && ((javafx.scene.control.Button) node).getTooltip().getText().startsWith(tooltipStart)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    boolean toolEnabled(String tooltipStart) {
        return !robot.lookup(".tool-bar .button").match(node -> ((javafx.scene.control.Button) node).getTooltip() != null
                && ((javafx.scene.control.Button) node).getTooltip().getText().startsWith(tooltipStart)).queryButton().isDisabled();
    }

    @SuppressWarnings("unchecked")
    ServerWindowDriver chooseLogLevel(int level) {
        ComboBox<org.openmom.admin.LogLevel> box = robot.lookup("#log-level").queryAs(ComboBox.class);
        robot.interact(() -> box.getSelectionModel().select(level));
        return this;
    }

    /** The log lines shown, as the list shows them. */
    @SuppressWarnings("unchecked")
    List<String> logLines() {
        ListView<LogLine> list = robot.lookup("#log-lines").queryAs(ListView.class);
        AtomicReference<List<String>> lines = new AtomicReference<>();
        robot.interact(() -> lines.set(list.getItems().stream().map(LogLines::format).toList()));
        return lines.get();
    }

    /** The window manager's close box. */
    ServerWindowDriver requestClose(ServerWindowDialogs.OnClose answer) {
        closeAnswer = answer;
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    int closeQuestions() {
        return closeQuestions;
    }

    boolean isShowing() {
        return stage.isShowing();
    }

    void hide() {
        robot.interact(() -> {
            if (stage.isShowing()) {
                stage.hide();
            }
        });
    }

    void waitUntil(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not show " + what + " within " + WAIT_SECONDS + " s; status: "
                    + model().statusProperty().get() + "; message: " + model().messageProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
