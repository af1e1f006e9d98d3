package org.openmom.examples.chat;

import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.icons.OpenMomIcon;

/** Every command of the chat, made once and shown on the toolbar, the buttons and the menus ({@code ChatWindow.fxml}). */
final class ChatActions {
    final Action connect;
    final Action send;
    final Action clear;
    final Action users;
    final Action persistent;
    final Action callback;
    final Action about;

    ChatActions(ChatModel model) {
        connect = Actions.create("Connect…", OpenMomIcon.CONNECT,
                "Chat under a name on a server: the connect screen (User, Server, Role, Host, Protocol, End Point)", "Shortcut+K",
                model::connect);
        send = Actions.enabledWhen(Actions.create("Send", OpenMomIcon.SEND_TEST_MESSAGE,
                "Send the message to the To User (Enter in the message field)", "Shortcut+Enter", model::send), model.canSend());
        clear = Actions.create("Clear", OpenMomIcon.ITEM_REMOVE, "Clear the screen (the conversation shown here)", "Shortcut+L",
                model::clear);
        users = Actions.enabledWhen(Actions.create("Users…", OpenMomIcon.SERVICES,
                "Open the list of the connected Chat users; pick one to send to", "Shortcut+U", model::showUsers),
                model.connectedProperty());
        // Persistent and Callback are the model's states; their check boxes and menu items flip them.
        persistent = Actions.create("Persistent", OpenMomIcon.PERSISTENT_SEED,
                "Send persistent messages: to a user not connected now, delivered when they connect", "Shortcut+P", () -> { });
        persistent.selectedProperty().bindBidirectional(model.persistentProperty());
        callback = Actions.create("Callback", OpenMomIcon.LIVE,
                "Messages pushed by the server as they arrive; unchecked, this chat fetches them itself", "Shortcut+B", () -> { });
        callback.selectedProperty().bindBidirectional(model.callbackProperty());
        about = Actions.create("About OpenMOM Chat", OpenMomIcon.ABOUT, "What this demo is and its version", "F1", model::showAbout);
    }

    /** Each action by the name the window's FXML gives it ({@code userData}). */
    Map<String, Action> byName() {
        return Map.of("connect", connect, "send", send, "clear", clear, "users", users, "persistent", persistent,
                "callback", callback, "about", about);
    }
}
