package org.openmom.app.explorer.safety;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.AuditEntry;
import org.openmom.admin.AuditTail;
import org.openmom.app.explorer.tree.FollowedServer;
import org.openmom.app.explorer.tree.ServerConnection;

/** A server's audit log: every changing administration action, who did it, from where and when. Read again with the tree. */
public final class AuditModel {
    /** The last entries listed. */
    static final int LISTED = 1000;

    private final ObservableList<AuditEntry> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final FollowedServer server = new FollowedServer(this::read);

    /** Lists the audit log of {@code connection}. */
    public void show(ServerConnection connection) {
        server.follow(connection);
    }

    public void clear() {
        server.stop();
        rows.clear();
        state.set("");
    }

    private void read(ServerConnection connection) {
        connection.audit(LISTED, tail -> {
            if (server.isFollowing(connection)) {
                shown(connection, tail);
            }
        }, error -> state.set("The audit log cannot be read: " + error));
    }

    private void shown(ServerConnection connection, AuditTail tail) {
        rows.setAll(tail.entries());
        state.set("The last " + tail.entries().size() + " changing administration actions on " + connection.name()
                + (tail.file() == null || tail.file().isEmpty() ? "" : "; the whole log is in " + tail.file()));
    }

    public ObservableList<AuditEntry> rows() {
        return rows;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
