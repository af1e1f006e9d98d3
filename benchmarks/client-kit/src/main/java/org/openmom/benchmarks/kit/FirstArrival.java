package org.openmom.benchmarks.kit;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The first message of a consumer just connected to its backlog (W10): a consumer thread calls {@link #arrived()}, the driver waits. */
public final class FirstArrival {
    private final CountDownLatch first = new CountDownLatch(1);

    public void arrived() {
        first.countDown();
    }

    /** Waits for the first message; fails naming {@code what} was done when {@code seconds} pass first. */
    public void await(String what, long seconds) throws InterruptedException {
        if (!first.await(seconds, TimeUnit.SECONDS)) {
            throw new WorkloadFailure("no waiting message delivered within " + seconds + " s of " + what);
        }
    }
}
