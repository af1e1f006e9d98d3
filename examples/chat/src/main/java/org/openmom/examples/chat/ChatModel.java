package org.openmom.examples.chat;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.client.ConnectionListener;
import org.openmom.examples.chat.client.ChatConnection;
import org.openmom.examples.chat.client.ChatLine;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;

/**
 * The chat window without its controls: the conversation, the To User, the message being
 * written, Persistent and Callback, and the commands. The network work of {@link ChatConnection}
 * runs in the background; what it brings back changes this model on the FX thread.
 */
public final class ChatModel {
    private final OpenMomHome home;
    private final BackgroundWork background;
    private final ChatDialogs dialogs;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final StringProperty toUser = new SimpleStringProperty(this, "toUser", "");
    private final StringProperty draft = new SimpleStringProperty(this, "draft", "");
    private final BooleanProperty persistent = new SimpleBooleanProperty(this, "persistent", false);
    private final BooleanProperty callback = new SimpleBooleanProperty(this, "callback", true);
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected", false);
    private final ReadOnlyStringWrapper me = new ReadOnlyStringWrapper(this, "me", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "Not connected");
    private final UsersModel users;
    private final BooleanBinding canSend = Bindings.createBooleanBinding(
            () -> connected.get() && !recipient().isEmpty() && !draft.get().isEmpty(), connected, toUser, draft);
    private ChatRequest lastRequest;
    private ChatConnection connection;

    /** @param first the connect screen's first fields (the command line's) */
    ChatModel(OpenMomHome home, ChatRequest first, BackgroundWork background, ChatDialogs dialogs) {
        this.home = home;
        this.lastRequest = first;
        this.background = background;
        this.dialogs = dialogs;
        this.users = new UsersModel(background, this::otherUsers, toUser::set);
        // The mode is told to the server when registering: a change of Callback registers again.
        callback.addListener((o, was, now) -> {
            if (connection != null) {
                connect(lastRequest);
            }
        });
    }

    // ---- connecting ------------------------------------------------------------------------

    /** Connect…: the connect screen, then the connection. */
    public void connect() {
        dialogs.askWhereToConnect(new ConnectScreenModel(lastRequest)).ifPresent(this::connect);
    }

    /** Connects as {@code request} says (replacing the connection there is). */
    public void connect(ChatRequest request) {
        lastRequest = request;
        status.set("Connecting as " + request.user() + "…");
        boolean pushed = callback.get();
        ChatConnection old = connection;
        connection = null;
        connected.set(false);
        background.run(() -> {
            if (old != null) {
                old.close();
            }
            return open(request, pushed);
        }, this::connected, error -> {
            status.set("Not connected");
            dialogs.showError("OpenMOM Chat cannot connect", error.getMessage());
            connect(); // the connect screen again, filled as it was, to correct a field or give up
        });
    }

    /** Worker thread: connects; what the connection reports later comes to the FX thread. */
    private ChatConnection open(ChatRequest request, boolean pushed) {
        return ChatConnection.open(request, home, pushed, line -> background.onFxThread(() -> lines.add(line)),
                new ConnectionListener() {
                    @Override
                    public void connectionLost(String reason) {
                        background.onFxThread(() -> lost(reason));
                    }

                    @Override
                    public void connectionRegained(ServerAddress address) {
                        background.onFxThread(ChatModel.this::regained);
                    }
                });
    }

    private void connected(ChatConnection opened) {
        connection = opened;
        if (opened.pushed() != callback.get()) {
            connect(lastRequest); // Callback changed while connecting: register again in the mode now asked
            return;
        }
        connected.set(true);
        me.set(opened.me());
        status.set(describe(opened));
        lines.add(ChatLine.notice("Connected as " + opened.me() + " to " + opened.server()
                + (callback.get() ? "" : " (fetching messages itself: Callback is off)")));
    }

    private String describe(ChatConnection opened) {
        return opened.me() + " on " + opened.server() + " — " + (callback.get() ? "messages pushed (Callback)" : "messages fetched");
    }

    private void lost(String reason) {
        connected.set(false);
        status.set("Server lost — reconnecting…");
        lines.add(ChatLine.problem("The server is lost (" + reason + "); reconnecting through the Servers List declarations…"));
    }

    private void regained() {
        if (connection == null) {
            return; // closed or replaced meanwhile
        }
        connected.set(true);
        status.set(describe(connection));
        lines.add(ChatLine.notice("Connected again, to " + connection.server()));
    }

    // ---- talking ---------------------------------------------------------------------------

    /** Send (Enter): the message to the To User. */
    public void send() {
        String to = recipient();
        String text = draft.get();
        if (!canSend.get()) {
            return;
        }
        ChatConnection current = connection;
        boolean keep = persistent.get();
        background.run(() -> current.say(to, text, keep), sent -> {
            lines.add(sent);
            if (text.equals(draft.get())) {
                draft.set("");
            }
        }, error -> lines.add(ChatLine.problem("Not sent to " + to + ": " + error.getMessage())));
    }

    /** The To User as typed, without the spaces around it. */
    private String recipient() {
        return toUser.get() == null ? "" : toUser.get().strip();
    }

    /** Clear: empties the conversation shown (nothing on the server changes). */
    public void clear() {
        lines.clear();
    }

    /** Users: the list of the connected CHAT users, kept current while it is open. */
    public void showUsers() {
        dialogs.showUsers(users);
    }

    public void showAbout() {
        dialogs.showAbout();
    }

    /** Worker thread: the users of the server but this chat's own. */
    private List<String> otherUsers() throws InterruptedException {
        ChatConnection current = connection;
        if (current == null) {
            return List.of();
        }
        return current.users().stream().filter(user -> !user.equals(current.me())).toList();
    }

    /** The window closes: unregisters, on a thread of its own that the program waits for (BYE goes out). */
    public void close() {
        users.stopFollowing();
        ChatConnection gone = connection;
        connection = null;
        if (gone != null) {
            new Thread(gone::close, "chat-bye").start();
        }
    }

    // ---- state for the view ----------------------------------------------------------------

    public ObservableList<ChatLine> lines() {
        return lines;
    }

    public StringProperty toUserProperty() {
        return toUser;
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public BooleanProperty persistentProperty() {
        return persistent;
    }

    public BooleanProperty callbackProperty() {
        return callback;
    }

    public ReadOnlyBooleanProperty connectedProperty() {
        return connected.getReadOnlyProperty();
    }

    /** The user name this chat is connected as (empty before). */
    public ReadOnlyStringProperty meProperty() {
        return me.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    public UsersModel users() {
        return users;
    }

    /** Send needs a connection, someone to send to and something to say. */
    public BooleanBinding canSend() {
        return canSend;
    }
}
