package org.openmom.app.explorer;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Stands in for the FX application thread in view-model tests without a toolkit: what the
 * background work hands to the FX thread waits here until the test's own thread runs it, so the
 * view model is only ever touched by one thread, as in the program.
 */
final class FxThreadStandIn implements Executor {
    private static final long WAIT_MILLIS = 20_000;

    private final BlockingQueue<Runnable> events = new LinkedBlockingQueue<>();

    @Override
    public void execute(Runnable event) {
        events.add(event);
    }

    /** Runs what arrives, in this thread, until {@code condition} holds. */
    void runUntil(BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        try {
            while (!condition.getAsBoolean()) {
                Runnable event = events.poll(Math.max(0, deadline - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                if (event == null) {
                    throw new AssertionError("the view model did not reach the expected state in " + WAIT_MILLIS / 1000 + " s");
                }
                event.run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the view model", e);
        }
    }
}
