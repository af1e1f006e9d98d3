package org.openmom.benchmarks.kit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what consumers received in one run and lets the driver wait for all of it. Consumer
 * threads call {@link #arrived()}; the driver calls {@link #expect} before a run starts.
 */
public final class DeliveryCounter {
    private final AtomicLong arrived = new AtomicLong();
    private volatile long expected = Long.MAX_VALUE;
    private volatile CountDownLatch done = new CountDownLatch(1);

    public void expect(long count) {
        done = new CountDownLatch(1);
        arrived.set(0);
        expected = count;
    }

    public void arrived() {
        if (arrived.incrementAndGet() == expected) {
            done.countDown();
        }
    }

    /** Waits for the expected count; fails naming how many came when {@code seconds} pass first. */
    public void await(String what, long seconds) throws InterruptedException {
        if (!done.await(seconds, TimeUnit.SECONDS)) {
            throw new WorkloadFailure(what + ": " + arrived.get() + " of " + expected + " messages arrived within "
                    + seconds + " s");
        }
    }
}
