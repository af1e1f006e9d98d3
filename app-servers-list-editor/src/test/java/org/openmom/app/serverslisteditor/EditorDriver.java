package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TreeItem;
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

    /** Clicks the first cell of the list showing {@code text}. */
    EditorDriver clickCell(String text) {
        Node cell = robot.lookup("#servers-list .tree-table-cell").match(LabeledMatchers.hasText(text)).query();
        robot.clickOn(cell);
        return this;
    }
}
