package org.openmom.journal;

import java.util.concurrent.TimeUnit;

/**
 * How long the journal's recent commits (write and fsync) took, as a moving average: whether a
 * caller may commit on its own thread ({@link CallerCommits}). A network event loop that commits
 * stalls every connection it serves for as long as the disk takes, so it only does while the
 * disk answers within {@link #CALLER_LIMIT_NANOS}; one slow commit is enough to send the next ones
 * to the writer thread, and about twenty quick ones bring them back. Owned by whoever holds the
 * journal's files.
 */
final class CommitDurations {
    /** Half a millisecond: the longest a commit may hold up an event loop's other connections. */
    static final long CALLER_LIMIT_NANOS = TimeUnit.MICROSECONDS.toNanos(500);
    /** Each commit weighs an eighth of the average. */
    private static final int WEIGHT_SHIFT = 3;

    private long averageNanos;

    void record(long nanos) {
        averageNanos += (nanos - averageNanos) >> WEIGHT_SHIFT;
    }

    boolean quickEnoughForCallers() {
        return averageNanos < CALLER_LIMIT_NANOS;
    }
}
