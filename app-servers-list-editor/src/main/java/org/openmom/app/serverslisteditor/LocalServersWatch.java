package org.openmom.app.serverslisteditor;

import java.time.Duration;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.RunningServers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether a server listening on the local protocol runs on this machine, looked up in the
 * registry of running servers every few seconds in the background. It starts as "yes" so that
 * nothing is reported before the first look.
 */
final class LocalServersWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalServersWatch.class);
    private static final Duration PERIOD = Duration.ofSeconds(5);

    private final RunningServers registry;
    private final BackgroundWork background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", true);
    private BackgroundWork.Cancellable nextLook;
    private boolean closed;

    LocalServersWatch(RunningServers registry, BackgroundWork background) {
        this.registry = registry;
        this.background = background;
    }

    void start() {
        look();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    private void look() {
        background.run(() -> registry.list().stream().anyMatch(server -> server.localEndpoint() != null), any -> {
            running.set(any);
            lookAgainLater();
        }, error -> {
            LOG.warn("cannot read the registry of running servers: {}", error.toString());
            lookAgainLater();
        });
    }

    private void lookAgainLater() {
        if (!closed) {
            nextLook = background.after(PERIOD, this::look);
        }
    }

    /** Stops looking (on the FX thread). */
    @Override
    public void close() {
        closed = true;
        if (nextLook != null) {
            nextLook.cancel();
        }
    }
}
