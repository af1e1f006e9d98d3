package org.openmom.torture;

import java.time.Duration;
import java.util.concurrent.Callable;

/**
 * Waiting on conditions, never on the clock: the machine may be slow (two cores, other builds),
 * so every wait is for something to become true, with a generous limit that only bounds a hang.
 */
final class Waits {
    private Waits() {
    }

    /** Polls {@code condition} every few milliseconds until it holds; fails naming {@code what}. */
    static void until(String what, Duration limit, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = 5;
        while (!condition.call()) {
            if (System.nanoTime() - deadline > 0) {
                throw new TortureException("gave up after " + limit.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(pause); // polling interval, not an assertion
            pause = Math.min(pause * 2, 100);
        }
    }
}
