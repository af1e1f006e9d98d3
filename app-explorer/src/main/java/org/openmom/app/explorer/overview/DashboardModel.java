package org.openmom.app.explorer.overview;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.openmom.admin.ServerCounters;
import org.openmom.admin.ServerSnapshot;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ConnectionState;
import org.openmom.app.explorer.tree.ServerConnection;
import org.openmom.model.ByteSize;

/**
 * The dashboard: every connected server in one table, with its depth (messages in mailboxes
 * plus waiting seeds) and its posted and acknowledged rates, each with a sparkline of the last
 * {@link #HISTORY} reads. It reads each server every {@link Ticker#PERIOD} while it is shown.
 */
public final class DashboardModel {
    /** How many reads a sparkline shows: two minutes at one read every two seconds. */
    static final int HISTORY = 60;

    /**
     * One server of the dashboard.
     *
     * @param depthHistory     its depths, oldest first
     * @param postedHistory    its posted rates (per second), oldest first
     * @param acknowledgedHistory its acknowledged rates, oldest first
     */
    public record Row(String server, String state, long depth, String memory, String postedRate, String acknowledgedRate,
            List<Double> depthHistory, List<Double> postedHistory, List<Double> acknowledgedHistory) {}

    /** What the dashboard remembers of one server between reads. */
    private static final class History {
        ServerSnapshot last;
        long lastAt;
        final Deque<Double> depth = new ArrayDeque<>();
        final Deque<Double> posted = new ArrayDeque<>();
        final Deque<Double> acknowledged = new ArrayDeque<>();

        static void add(Deque<Double> values, double value) {
            values.addLast(value);
            if (values.size() > HISTORY) {
                values.removeFirst();
            }
        }
    }

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ServerConnection> connections;
    private final Ticker ticker;
    private final Map<ServerConnection, History> histories = new HashMap<>();
    private final Map<ServerConnection, Row> latest = new HashMap<>();

    public DashboardModel(ObservableList<ServerConnection> connections, BackgroundWork background) {
        this.connections = connections;
        this.ticker = new Ticker(background, this::look);
    }

    /** Starts reading the servers (the dashboard is shown). */
    public void start() {
        if (!ticker.isStarted()) {
            ticker.start();
        }
    }

    /** Stops reading them (the dashboard is hidden); the histories stay. */
    public void stop() {
        ticker.stop();
    }

    private void look() {
        histories.keySet().retainAll(connections);
        latest.keySet().retainAll(connections);
        for (ServerConnection connection : connections) {
            if (connection.stateProperty().get() != ConnectionState.CONNECTED) {
                latest.put(connection, new Row(connection.toString(), connection.stateProperty().get().text(), 0, "—", "—", "—",
                        List.of(), List.of(), List.of()));
                continue;
            }
            connection.sample(snapshot -> {
                latest.put(connection, read(connection, snapshot));
                show();
            }, error -> latest.put(connection, new Row(connection.toString(), error, 0, "—", "—", "—", List.of(), List.of(), List.of())));
        }
        show();
    }

    private Row read(ServerConnection connection, ServerSnapshot snapshot) {
        History history = histories.computeIfAbsent(connection, c -> new History());
        long now = System.currentTimeMillis();
        ServerCounters counters = snapshot.counters();
        long depth = counters.mailboxMessages() + counters.waitingSeeds();
        String posted = "…";
        String acknowledged = "…";
        if (history.last != null) {
            double seconds = Math.max(0.001, (now - history.lastAt) / 1000.0);
            double postedRate = Math.max(0, counters.posted() - history.last.counters().posted()) / seconds;
            double acknowledgedRate = Math.max(0, counters.acknowledged() - history.last.counters().acknowledged()) / seconds;
            History.add(history.posted, postedRate);
            History.add(history.acknowledged, acknowledgedRate);
            posted = MailboxSample.Rates.format(postedRate) + "/s";
            acknowledged = MailboxSample.Rates.format(acknowledgedRate) + "/s";
        }
        History.add(history.depth, (double) depth);
        history.last = snapshot;
        history.lastAt = now;
        return new Row(snapshot.server().label(), snapshot.server().status().isEnabled() ? "Enabled" : "Disabled", depth,
                ByteSize.format(counters.heldBytes()) + " of " + ByteSize.format(counters.memoryBound()), posted, acknowledged,
                List.copyOf(history.depth), List.copyOf(history.posted), List.copyOf(history.acknowledged));
    }

    /** The rows in the order of the connections. */
    private void show() {
        List<Row> ordered = new ArrayList<>();
        for (ServerConnection connection : connections) {
            Row row = latest.get(connection);
            if (row != null) {
                ordered.add(row);
            }
        }
        rows.setAll(ordered);
    }

    public ObservableList<Row> rows() {
        return rows;
    }
}
