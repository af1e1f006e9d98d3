package org.openmom.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the live records of a journal into fresh files on its own thread while the writer goes
 * on appending to the old ones. Works from a snapshot of the index taken at old offset
 * {@code snapshotEnd}: it copies the live payloads, then appends a copy of whatever the writer
 * committed after the snapshot (the old file is append-only, so everything below the committed end
 * is stable). The writer thread then copies the last few bytes, renames the files into place and
 * moves its index ({@link JournalWriter}): producers wait only for that short last step.
 */
final class Compactor {

    private static final Logger log = LoggerFactory.getLogger(Compactor.class);
    /** Catch-up copies stop when the writer is this close, the rest is copied by the writer. */
    private static final long CATCH_UP_SLACK = 1 << 20;
    private static final int CATCH_UP_ROUNDS = 4;

    /** A finished (or failed) rewrite, waiting for the writer thread to switch to it. */
    record Result(List<Path> temporaryPaths, List<FileChannel> temporaryChannels, LiveIndex.Snapshot snapshot,
                  long[] newOffsets, long snapshotEnd, long tailBase, long copiedUpTo, long newGeneration,
                  Exception failure) {

        /** Where the next old byte at {@link #copiedUpTo()} goes in the new files. */
        long newEnd() {
            return tailBase + (copiedUpTo - snapshotEnd);
        }

        void discard() {
            for (FileChannel channel : temporaryChannels) {
                try {
                    channel.close();
                } catch (IOException ignored) {
                    // deleted next
                }
            }
            temporaryPaths.forEach(FileOps::deleteIfExists);
        }
    }

    private final String name;
    private final int bufferBytes;
    private final Runnable wakeWriter;
    private final ExecutorService thread;
    private final AtomicReference<Result> finished = new AtomicReference<>();
    private volatile boolean cancelled;
    /** Only touched by the writer thread. */
    private boolean running;

    Compactor(String name, int bufferBytes, Runnable wakeWriter) {
        this.name = name;
        this.bufferBytes = bufferBytes;
        this.wakeWriter = wakeWriter;
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "journal-compactor[" + name + "]");
            t.setDaemon(true);
            return t;
        });
    }

    boolean running() {
        return running;
    }

    /**
     * Starts rewriting {@code snapshot} (taken at old offset {@code snapshotEnd}) from
     * {@code source}, which the caller has retained and this compactor releases.
     */
    void start(JournalChannels source, LiveIndex.Snapshot snapshot, long snapshotEnd, long generation,
               LongSupplier committedEnd) {
        running = true;
        thread.execute(() -> {
            Result result;
            try {
                result = rewrite(source, snapshot, snapshotEnd, generation + 1, committedEnd);
            } finally {
                source.release();
            }
            finished.set(result);
            wakeWriter.run();
        });
    }

    /** Whether a rewrite finished and waits for {@link #takeFinished()}; any thread. */
    boolean hasFinished() {
        return finished.get() != null;
    }

    /** The finished rewrite, once; null while still working. */
    Result takeFinished() {
        Result result = finished.getAndSet(null);
        if (result != null) {
            running = false;
        }
        return result;
    }

    /** Stops a running rewrite and throws its files away. */
    void cancelAndWait() {
        cancelled = true;
        thread.shutdown();
        try {
            if (!thread.awaitTermination(1, TimeUnit.MINUTES)) {
                log.warn("Compaction of journal {} did not stop within a minute", name);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Result result = finished.getAndSet(null);
        if (result != null) {
            result.discard();
        }
        running = false;
    }

    private Result rewrite(JournalChannels source, LiveIndex.Snapshot snapshot, long snapshotEnd, long generation,
                           LongSupplier committedEnd) {
        List<Path> temporaryPaths = new ArrayList<>();
        List<FileChannel> temporaries = new ArrayList<>();
        long[] newOffsets = new long[snapshot.size()];
        try {
            for (Path target : source.paths()) {
                Path temporary = FileOps.temporaryFor(target, "compacting");
                temporaryPaths.add(temporary);
                temporaries.add(FileOps.createFresh(temporary));
            }
            for (FileChannel temporary : temporaries) {
                FileOps.writeFully(temporary, JournalFormat.encodeHeader(generation), 0);
            }
            long tailBase = writeLiveRecords(source.master(), snapshot, temporaries, newOffsets);
            long copiedUpTo = snapshotEnd;
            for (int round = 0; round < CATCH_UP_ROUNDS && !cancelled; round++) {
                long target = committedEnd.getAsLong();
                for (FileChannel temporary : temporaries) {
                    FileOps.copy(source.master(), copiedUpTo, target - copiedUpTo, temporary,
                            tailBase + (copiedUpTo - snapshotEnd));
                }
                copiedUpTo = target;
                if (committedEnd.getAsLong() - copiedUpTo < CATCH_UP_SLACK) {
                    break;
                }
            }
            for (FileChannel temporary : temporaries) {
                temporary.force(true);
            }
            if (cancelled) {
                throw new IOException("journal closing");
            }
            return new Result(temporaryPaths, temporaries, snapshot, newOffsets, snapshotEnd, tailBase, copiedUpTo,
                    generation, null);
        } catch (IOException | RuntimeException e) {
            Result failed = new Result(temporaryPaths, temporaries, snapshot, newOffsets, snapshotEnd, 0, 0,
                    generation, e);
            failed.discard();
            return failed;
        }
    }

    /** Packs the live payloads into records of about one buffer each; returns the end offset. */
    private long writeLiveRecords(FileChannel oldMaster, LiveIndex.Snapshot snapshot, List<FileChannel> targets,
                                  long[] newOffsets) throws IOException {
        RecordEncoder encoder = new RecordEncoder(bufferBytes);
        long bufferStart = JournalFormat.FILE_HEADER_BYTES;
        boolean recordOpen = false;
        for (int i = 0; i < snapshot.size(); i++) {
            if (cancelled) {
                throw new IOException("journal closing");
            }
            int opBytes = JournalFormat.PUT_HEADER_BYTES + snapshot.lengths()[i];
            if (recordOpen && !encoder.fits(opBytes)) {
                encoder.endRecord();
                bufferStart += flush(encoder, targets, bufferStart);
                recordOpen = false;
            }
            if (!recordOpen) {
                encoder.clear();
                encoder.ensureCapacity(JournalFormat.RECORD_HEADER_BYTES + JournalFormat.BODY_PREFIX_BYTES + opBytes);
                encoder.beginRecord();
                recordOpen = true;
            }
            int payloadInBuffer = encoder.putFrom(snapshot.ids()[i], oldMaster, snapshot.payloadOffsets()[i],
                    snapshot.lengths()[i]);
            newOffsets[i] = bufferStart + payloadInBuffer;
        }
        if (recordOpen) {
            encoder.endRecord();
            bufferStart += flush(encoder, targets, bufferStart);
        }
        return bufferStart;
    }

    private static int flush(RecordEncoder encoder, List<FileChannel> targets, long position) throws IOException {
        int size = encoder.size();
        for (FileChannel target : targets) {
            FileOps.writeFully(target, encoder.encoded(), position);
        }
        encoder.clear();
        return size;
    }
}
