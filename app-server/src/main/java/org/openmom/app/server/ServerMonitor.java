package org.openmom.app.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.LogLine;
import org.openmom.admin.LogTail;
import org.openmom.admin.ServerSnapshot;
import org.openmom.admin.WatchRequest;
import org.openmom.admin.client.AdminClient;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.RunningServer;
import org.openmom.model.ServerAddress;

/**
 * Watches the window's running server as an Administration Service over the Local protocol (no
 * secret is needed there: the run folder's permissions decide): a snapshot every
 * {@value #REFRESH_SECONDS} seconds for the identity, uptime and counts, and the log as the server
 * writes it, into a {@link ServerLogModel}.
 */
final class ServerMonitor {
    private static final long REFRESH_SECONDS = 2;
    private static final int TAIL_LINES = 500;

    private final AdminOptions options;
    private final BackgroundWork background;
    private final ServerLogModel log;
    private final ReadOnlyObjectWrapper<ServerSnapshot> snapshot = new ReadOnlyObjectWrapper<>(this, "snapshot");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private AdminSession session;
    private BackgroundWork.Cancellable nextRefresh = () -> { };
    /** Which watch the answers arriving belong to: answers of a server no longer watched are dropped. */
    private long watching;

    ServerMonitor(AdminOptions options, BackgroundWork background, ServerLogModel log) {
        this.options = options;
        this.background = background;
        this.log = log;
        log.sendLevelTo(level -> {
            if (session != null) {
                AdminSession asked = session;
                long watch = watching;
                background.follow(() -> asked.setLogLevel(level), before -> { }, error -> failed(watch, error));
            }
        });
    }

    /** The latest snapshot of the server, null while none has come. */
    ReadOnlyObjectProperty<ServerSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    /** Why the server cannot be watched now (the server runs, the window just cannot see into it); empty when it can. */
    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    ServerLogModel log() {
        return log;
    }

    /** Starts watching {@code server} (instead of any server watched before). */
    void watch(RunningServer server) {
        stop();
        long watch = watching;
        String localName = server.localEndpoint();
        if (localName == null) {
            problem.set("This server listens on TCP/IP only, where administration needs its admin secret: its log and"
                    + " counts are shown for servers that also listen on Local (choose \"All available protocols\").");
            return;
        }
        background.follow(() -> AdminClient.connect(ServerAddress.local(localName), options), opened -> connected(watch, opened),
                error -> failed(watch, error));
    }

    /** Stops watching (the server goes on). */
    void stop() {
        watching++;
        nextRefresh.cancel();
        snapshot.set(null);
        problem.set("");
        log.clear();
        if (session != null) {
            AdminSession closing = session;
            session = null;
            background.run(() -> {
                closing.close();
                return null;
            }, done -> { }, failure -> { });
        }
    }

    private void connected(long watch, AdminSession opened) {
        if (watch != watching) {
            background.run(() -> {
                opened.close();
                return null;
            }, done -> { }, failure -> { });
            return;
        }
        session = opened;
        opened.addConnectionLostListener(reason -> background.onFxThread(() -> {
            if (watch == watching) {
                problem.set("Lost the administration connection to the server: " + reason);
            }
        }));
        // the watch first: a line logged while the tail travels comes by the watch
        background.follow(() -> opened.watch(WatchRequest.logOnly(), event -> background.onFxThread(() -> logged(watch, event))),
                started -> background.follow(() -> opened.logTail(TAIL_LINES), tail -> tail(watch, tail),
                        error -> failed(watch, error)),
                error -> failed(watch, error));
        refresh(watch);
    }

    private void tail(long watch, LogTail tail) {
        if (watch != watching) {
            return;
        }
        List<LogLine> lines = new ArrayList<>(tail.lines());
        long last = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).sequence();
        log.allLines().stream().filter(line -> line.sequence() > last).forEach(lines::add);
        log.restart(tail.level(), lines);
    }

    private void logged(long watch, ChangeEvent event) {
        if (watch == watching && event.kind() == ChangeKind.LOG) {
            log.add(event.log());
        }
    }

    private void refresh(long watch) {
        if (watch != watching || session == null) {
            return;
        }
        AdminSession asked = session;
        background.follow(asked::snapshot, taken -> {
            if (watch == watching) {
                snapshot.set(taken);
                nextRefresh = background.after(Duration.ofSeconds(REFRESH_SECONDS), () -> refresh(watch));
            }
        }, error -> failed(watch, error));
    }

    /** A failure of the server watched now (one of a server no longer watched is of no interest). */
    private void failed(long watch, Throwable error) {
        if (watch != watching) {
            return;
        }
        problem.set("Cannot watch the server: " + error.getMessage());
    }
}
