package org.openmom.journal;

/**
 * Tuning of one journal. {@link #defaults()} suits the broker; tests shrink the sizes.
 *
 * @param maxBatchBytes          largest encoded batch (ops and payloads) a write may carry
 * @param maxPendingBatches      batches that may wait for the writer thread before
 *                               {@link Journal#write} refuses new ones (back-pressure)
 * @param groupBufferBytes       size of the writer's direct buffer: a commit group is written
 *                               with one system call per file as long as it fits here
 * @param compactionDeadFraction compact when more than this fraction of the file is dead
 * @param compactionMinFileBytes never compact files smaller than this
 * @param preallocateBytes       files grow by this many zero bytes ahead of the data while the
 *                               journal is open (0: grow with each write), because overwriting
 *                               already allocated blocks makes each fsync several times cheaper
 *                               than appending (no file size change to commit)
 * @param callerCommitLimitMicros a caller trusted with commits ({@link CallerCommits}) commits
 *                               only while the journal's commits take less than this on average
 *                               (0: never), since it holds up its other work meanwhile
 */
public record JournalOptions(int maxBatchBytes, int maxPendingBatches, int groupBufferBytes,
                             double compactionDeadFraction, long compactionMinFileBytes, int preallocateBytes,
                             long callerCommitLimitMicros) {

    public JournalOptions {
        if (maxBatchBytes < 64 || maxBatchBytes > JournalFormat.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("maxBatchBytes must be between 64 and "
                    + JournalFormat.MAX_BODY_BYTES + ", not " + maxBatchBytes);
        }
        if (maxPendingBatches < 1) {
            throw new IllegalArgumentException("maxPendingBatches must be at least 1, not " + maxPendingBatches);
        }
        if (groupBufferBytes < 4096) {
            throw new IllegalArgumentException("groupBufferBytes must be at least 4096, not " + groupBufferBytes);
        }
        if (!(compactionDeadFraction > 0 && compactionDeadFraction < 1)) {
            throw new IllegalArgumentException("compactionDeadFraction must be between 0 and 1 (exclusive), not "
                    + compactionDeadFraction);
        }
        if (compactionMinFileBytes < 0) {
            throw new IllegalArgumentException("compactionMinFileBytes must not be negative");
        }
        if (preallocateBytes < 0) {
            throw new IllegalArgumentException("preallocateBytes must not be negative");
        }
        if (callerCommitLimitMicros < 0) {
            throw new IllegalArgumentException("callerCommitLimitMicros must not be negative");
        }
    }

    /** 32 MiB batches (a 16 MiB message fits), 8192 pending batches, 2 MiB group buffer, compact
     *  files over 64 MiB that are more than half dead, preallocate 8 MiB at a time, callers commit
     *  while commits take less than half a millisecond. */
    public static JournalOptions defaults() {
        return new JournalOptions(32 << 20, 8192, 2 << 20, 0.5, 64L << 20, 8 << 20, 500);
    }

    public JournalOptions withMaxBatchBytes(int bytes) {
        return new JournalOptions(bytes, maxPendingBatches, groupBufferBytes, compactionDeadFraction,
                compactionMinFileBytes, preallocateBytes, callerCommitLimitMicros);
    }

    public JournalOptions withMaxPendingBatches(int batches) {
        return new JournalOptions(maxBatchBytes, batches, groupBufferBytes, compactionDeadFraction,
                compactionMinFileBytes, preallocateBytes, callerCommitLimitMicros);
    }

    public JournalOptions withGroupBufferBytes(int bytes) {
        return new JournalOptions(maxBatchBytes, maxPendingBatches, bytes, compactionDeadFraction,
                compactionMinFileBytes, preallocateBytes, callerCommitLimitMicros);
    }

    public JournalOptions withCompaction(double deadFraction, long minFileBytes) {
        return new JournalOptions(maxBatchBytes, maxPendingBatches, groupBufferBytes, deadFraction, minFileBytes,
                preallocateBytes, callerCommitLimitMicros);
    }

    public JournalOptions withPreallocateBytes(int bytes) {
        return new JournalOptions(maxBatchBytes, maxPendingBatches, groupBufferBytes, compactionDeadFraction,
                compactionMinFileBytes, bytes, callerCommitLimitMicros);
    }

    public JournalOptions withCallerCommitLimitMicros(long micros) {
        return new JournalOptions(maxBatchBytes, maxPendingBatches, groupBufferBytes, compactionDeadFraction,
                compactionMinFileBytes, preallocateBytes, micros);
    }
}
