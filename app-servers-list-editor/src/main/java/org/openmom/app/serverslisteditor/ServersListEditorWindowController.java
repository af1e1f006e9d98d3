package org.openmom.app.serverslisteditor;

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
 * Shows a {@link ServersListEditorModel} in {@code ServersListEditorWindow.fxml}: attaches the
 * actions to the menus, the toolbar and the list's context menu, and hands each pane its part
 * of the model.
 */
public final class ServersListEditorWindowController {
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu themeMenu;
    @FXML
    private Menu recentMenu;
    @FXML
    private ToolBar toolBar;
    @FXML
    private ServersListTreeController treeController;
    @FXML
    private ProblemsPaneController problemsPaneController;
    @FXML
    private WhoConnectsPaneController whoConnectsController;
    @FXML
    private StatusBarController statusBarController;

    /** @param exit closes the window (after asking about unsaved changes) */
    void show(ServersListEditorModel model, Runnable exit) {
        ThemeMenu.attach(themeMenu);
        Map<String, Action> actions = new EditorActions(model, whoConnectsController::focusService, exit).byName();
        Actions.attach(actions, menuBar);
        Actions.attach(actions, toolBar);
        Actions.attach(actions, treeController.contextMenu());
        treeController.show(model);
        problemsPaneController.show(new ProblemsModel(model.document().checkProperty(), problem -> {
            if (problem.element().index() >= 0) {
                model.selectedProperty().set(problem.element());
            }
        }));
        whoConnectsController.show(model.whoConnects());
        RecentFilesMenu.follow(recentMenu, model.document());
        statusBarController.show(model.busyProperty(), model.document(), model.countsProperty());
    }

    ServersListTreeController tree() {
        return treeController;
    }
}
