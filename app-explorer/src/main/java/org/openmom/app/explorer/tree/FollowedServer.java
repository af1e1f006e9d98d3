package org.openmom.app.explorer.tree;

import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;

/**
 * One server a view shows something of (its trash, its audit log): read when the view shows it,
 * and again after each refresh of its tree (live mode, or a change made from the Explorer).
 */
public final class FollowedServer {
    private final Consumer<ServerConnection> read;
    private final ChangeListener<Number> refreshed = (o, was, now) -> readNow();
    private ServerConnection connection;

    /** @param read reads what the view shows of the server (on the FX thread; its requests run in the background) */
    public FollowedServer(Consumer<ServerConnection> read) {
        this.read = read;
    }

    /**
     * Follows {@code server} and reads it.
     *
     * @return false when it followed it already (nothing read)
     */
    public boolean follow(ServerConnection server) {
        if (server == connection) {
            return false;
        }
        stop();
        connection = server;
        server.lastUpdateProperty().addListener(refreshed);
        readNow();
        return true;
    }

    /** Follows no server any more. */
    public void stop() {
        if (connection != null) {
            connection.lastUpdateProperty().removeListener(refreshed);
        }
        connection = null;
    }

    /** The server followed, or null. */
    public ServerConnection connection() {
        return connection;
    }

    /** Whether an answer about {@code server} is still wanted. */
    public boolean isFollowing(ServerConnection server) {
        return server != null && server == connection;
    }

    private void readNow() {
        read.accept(connection);
    }
}
