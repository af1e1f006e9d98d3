package org.openmom.app.explorer;

import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.explorer.messages.MessageTableModel;
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
    final Action firstPage;
    final Action previousPage;
    final Action nextPage;
    final Action lastPage;
    final Action newestFirst;
    final Action loadAll;
    final Action dashboard;
    final Action readOnly;
    final Action openProfile;
    final Action saveProfile;
    final Action search;
    final Action runSearch;
    final Action cancelSearch;
    final Action purge;
    final Action resubmit;
    final Action moveTo;
    final Action copyTo;
    final Action restore;
    final Action exportMessages;
    final Action importMessages;

    /**
     * @param focusFilter   puts the cursor in the filter box
     * @param showDashboard brings the dashboard to the front
     * @param showSearch    brings the search to the front, the cursor in its text
     */
    ExplorerActions(ExplorerModel model, Runnable focusFilter, Runnable showDashboard, Runnable showSearch) {
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
                "Shortcut+G", model.activations()::start), model.activations().canStart());
        stopProgram = Actions.enabledWhen(Actions.create("Stop Program", OpenMomIcon.STOP,
                "Stop the selected activated program, after confirmation: its processes end, and it is not started on demand until"
                        + " started again", "Shortcut+Shift+G", model.activations()::stop), model.activations().canStop());
        about = Actions.create("About OpenMOM Explorer", OpenMomIcon.ABOUT, "What this program is and its version", "F1",
                model::showAbout);
        filter = Actions.create("Filter the tree", OpenMomIcon.FILTER, "Show only the nodes whose text contains a word",
                "Shortcut+F", focusFilter);
        MessageTableModel messages = model.messages();
        firstPage = Actions.enabledWhen(Actions.create("First page", OpenMomIcon.PAGE_FIRST,
                "Show the first page of the mailbox's messages", "Alt+Home", messages::firstPage), messages.canGoBack());
        previousPage = Actions.enabledWhen(Actions.create("Previous page", OpenMomIcon.PAGE_PREVIOUS,
                "Show the page before this one", "Alt+Page Up", messages::previousPage), messages.canGoBack());
        nextPage = Actions.enabledWhen(Actions.create("Next page", OpenMomIcon.PAGE_NEXT,
                "Show the page after this one", "Alt+Page Down", messages::nextPage), messages.canGoForward());
        lastPage = Actions.enabledWhen(Actions.create("Last page", OpenMomIcon.PAGE_LAST,
                "Jump to the end of the mailbox: its last page", "Alt+End", messages::lastPage), messages.canGoForward());
        newestFirst = Actions.enabledWhen(Actions.create("Newest first", OpenMomIcon.NEWEST_FIRST,
                "List the mailbox's newest messages first (else the oldest first)", "Shortcut+Shift+N", () -> { }),
                messages.mailboxProperty().isNotNull());
        newestFirst.selectedProperty().bindBidirectional(messages.newestFirstProperty());
        loadAll = Actions.enabledWhen(Actions.create("Load all", OpenMomIcon.LOAD_ALL,
                "Show the whole body of the selected message, not only its first 64 KiB", "Shortcut+Shift+B",
                model.details()::loadAll), model.details().canLoadAllProperty());
        dashboard = Actions.create("Dashboard", OpenMomIcon.DASHBOARD,
                "Every connected server at a glance: its depth and rates, read every two seconds", "Shortcut+D", showDashboard);
        readOnly = Actions.enabledWhen(Actions.create("Read-only", OpenMomIcon.READ_ONLY,
                "Only look at the selected server: every action that would change it is disabled", "Shortcut+Shift+O",
                model::toggleReadOnly), model.canDisconnect());
        openProfile = Actions.create("Open Connection Profile…", OpenMomIcon.CONNECTION_PROFILE,
                "Connect to every server of a connection profile: a named set of servers saved before", "Shortcut+P",
                model::openProfile);
        saveProfile = Actions.enabledWhen(Actions.create("Save Connection Profile…", OpenMomIcon.DOCUMENT_SAVE_AS,
                "Save the servers of the tree, and which are read-only, as a connection profile to open again", "Shortcut+Shift+P",
                model::saveProfile), model.canSaveProfile());
        search = Actions.create("Search Messages…", OpenMomIcon.SEARCH,
                "Search the bodies and headers of every message of every connected server", "Shortcut+Shift+F", showSearch);
        runSearch = Actions.enabledWhen(Actions.create("Search", OpenMomIcon.SEARCH,
                "Run the search on every connected server; the hits come as each server finds them", "Shortcut+Enter",
                model.search()::search), model.search().runningProperty().not());
        cancelSearch = Actions.enabledWhen(Actions.create("Cancel Search", OpenMomIcon.CANCEL,
                "Stop the search on every server; the hits found so far stay", "Shortcut+Period", model.search()::cancel),
                model.search().runningProperty());
        purge = Actions.enabledWhen(Actions.create("Purge…", OpenMomIcon.PURGE,
                "Remove every message waiting for the selected service's SERVICE/USER, after confirming the count"
                        + " (into the server's trash)", "Shortcut+Shift+Delete", model::purge), model.canPurge());
        resubmit = Actions.enabledWhen(Actions.create("Resubmit", OpenMomIcon.RESUBMIT,
                "Post the selected messages again to where they were going (a dead letter to its original destination)",
                "Shortcut+Shift+U", model::resubmit), model.canTransfer());
        moveTo = Actions.enabledWhen(Actions.create("Move to…", OpenMomIcon.MOVE_TO,
                "Post the selected messages to another service/user and delete them here", "Shortcut+Shift+M",
                () -> model.transfer(false)), model.canTransfer());
        copyTo = Actions.enabledWhen(Actions.create("Copy to…", OpenMomIcon.COPY_TO,
                "Post copies of the selected messages to another service/user; they stay here", "Shortcut+Shift+C",
                () -> model.transfer(true)), model.canTransfer());
        restore = Actions.enabledWhen(Actions.create("Restore", OpenMomIcon.RESTORE,
                "Put the messages selected in the trash back where they were deleted from", "Shortcut+Shift+Z",
                model::restore), model.trash().canRestore());
        exportMessages = Actions.enabledWhen(Actions.create("Export…", OpenMomIcon.DOCUMENT_SAVE_AS,
                "Write the selected messages, or the selected mailbox whole, to a JSON Lines file (headers and body)",
                "Shortcut+Shift+E", model::export), model.canExport());
        importMessages = Actions.enabledWhen(Actions.create("Import…", OpenMomIcon.DOCUMENT_OPEN,
                "Post the messages of an exported file again on the selected server", "Shortcut+Shift+I", model::importMessages),
                model.canSendTestMessage());
    }

    /** Each action by the name the window's FXML gives it ({@code userData} of its buttons and menu items). */
    Map<String, Action> byName() {
        return Map.ofEntries(Map.entry("connect", connect), Map.entry("disconnect", disconnect), Map.entry("refresh", refresh),
                Map.entry("delete", delete), Map.entry("toggleStatus", toggleStatus), Map.entry("live", live),
                Map.entry("sendTestMessage", sendTestMessage), Map.entry("createServerRouter", createServerRouter),
                Map.entry("createServiceRouter", createServiceRouter), Map.entry("createEventRouter", createEventRouter),
                Map.entry("openRoutersFile", openRoutersFile), Map.entry("saveRoutersFile", saveRoutersFile),
                Map.entry("deleteRouter", deleteRouter), Map.entry("startProgram", startProgram), Map.entry("stopProgram", stopProgram),
                Map.entry("about", about), Map.entry("filter", filter),
                Map.entry("firstPage", firstPage), Map.entry("previousPage", previousPage), Map.entry("nextPage", nextPage),
                Map.entry("lastPage", lastPage), Map.entry("newestFirst", newestFirst), Map.entry("loadAll", loadAll),
                Map.entry("dashboard", dashboard), Map.entry("readOnly", readOnly), Map.entry("openProfile", openProfile),
                Map.entry("saveProfile", saveProfile), Map.entry("search", search), Map.entry("runSearch", runSearch),
                Map.entry("cancelSearch", cancelSearch), Map.entry("purge", purge), Map.entry("resubmit", resubmit),
                Map.entry("moveTo", moveTo), Map.entry("copyTo", copyTo), Map.entry("restore", restore),
                Map.entry("exportMessages", exportMessages), Map.entry("importMessages", importMessages));
    }
}
