package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The durable, append-only log of one logging service: a crash-safe store of payloads keyed by
 * {@code long} ids, kept in a master file and its mirrors (same bytes in each).
 *
 * <p>Writes go through {@link #write}: batches from any number of threads are queued, and a single
 * writer thread commits everything queued with one fsync per file (group commit). The queue is
 * bounded; when it is full {@code write} does not block but returns a future failed with
 * {@link JournalOverloadedException}, so a network thread never waits for the disk's backlog.
 * A thread the journal was opened to trust with it ({@link CallerCommits}) may commit a small group
 * itself while the writer thread has nothing to do and the disk answers within half a millisecond.
 *
 * <p>Opening recovers from crashes and damage: a torn last batch is cut off, damaged batches in
 * the middle are skipped (or restored from a mirror) without losing the batches after them, a
 * missing or damaged master is rebuilt from a mirror and missing mirrors from the master.
 * {@link #recoveryReport()} says what was done. Dead records are dropped by a background
 * compaction once they take more than {@link JournalOptions#compactionDeadFraction()} of a file
 * larger than {@link JournalOptions#compactionMinFileBytes()}.
 */
public final class Journal implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);

    private final JournalFiles files;
    private final List<String> recoveryReport;
    private final JournalWriter writer;
    private volatile boolean closed;

    private Journal(JournalFiles files, List<String> recoveryReport, JournalWriter writer) {
        this.files = files;
        this.recoveryReport = recoveryReport;
        this.writer = writer;
    }

    /**
     * Opens the journal, creating its files if absent, recovers it and indexes the live records.
     *
     * @throws JournalException with a one-line message naming the file and the fix, e.g. when a
     *                          file is not a journal, has a newer format version or is not accessible
     */
    public static Journal open(JournalFiles files, JournalOptions options) throws JournalException {
        return open(files, options, CallerCommits.NONE);
    }

    /**
     * {@link #open(JournalFiles, JournalOptions)}, letting the threads that write commit their
     * groups themselves where {@code callerCommits} says they can: their futures then complete on
     * those threads.
     */
    public static Journal open(JournalFiles files, JournalOptions options, CallerCommits callerCommits)
            throws JournalException {
        JournalLock lock = JournalLock.acquire(files.master());
        Recovery.Recovered recovered;
        try {
            recovered = Recovery.recover(files);
        } catch (JournalException | RuntimeException e) {
            lock.release();
            throw e;
        }
        for (String line : recovered.report()) {
            // A first start repairs nothing: worth a line in the log, not a warning on the console.
            if (recovered.created()) {
                log.info("{}", line);
            } else {
                log.warn("{}", line);
            }
        }
        JournalWriter writer = new JournalWriter(files.master().toString(), files.master().getFileName().toString(),
                options, recovered, callerCommits, lock::release);
        writer.start();
        return new Journal(files, recovered.report(), writer);
    }

    /** The files this journal writes. */
    public JournalFiles files() {
        return files;
    }

    /**
     * What opening found and repaired, one line each (torn tail cut at offset N, damaged byte
     * range skipped, master repaired from a mirror, mirror rebuilt, ...); empty after a clean close.
     * The lines are also logged as warnings.
     */
    public List<String> recoveryReport() {
        return recoveryReport;
    }

    /**
     * Appends {@code batch} atomically: after a crash either all its operations are in the journal
     * or none. The future completes (on the thread that committed the group: the journal's writer
     * thread, or a caller it trusts with commits, see {@link CallerCommits}; use the {@code ...Async}
     * methods for heavy follow-up work) once the batch is forced to the disk in the master and
     * every mirror. It fails with {@link JournalOverloadedException} at once if too many batches
     * are waiting, and with {@link JournalException} if the batch is too large or the journal is
     * closed. When a disk write fails, a batch marked {@link JournalBatch#refusedWhileDiskFails()}
     * fails with {@link JournalException}; the others wait and complete once the disk works again
     * (see {@link #diskTrouble()}).
     */
    public CompletableFuture<Void> write(JournalBatch batch) {
        return writer.submit(batch);
    }

    /** The futures of two batches written one after the other ({@link #write(JournalBatch, JournalBatch)}). */
    public record Writes(CompletableFuture<Void> first, CompletableFuture<Void> then) {}

    /**
     * Appends {@code first}, then {@code then}, handed to the writer together, as {@link #write(JournalBatch)}
     * would each: they reach the disk in that order, and in one group (one fsync) unless the
     * group's buffer ends between them. Two calls of {@code write} would let the writer, woken by
     * the first, commit it alone while the second is being queued, and make the second wait
     * for that fsync and then its own. When the first is refused, so is the second; when only
     * the second is, the first is written alone.
     */
    public Writes write(JournalBatch first, JournalBatch then) {
        return writer.submit(first, then);
    }

    /**
     * Calls {@code action} with every live record (id, payload), in append order (the order of each
     * id's latest put), on the calling thread. Writes may go on meanwhile; they are not included.
     */
    public void forEachLive(BiConsumer<Long, byte[]> action) throws JournalException {
        forEachLive((id, record, offset, file) -> {
            byte[] copy = new byte[record.remaining()];
            record.get(copy);
            action.accept(id, copy);
        });
    }

    /**
     * Receives each live record where it lies: {@code record}'s bytes between its position and
     * limit, valid during the call only (no array per record: a replay of a million reads a
     * gigabyte), in a file that stays readable while it is {@link PinnedRecords#retain retained}.
     */
    @FunctionalInterface
    public interface LiveRecordVisitor {
        void visit(long id, ByteBuffer record, long offset, PinnedRecords file);
    }

    /** {@link #forEachLive(BiConsumer)}, telling where each record lies (see {@link PinnedRecords}). */
    public void forEachLive(LiveRecordVisitor visitor) throws JournalException {
        JournalWriter.Pinned pinned = pin();
        PinnedRecords file = new PinnedRecords(pinned.channels());
        try {
            FileChannel master = pinned.channels().master();
            FileWindow window = new FileWindow(master, pinned.end(), FileWindow.DEFAULT_CAPACITY);
            LiveIndex.Snapshot live = pinned.snapshot();
            for (int i = 0; i < live.size(); i++) {
                long offset = live.payloadOffsets()[i];
                int length = live.lengths()[i];
                ByteBuffer record = length <= window.capacity() ? window.bytes(offset, length)
                        : ByteBuffer.wrap(read(master, window, offset, length));
                if (record == null) {
                    throw new IOException("file ended inside the record at offset " + offset);
                }
                visitor.visit(live.ids()[i], record, offset, file);
            }
        } catch (IOException e) {
            throw new JournalException("cannot read journal file " + files.master() + ": " + e, e);
        } finally {
            file.release();
        }
    }

    /**
     * The ids of the live records, without reading them: which messages this journal holds (a
     * message moved between journals may be in two after a crash; the store keeps one).
     */
    public long[] liveIds() throws JournalException {
        JournalWriter.Pinned pinned = pin();
        try {
            return pinned.snapshot().ids().clone();
        } finally {
            pinned.channels().release();
        }
    }

    private JournalWriter.Pinned pin() throws JournalException {
        if (writer.isCommittingThread()) {
            throw new IllegalStateException("a journal's records were read from a write completion, on the thread "
                    + "that committed the write, which would wait for itself; continue with a ...Async method");
        }
        try {
            return writer.onWriterThread(writer::pin).join();
        } catch (CompletionException e) {
            throw new JournalException("journal " + files.master() + " is closed", e.getCause());
        }
    }

    private static byte[] read(FileChannel channel, FileWindow window, long offset, int length) throws IOException {
        byte[] payload = new byte[length];
        if (length <= window.capacity()) {
            window.bytes(offset, length).get(payload);
            return payload;
        }
        ByteBuffer target = ByteBuffer.wrap(payload);
        while (target.hasRemaining()) {
            if (channel.read(target, offset + target.position()) < 0) {
                throw new IOException("file ended inside the record at offset " + offset);
            }
        }
        return payload;
    }

    /**
     * How full the queue of batches waiting for the writer is, from 0 to 1: at 1 {@link #write}
     * refuses with {@link JournalOverloadedException}, so callers slow their producers before.
     */
    public double backlog() {
        return writer.backlog();
    }

    /**
     * The disk failure this journal is recovering from (it refuses new messages meanwhile and
     * tries again every second), or empty while its writes work.
     */
    public Optional<DiskTrouble> diskTrouble() {
        return Optional.ofNullable(writer.diskTrouble());
    }

    /** Counters of this journal since it was opened (live figures are current). */
    public JournalStats stats() {
        return writer.stats();
    }

    /**
     * Waits until every batch accepted so far is on disk, stops the writer and closes the files.
     * Later writes fail. Calling it again does nothing. Called from a write completion (on the
     * writer thread itself) it cannot wait: the files close right after that completion.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        writer.stop();
    }
}
