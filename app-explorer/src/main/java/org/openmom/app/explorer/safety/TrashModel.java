package org.openmom.app.explorer.safety;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.TrashEntry;
import org.openmom.admin.TrashList;
import org.openmom.app.explorer.tree.ConnectionState;
import org.openmom.app.explorer.tree.FollowedServer;
import org.openmom.app.explorer.tree.ServerConnection;
import org.openmom.model.ByteSize;

/**
 * A server's trash: the messages deleted or purged lately, each restorable to where it was
 * deleted from until the trash's bounds push it out. Read again whenever the server's tree is.
 */
public final class TrashModel {
    /** The newest entries listed. */
    static final int LISTED = 1000;

    private final ObservableList<TrashEntry> rows = FXCollections.observableArrayList();
    private final ObservableList<TrashEntry> selected = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final FollowedServer server = new FollowedServer(this::read);
    private final BooleanBinding canRestore = Bindings.createBooleanBinding(() -> !selected.isEmpty() && server.connection() != null
            && server.connection().stateProperty().get() == ConnectionState.CONNECTED && !server.connection().isReadOnly(), selected);

    /** Lists the trash of {@code connection}. */
    public void show(ServerConnection connection) {
        server.follow(connection);
    }

    public void clear() {
        server.stop();
        rows.clear();
        selected.clear();
        state.set("");
    }

    private void read(ServerConnection connection) {
        connection.trash(LISTED, list -> {
            if (server.isFollowing(connection)) {
                shown(connection, list);
            }
        }, error -> state.set("The trash cannot be read: " + error));
    }

    private void shown(ServerConnection connection, TrashList list) {
        rows.setAll(list.entries());
        state.set(list.total() + " message" + (list.total() == 1 ? "" : "s") + " in the trash of " + connection.name()
                + "; it keeps at most " + list.maxEntries() + " messages and " + ByteSize.format(list.maxBytes()) + ", each for "
                + list.retentionMillis() / 60_000 + " min" + (list.survivesRestart() ? "" : ", not across a restart"));
    }

    /** Restore: the selected messages go back to where they were deleted from. */
    public void restoreSelected(Consumer<String> report) {
        if (!canRestore.get()) {
            return;
        }
        List<Long> ids = selected.stream().map(e -> e.message().id()).toList();
        ServerConnection connection = server.connection();
        connection.restore(ids, result -> report.accept("Restored " + result.restored() + " message"
                + (result.restored() == 1 ? "" : "s") + " on " + connection.name()
                + (result.notFound().isEmpty() ? "" : "; no longer in the trash: " + result.notFound())));
    }

    public ObservableList<TrashEntry> rows() {
        return rows;
    }

    /** The entries the person selected; the view keeps it. */
    public ObservableList<TrashEntry> selected() {
        return selected;
    }

    public BooleanBinding canRestore() {
        return canRestore;
    }

    /** How many, and the trash's bounds; or why it cannot be read. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }
}
