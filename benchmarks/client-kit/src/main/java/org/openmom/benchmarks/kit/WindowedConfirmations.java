package org.openmom.benchmarks.kit;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Keeps at most {@code window} messages unconfirmed: {@link #beforeSend()} blocks while the window
 * is full, {@link #confirmed} (any thread) frees a place and records the send-to-confirm time.
 */
public final class WindowedConfirmations {
    private final int window;
    private final Semaphore places;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();

    public WindowedConfirmations(int window) {
        this.window = window;
        this.places = new Semaphore(window);
    }

    public void beforeSend() throws InterruptedException {
        if (!places.tryAcquire(60, TimeUnit.SECONDS)) {
            throw new WorkloadFailure("no confirmation for 60 s with " + window + " messages in flight");
        }
        rethrow();
    }

    public void confirmed(Throwable error) {
        if (error != null) {
            failure.compareAndSet(null, error);
        }
        places.release();
    }

    /** Waits until every message sent so far is confirmed. */
    public void drain() throws InterruptedException {
        if (!places.tryAcquire(window, 60, TimeUnit.SECONDS)) {
            throw new WorkloadFailure("confirmations missing after 60 s: " + (window - places.availablePermits()));
        }
        places.release(window);
        rethrow();
    }

    private void rethrow() {
        Throwable error = failure.get();
        if (error != null) {
            throw new WorkloadFailure("a send was refused: " + error, error);
        }
    }
}
