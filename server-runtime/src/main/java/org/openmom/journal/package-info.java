/**
 * The durable, append-only log of persistent messages: one {@link org.openmom.journal.Journal}
 * per logging service key, a master file plus optional {@code ~} mirror files holding the same
 * bytes. The journal is a log-structured key-value store of {@code long id -> byte[] payload};
 * the broker decides what the ids and payloads mean.
 *
 * <p>Threads: callers only enqueue batches ({@link org.openmom.journal.Journal#write}); one writer
 * thread per journal owns the files, commits queued batches in groups with one fsync per file
 * per group, and one compactor thread per journal rewrites the live records in the background.
 * The byte layout is documented in {@code docs/journal-format.md}.
 */
package org.openmom.journal;
