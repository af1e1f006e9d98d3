package org.openmom.journal;

/**
 * Counters of one journal, read without stopping it (each figure is exact, the set is not an
 * atomic snapshot).
 *
 * @param liveRecords  records (ids) currently live
 * @param liveBytes    sum of the payload sizes of the live records
 * @param fileBytes    bytes of data in the master file (while open, the file on disk is longer by
 *                     its preallocated zeros, see {@link JournalOptions#preallocateBytes()})
 * @param fsyncs       {@code FileChannel.force} calls, all files counted
 * @param batches      batches committed since open
 * @param groups       commit groups written since open (batches sharing one fsync per file)
 * @param compactions  compactions completed since open
 * @param rejected     writes refused because the queue was full
 */
public record JournalStats(long liveRecords, long liveBytes, long fileBytes, long fsyncs,
                           long batches, long groups, long compactions, long rejected) {
}
