package org.openmom.app.server;

import java.util.HashMap;
import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.icons.OpenMomIcon;

/**
 * Every command of the OpenMOM Server window, made once and shown on the toolbar and in the menus
 * ({@code ServerWindow.fxml} names them as {@link #byName()} does).
 */
final class ServerWindowActions {
    private final Map<String, Action> byName = new HashMap<>();

    /**
     * @param findInLog puts the cursor in the log's search field
     * @param exit      closes the window (asking first what to do with a running server)
     */
    ServerWindowActions(ServerWindowModel model, Runnable findInLog, Runnable exit) {
        byName.put("start", Actions.enabledWhen(Actions.create("Start", OpenMomIcon.START,
                "Start the server with these properties (as openmom server does)", "F5", model::start), model.canStartProperty()));
        byName.put("stop", Actions.enabledWhen(Actions.create("Stop", OpenMomIcon.STOP,
                "Stop the running server (its journal is kept for the next start)", "Shift+F5", model::stop), model.runningProperty()));
        byName.put("chooseConfig", Actions.enabledWhen(Actions.create("Choose Config File…", OpenMomIcon.DOCUMENT_OPEN,
                "Choose the server configuration file", "Shortcut+O", model::chooseConfigFile), model.propertiesEditableProperty()));
        byName.put("chooseRoutes", Actions.enabledWhen(Actions.create("Choose Routes File…", OpenMomIcon.ROUTER,
                "Choose the routes file whose routers are re-established at start", "Shortcut+Shift+O", model::chooseRoutesFile),
                model.propertiesEditableProperty()));
        byName.put("openExplorer", Actions.enabledWhen(Actions.create("Open Explorer on This Server", OpenMomIcon.APP_EXPLORER,
                "Open the OpenMOM Explorer connected to this server", "Shortcut+E", model::openExplorer), model.runningProperty()));
        byName.put("editConfiguration", Actions.create("Edit Configuration", OpenMomIcon.APP_CONFIG_EDITOR,
                "Edit the Config File in the Server Configuration Editor", "Shortcut+G", model::editConfiguration));
        byName.put("findInLog", Actions.create("Search the Log", OpenMomIcon.FILTER,
                "Show only the log lines holding a text", "Shortcut+F", findInLog));
        byName.put("about", Actions.create("About OpenMOM Server", OpenMomIcon.ABOUT, "About this program", "F1", model::showAbout));
        byName.put("exit", Actions.create("Exit", OpenMomIcon.STOP, "Close the window (asks what to do with a running server)",
                "Shortcut+Q", exit));
    }

    Map<String, Action> byName() {
        return Map.copyOf(byName);
    }
}
