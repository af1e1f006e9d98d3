package org.openmom.app.server;

import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.shell.ThemeMenu;

/**
 * Shows a {@link ServerWindowModel} in {@code ServerWindow.fxml}: attaches the actions to the
 * menus and the toolbar, and hands the properties form and the log pane their part of the model.
 */
public final class ServerWindowController {
    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu themeMenu;
    @FXML
    private ToolBar toolBar;
    @FXML
    private ServerPropertiesFormController propertiesController;
    @FXML
    private ServerLogPaneController logController;
    @FXML
    private Label state;
    @FXML
    private TextField identity;
    @FXML
    private TextField endpoints;
    @FXML
    private Label uptime;
    @FXML
    private Label counts;
    @FXML
    private TextArea message;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label status;

    /** @param exit closes the window (asking first what to do with a running server) */
    void show(ServerWindowModel model, Runnable exit) {
        ThemeMenu.attach(themeMenu);
        Map<String, Action> actions = new ServerWindowActions(model, logController::focusSearch, exit).byName();
        Actions.attach(actions, menuBar);
        Actions.attach(actions, toolBar);
        propertiesController.show(model.properties(), actions, model.propertiesEditableProperty());
        logController.show(model.log());
        state.textProperty().bind(Bindings.createStringBinding(() -> model.stateProperty().get().text(), model.stateProperty()));
        model.stateProperty().addListener((o, before, now) -> {
            state.getStyleClass().remove("server-" + before.name().toLowerCase(java.util.Locale.ROOT));
            state.getStyleClass().add("server-" + now.name().toLowerCase(java.util.Locale.ROOT));
        });
        state.getStyleClass().add("server-stopped");
        identity.textProperty().bind(model.identityProperty());
        endpoints.textProperty().bind(model.endpointsProperty());
        uptime.textProperty().bind(model.uptimeProperty());
        counts.textProperty().bind(model.countsProperty());
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        busy.visibleProperty().bind(model.stateProperty().isEqualTo(ServerWindowModel.State.STARTING)
                .or(model.stateProperty().isEqualTo(ServerWindowModel.State.STOPPING)));
        status.textProperty().bind(model.statusProperty());
    }

    ServerLogPaneController log() {
        return logController;
    }
}
