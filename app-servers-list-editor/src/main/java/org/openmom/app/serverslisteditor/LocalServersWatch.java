package org.openmom.app.serverslisteditor;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.openmom.home.RunningServers;

/**
 * Whether a server listening on the local protocol runs on this machine, looked up in the
 * registry of running servers every few seconds off the FX thread. It starts as "yes" so that
 * nothing is reported before the first look.
 */
final class LocalServersWatch implements AutoCloseable {
    private static final long PERIOD_SECONDS = 5;

    private final RunningServers registry;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-servers-watch");
        thread.setDaemon(true);
        return thread;
    });

    LocalServersWatch(RunningServers registry) {
        this.registry = registry;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::look, 0, PERIOD_SECONDS, TimeUnit.SECONDS);
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void look() {
        boolean any = registry.list().stream().anyMatch(server -> server.localEndpoint() != null);
        Platform.runLater(() -> running.set(any));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
