package org.openmom.stress;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Counts what the stress test's threads get done, and fails with a dump of every thread once
 * nothing was done for {@link #stallSeconds}: a hang is reported with its locks, not as a timeout.
 */
final class Progress {
    private final AtomicLong steps = new AtomicLong();
    private final long stallSeconds;

    Progress(long stallSeconds) {
        this.stallSeconds = stallSeconds;
    }

    void step() {
        steps.incrementAndGet();
    }

    long steps() {
        return steps.get();
    }

    /** Waits until {@code done}, as long as steps keep being made. */
    void awaitUntil(String what, BooleanSupplier done) throws InterruptedException {
        awaitUntil(what, done, () -> "");
    }

    /** As above; {@code state} says what is still missing when it stalls. */
    void awaitUntil(String what, BooleanSupplier done, Supplier<String> state) throws InterruptedException {
        long lastSteps = steps.get();
        long lastChange = System.nanoTime();
        while (!done.getAsBoolean()) {
            Thread.sleep(50);
            long now = steps.get();
            if (now != lastSteps) {
                lastSteps = now;
                lastChange = System.nanoTime();
            } else if (System.nanoTime() - lastChange > TimeUnit.SECONDS.toNanos(stallSeconds)) {
                throw new AssertionError("no progress for " + stallSeconds + " s while waiting until " + what + state.get() + "\n"
                        + ThreadDump.now());
            }
        }
    }

    /** Waits for {@code threads} to end, as long as steps keep being made. */
    void awaitEnd(String what, Iterable<Thread> threads) throws InterruptedException {
        awaitUntil(what, () -> {
            for (Thread thread : threads) {
                if (thread.isAlive()) {
                    return false;
                }
            }
            return true;
        });
    }
}
