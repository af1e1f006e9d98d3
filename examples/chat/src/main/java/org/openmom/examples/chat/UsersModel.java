package org.openmom.examples.chat;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.app.common.task.BackgroundWork;

/**
 * The guide's users list: the other users of the connected CHAT services, kept current while it
 * is shown by asking the server again every {@link #EVERY} (the client API's USERS request; a
 * chat has no administration rights to watch the server's changes).
 */
public final class UsersModel {
    /** How often the open list asks again: often enough to see someone come or go while you look. */
    static final Duration EVERY = Duration.ofSeconds(2);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final BackgroundWork background;
    private final Callable<List<String>> ask;
    private final Consumer<String> pick;
    private final ObservableList<String> users = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private BackgroundWork.Cancellable next;
    private boolean following;
    private boolean asking;

    /**
     * @param ask  the users of the server (blocking; run in the background), this chat's own left out
     * @param pick makes a user the To User
     */
    UsersModel(BackgroundWork background, Callable<List<String>> ask, Consumer<String> pick) {
        this.background = background;
        this.ask = ask;
        this.pick = pick;
    }

    public ObservableList<String> users() {
        return users;
    }

    /** How many, and when the server was asked last; or why it could not be asked. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Asks the server now (once; a question still on its way is not asked twice). */
    public void refresh() {
        if (asking) {
            return;
        }
        asking = true;
        background.run(ask, this::show, error -> {
            asking = false;
            status.set("Cannot list the users: " + error.getMessage());
            askAgainLater();
        });
    }

    private void show(List<String> now) {
        asking = false;
        if (!users.equals(now)) {
            users.setAll(now);
        }
        status.set((now.isEmpty() ? "Nobody else" : now.size() == 1 ? "1 other user" : now.size() + " other users")
                + " connected to this server, at " + LocalTime.now().format(TIME));
        askAgainLater();
    }

    /** Keeps the list current until {@link #stopFollowing()}: while the Users window is open. */
    public void follow() {
        following = true;
        refresh();
    }

    public void stopFollowing() {
        following = false;
        if (next != null) {
            next.cancel();
            next = null;
        }
    }

    private void askAgainLater() {
        if (following) {
            next = background.after(EVERY, this::refresh);
        }
    }

    /** The person chose {@code user} to talk to. */
    public void pick(String user) {
        if (user != null) {
            pick.accept(user);
        }
    }
}
