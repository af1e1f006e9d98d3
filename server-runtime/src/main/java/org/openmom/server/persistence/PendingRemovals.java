package org.openmom.server.persistence;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalOverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removals of acknowledged messages on their way to one journal. One journal batch per
 * acknowledgement let a fast consumer fill the journal's queue, and the removals it then refused
 * were lost: acknowledged messages came back after the next restart (found by the torture suite,
 * R3). So removals are gathered and written as one batch — before the next save to the journal
 * (a save never reaches the disk before an earlier removal, so its confirmation also proves the
 * removals before it durable), once many have gathered, or from the background once the oldest
 * has waited a moment, which tries again while the journal is overloaded.
 *
 * <p>The moment counts from the oldest removal still gathered, not from when the background was
 * last called: under a steady flow of saves every removal leaves with the next save, and a write
 * of removals alone — one more fsync, which a save arriving meanwhile waits behind — is only
 * made when no save came for that moment (a producer awaiting each confirmation while its
 * consumer acknowledges waited behind one such fsync in three or four sends).
 *
 * <p>The broker calls in under its lock, so its monitor comes second in the server's lock order
 * (broker lock, then this, then the journal writer's queue) and nothing here waits or logs on the
 * caller's thread: a failed write is reported from the background thread.
 */
final class PendingRemovals {
    private static final Logger LOG = LoggerFactory.getLogger(PendingRemovals.class);
    private static final int MAX_GATHERED = 8192;
    static final long FLUSH_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long RETRY_DELAY_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final int INITIAL_CAPACITY = 64;

    private final Journal journal;
    private final ScheduledExecutorService background;
    private final LongSupplier nanoClock;
    /**
     * The removals, gathered straight into the batch that carries them (no boxed ids); a batch
     * the journal refused as overloaded comes back unsealed and keeps gathering.
     */
    private JournalBatch gathered = new JournalBatch(INITIAL_CAPACITY);
    private boolean flushScheduled;
    /** When the oldest of the gathered removals was added (by {@link #nanoClock}). */
    private long oldestGatheredNanos;
    /** The last batch of removals handed to the journal: once it is written, so are all before it. */
    private CompletableFuture<Void> lastWritten = CompletableFuture.completedFuture(null);

    PendingRemovals(Journal journal, ScheduledExecutorService background) {
        this(journal, background, System::nanoTime);
    }

    PendingRemovals(Journal journal, ScheduledExecutorService background, LongSupplier nanoClock) {
        this.journal = journal;
        this.background = background;
        this.nanoClock = nanoClock;
    }

    synchronized void add(long messageId) {
        if (gathered.isEmpty()) {
            oldestGatheredNanos = nanoClock.getAsLong();
        }
        gathered.remove(messageId);
        if (gathered.size() >= MAX_GATHERED) {
            flush();
        } else {
            scheduleFlush(FLUSH_DELAY_NANOS);
        }
    }

    /**
     * Writes {@code batch} after the gathered removals, handed to the journal with them (one
     * fsync for both); fails (overloaded) without writing it when they cannot go first.
     */
    synchronized CompletableFuture<Void> writeAfterRemovals(JournalBatch batch) {
        if (gathered.isEmpty()) {
            return journal.write(batch);
        }
        Journal.Writes writes = journal.write(gathered, batch);
        handedOver(writes.first());
        return writes.then();
    }

    /**
     * Completes once every removal added so far is durable; fails at once when the journal is
     * overloaded (ask again later).
     */
    synchronized CompletableFuture<Void> durable() {
        CompletableFuture<Void> refused = flush();
        return refused != null ? refused : lastWritten;
    }

    /** Hands the gathered removals to the journal; returns the failed write when it refused them (they stay gathered). */
    synchronized CompletableFuture<Void> flush() {
        if (gathered.isEmpty()) {
            return null;
        }
        CompletableFuture<Void> written = journal.write(gathered);
        return handedOver(written) ? null : written;
    }

    /**
     * The gathered removals went to the journal as {@code written}: true when it took them (a new
     * batch gathers from now on), false when it refused them as overloaded (they stay gathered
     * and are tried again a moment later).
     */
    private boolean handedOver(CompletableFuture<Void> written) {
        if (isOverloaded(written)) {
            scheduleFlush(RETRY_DELAY_NANOS);
            return false;
        }
        lastWritten = written;
        int count = gathered.size();
        // sized like the last one, so that a steady flow of removals does not grow arrays
        gathered = new JournalBatch(Math.max(INITIAL_CAPACITY, count));
        written.whenComplete((done, error) -> {
            if (error != null) {
                // the journal failed or closed: those messages are delivered again after a restart
                report(() -> LOG.warn("could not mark {} messages consumed in {}: {}", count, journal.files().master(), error.toString()));
            }
        });
        return true;
    }

    private void scheduleFlush(long delayNanos) {
        if (flushScheduled || background.isShutdown()) {
            return;
        }
        flushScheduled = true;
        try {
            background.schedule(this::flushWhenDue, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closing) {
            flushScheduled = false; // the store is closing: close() flushes what is left
        }
    }

    /** From the background: writes the gathered removals once the oldest has waited its moment, else looks again then. */
    private synchronized void flushWhenDue() {
        flushScheduled = false;
        if (gathered.isEmpty()) {
            return;
        }
        long waitedNanos = nanoClock.getAsLong() - oldestGatheredNanos;
        if (waitedNanos < FLUSH_DELAY_NANOS) {
            scheduleFlush(FLUSH_DELAY_NANOS - waitedNanos);
        } else {
            flush();
        }
    }

    /**
     * Logs on the background thread: a write that failed at once completes under the broker lock.
     * Once the thread has stopped (the store is closing, no longer under the broker lock), here.
     */
    private void report(Runnable failure) {
        try {
            background.execute(failure);
        } catch (RejectedExecutionException closing) {
            failure.run();
        }
    }

    /**
     * The journal refuses a batch at once, its future already failed, when its queue is full.
     * Read without waiting: {@code handle} on a completed future runs at once.
     */
    private static boolean isOverloaded(CompletableFuture<Void> written) {
        if (!written.isCompletedExceptionally()) {
            return false;
        }
        Throwable failure = written.handle((done, error) -> error).getNow(null);
        Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
        return cause instanceof JournalOverloadedException;
    }
}
