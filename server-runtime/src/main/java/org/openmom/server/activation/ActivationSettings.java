package org.openmom.server.activation;

import java.time.Duration;

/**
 * How the supervisor paces itself.
 *
 * @param checkEvery   how often it looks at the demand of each service and at its processes
 * @param firstBackOff the wait before starting again a program that exited with messages waiting; doubled on each quick exit
 * @param maxBackOff   the longest wait between two starts
 * @param quickExit    a program that exits sooner than this after its start counts toward a crash loop
 * @param crashLoop    this many quick exits in a row and the program is stopped and shown as failed
 * @param stopGrace    how long a program may take to exit after SIGTERM before SIGKILL
 */
public record ActivationSettings(Duration checkEvery, Duration firstBackOff, Duration maxBackOff, Duration quickExit, int crashLoop,
        Duration stopGrace) {

    public static ActivationSettings defaults() {
        return new ActivationSettings(Duration.ofMillis(200), Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(10), 5,
                Duration.ofSeconds(5));
    }

    /** The wait before the next start after {@code quickExits} quick exits in a row. */
    Duration backOff(int quickExits) {
        Duration wait = firstBackOff;
        for (int i = 1; i < quickExits && wait.compareTo(maxBackOff) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(maxBackOff) > 0 ? maxBackOff : wait;
    }
}
