package org.openmom.app.explorer.safety;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.TrashEntry;
import org.openmom.admin.TrashList;
import org.openmom.app.explorer.tree.ConnectionState;
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
    private final ChangeListener<Number> refreshed = (o, was, now) -> read();
    private ServerConnection connection;
    private final BooleanBinding canRestore = Bindings.createBooleanBinding(() -> !selected.isEmpty() && this.connection != null
            && this.connection.stateProperty().get() == ConnectionState.CONNECTED && !this.connection.isReadOnly(), selected);

    /** Lists the trash of {@code server}. */
    public void show(ServerConnection server) {
        if (server == connection) {
            return;
        }
        clear();
        connection = server;
        server.lastUpdateProperty().addListener(refreshed);
        read();
    }

    public void clear() {
        if (connection != null) {
            connection.lastUpdateProperty().removeListener(refreshed);
        }
        connection = null;
        rows.clear();
        selected.clear();
        state.set("");
    }

    private void read() {
        ServerConnection server = connection;
        server.trash(LISTED, list -> {
            if (server == connection) {
                shown(list);
            }
        }, error -> state.set("The trash cannot be read: " + error));
    }

    private void shown(TrashList list) {
        rows.setAll(list.entries());
        state.set(list.total() + " message" + (list.total() == 1 ? "" : "s") + " in the trash of " + connection.name()
                + "; it keeps at most " + list.maxEntries() + " messages and " + ByteSize.format(list.maxBytes()) + ", each for "
                + list.retentionMillis() / 60_000 + " min" + (list.survivesRestart() ? "" : ", not across a restart"));
    }

    /** Restore: the selected messages go back to where they were deleted from. */
    public void restoreSelected(java.util.function.Consumer<String> report) {
        if (!canRestore.get()) {
            return;
        }
        List<Long> ids = selected.stream().map(e -> e.message().id()).toList();
        ServerConnection server = connection;
        server.restore(ids, result -> report.accept("Restored " + result.restored() + " message"
                + (result.restored() == 1 ? "" : "s") + " on " + server.name()
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
