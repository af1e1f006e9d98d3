package org.openmom.app.configeditor;

import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.document.RecentFilesMenu;
import org.openmom.app.common.document.StatusBarController;
import org.openmom.app.common.problem.ProblemsModel;
import org.openmom.app.common.problem.ProblemsPaneController;
import org.openmom.app.common.shell.ThemeMenu;

/**
 * Shows a {@link ConfigEditorModel} in {@code ConfigEditorWindow.fxml}: attaches the actions to
 * the menus, the toolbar and the table's context menu, and hands each pane its part of the model.
 */
public final class ConfigEditorWindowController {
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu themeMenu;
    @FXML
    private Menu recentMenu;
    @FXML
    private ToolBar toolBar;
    @FXML
    private ReflexTableController reflexTableController;
    @FXML
    private ProblemsPaneController problemsPaneController;
    @FXML
    private WhoRunsPaneController whoRunsController;
    @FXML
    private StatusBarController statusBarController;

    /** @param exit closes the window (after asking about unsaved changes) */
    void show(ConfigEditorModel model, Runnable exit) {
        ThemeMenu.attach(themeMenu);
        Map<String, Action> actions = new EditorActions(model, whoRunsController::focusService, exit).byName();
        Actions.attach(actions, menuBar);
        Actions.attach(actions, toolBar);
        Actions.attach(actions, reflexTableController.contextMenu());
        reflexTableController.show(model);
        whoRunsController.show(model.whoRuns());
        problemsPaneController.show(new ProblemsModel(model.document().checkProperty(), problem -> {
            if (problem.element().index() >= 0) {
                model.selectedProperty().set(problem.element().index());
            }
        }));
        RecentFilesMenu.follow(recentMenu, model.document());
        statusBarController.show(model.busyProperty(), model.document(), model.countsProperty());
    }

    /** The keys act on the reflexes at first, not on the filter above them. */
    void focusReflexes() {
        reflexTableController.table().requestFocus();
    }

    ReflexTableController table() {
        return reflexTableController;
    }
}
