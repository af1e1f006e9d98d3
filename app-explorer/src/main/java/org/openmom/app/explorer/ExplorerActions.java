package org.openmom.app.explorer;

import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.icons.OpenMomIcon;
import org.openmom.routes.RouterKind;

/**
 * Every command of the Explorer, made once and shown on the toolbar, in the menus and in the
 * tree's context menu ({@code ExplorerWindow.fxml} says where).
 */
final class ExplorerActions {
    final Action connect;
    final Action disconnect;
    final Action refresh;
    final Action delete;
    final Action toggleStatus;
    final Action live;
    final Action sendTestMessage;
    final Action createServerRouter;
    final Action createServiceRouter;
    final Action createEventRouter;
    final Action openRoutersFile;
    final Action saveRoutersFile;
    final Action deleteRouter;
    final Action startProgram;
    final Action stopProgram;
    final Action about;
    final Action filter;

    ExplorerActions(ExplorerModel model, Runnable focusFilter) {
        connect = Actions.create("Connect…", OpenMomIcon.CONNECT,
                "Connect to every server matching a name, role, host, protocol and end point", "Shortcut+K", model::connect);
        disconnect = Actions.enabledWhen(Actions.create("Disconnect", OpenMomIcon.DISCONNECT,
                "Disconnect from the selected server and remove it from the tree", "Shortcut+Shift+K", model::disconnect),
                model.canDisconnect());
        refresh = Actions.enabledWhen(Actions.create("Refresh selected connection", OpenMomIcon.REFRESH,
                "Read the selected server again (connects again when the connection was lost)", "F5", model::refresh),
                model.canRefresh());
        delete = Actions.enabledWhen(Actions.create("Delete selected Message/Message Seed", OpenMomIcon.DELETE_MESSAGE,
                "Delete the selected messages or message seeds from the server, after confirmation", "Delete",
                model::deleteSelected), model.canDelete());
        toggleStatus = Actions.enabledWhen(Actions.create("Enable/Disable status", OpenMomIcon.TOGGLE_STATUS,
                "Enable or disable the selected server, service or reflex", "Shortcut+E", model::toggleStatus),
                model.canToggleStatus());
        // The live toggle's state is the model's; the button and the check menu item flip it themselves.
        live = Actions.create("Live", OpenMomIcon.LIVE,
                "Follow the servers' changes as they happen instead of showing a picture taken at one time", "Shortcut+L", () -> { });
        live.selectedProperty().bindBidirectional(model.liveProperty());
        sendTestMessage = Actions.enabledWhen(Actions.create("Send test message…", OpenMomIcon.SEND_TEST_MESSAGE,
                "Post a message on the selected server as the administration service", "Shortcut+T", model::sendTestMessage),
                model.canSendTestMessage());
        createServerRouter = Actions.enabledWhen(Actions.create("Create Server Router…", OpenMomIcon.CREATE_SERVER_ROUTER,
                "Link the selected server to another one: messages without a recipient here, and global messages, go there",
                "Shortcut+R", () -> model.createRouter(RouterKind.SERVER)), model.canChangeRouters());
        createServiceRouter = Actions.enabledWhen(Actions.create("Create Service Router…", OpenMomIcon.CREATE_SERVICE_ROUTER,
                "Send the messages for one service from the selected server to another server", "Shortcut+Shift+R",
                () -> model.createRouter(RouterKind.SERVICE)), model.canChangeRouters());
        createEventRouter = Actions.enabledWhen(Actions.create("Create Event Router…", OpenMomIcon.CREATE_EVENT_ROUTER,
                "Send the messages of one event of a service from the selected server to another server", "Shortcut+Alt+R",
                () -> model.createRouter(RouterKind.EVENT)), model.canChangeRouters());
        openRoutersFile = Actions.enabledWhen(Actions.create("Open Routers File…", OpenMomIcon.DOCUMENT_OPEN,
                "Create on the selected server every router of a routes file (all of them or none)", "Shortcut+O",
                model::openRoutersFile), model.canChangeRouters());
        saveRoutersFile = Actions.enabledWhen(Actions.create("Save Routers File…", OpenMomIcon.DOCUMENT_SAVE,
                "Save the routers of the selected server to a routes file (for -x at its next start)", "Shortcut+S",
                model::saveRoutersFile), model.canChangeRouters());
        deleteRouter = Actions.enabledWhen(Actions.create("Delete Router", OpenMomIcon.ITEM_REMOVE,
                "Delete the selected router, after confirmation; the messages waiting in it are routed again", "Shift+Delete",
                model::deleteRouter), model.canDeleteRouter());
        startProgram = Actions.enabledWhen(Actions.create("Start Program", OpenMomIcon.START,
                "Start the selected activated program now (also one that failed): the server runs one more process of it",
                "Shortcut+P", model.activations()::start), model.activations().canStart());
        stopProgram = Actions.enabledWhen(Actions.create("Stop Program", OpenMomIcon.STOP,
                "Stop the selected activated program, after confirmation: its processes end, and it is not started on demand until"
                        + " started again", "Shortcut+Shift+P", model.activations()::stop), model.activations().canStop());
        about = Actions.create("About OpenMOM Explorer", OpenMomIcon.ABOUT, "What this program is and its version", "F1",
                model::showAbout);
        filter = Actions.create("Filter the tree", OpenMomIcon.FILTER, "Show only the nodes whose text contains a word",
                "Shortcut+F", focusFilter);
    }

    /** Each action by the name the window's FXML gives it ({@code userData} of its buttons and menu items). */
    Map<String, Action> byName() {
        return Map.ofEntries(Map.entry("connect", connect), Map.entry("disconnect", disconnect), Map.entry("refresh", refresh),
                Map.entry("delete", delete), Map.entry("toggleStatus", toggleStatus), Map.entry("live", live),
                Map.entry("sendTestMessage", sendTestMessage), Map.entry("createServerRouter", createServerRouter),
                Map.entry("createServiceRouter", createServiceRouter), Map.entry("createEventRouter", createEventRouter),
                Map.entry("openRoutersFile", openRoutersFile), Map.entry("saveRoutersFile", saveRoutersFile),
                Map.entry("deleteRouter", deleteRouter), Map.entry("startProgram", startProgram), Map.entry("stopProgram", stopProgram),
                Map.entry("about", about), Map.entry("filter", filter));
    }
}
