package org.openmom.journal;

import java.util.concurrent.TimeUnit;

/**
 * How long the journal's recent commits (write and fsync) took, as a moving average: whether a
 * caller may commit on its own thread ({@link CallerCommits}). A network event loop that commits
 * stalls every connection it serves for as long as the disk takes, so it only does while the
 * disk answers within the limit ({@link JournalOptions#callerCommitLimitMicros()}, half a
 * millisecond by default); one slow commit is enough to send the next ones to the writer thread,
 * and about twenty quick ones bring them back. Owned by whoever holds the journal's files.
 */
final class CommitDurations {
    /** Each commit weighs an eighth of the average. */
    private static final int WEIGHT_SHIFT = 3;

    private final long limitNanos;
    private long averageNanos;

    CommitDurations(long limitMicros) {
        this.limitNanos = TimeUnit.MICROSECONDS.toNanos(limitMicros);
    }

    void record(long nanos) {
        averageNanos += (nanos - averageNanos) >> WEIGHT_SHIFT;
    }

    boolean quickEnoughForCallers() {
        return averageNanos < limitNanos;
    }
}
