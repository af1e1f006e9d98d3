package org.openmom.server.assembly;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.openmom.server.Broker;

/**
 * Runs {@link Broker#checkRotation} four times a second: the limits it checks (a CALL unanswered,
 * acknowledgements stalled, a lock unused) are seconds long, so a quarter of a second late is on time.
 */
final class RotationCheck implements AutoCloseable {
    private static final long EVERY_MILLIS = 250;

    private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "openmom-rotation");
        thread.setDaemon(true);
        return thread;
    });

    static RotationCheck start(Broker broker) {
        RotationCheck check = new RotationCheck();
        check.clock.scheduleWithFixedDelay(broker::checkRotation, EVERY_MILLIS, EVERY_MILLIS, TimeUnit.MILLISECONDS);
        return check;
    }

    @Override
    public void close() {
        clock.shutdownNow();
    }
}
