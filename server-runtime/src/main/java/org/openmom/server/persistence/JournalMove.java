package org.openmom.server.persistence;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalException;
import org.openmom.journal.JournalOverloadedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves the persistent messages of some journals to the journal their Key chooses now, after a
 * change of the Logging Services, on its own thread while the server goes on. Each journal is
 * read in chunks of {@link #CHUNK} records; a chunk is placed under the broker lock (a short
 * hold: records acknowledged or rewritten since they were read are skipped), its copies are
 * written to the new journals, and only once a copy is on disk is the record removed from the
 * old journal. Stopped half-way (the server stops, or is killed), the next start finishes it.
 */
final class JournalMove {
    private static final Logger LOG = LoggerFactory.getLogger(JournalMove.class);
    static final int CHUNK = 1_000;
    private static final long RETRY_MILLIS = 10;

    /** A record read from a journal: its id, its bytes, and the service its message is for (null if unreadable). */
    record Record(long id, byte[] bytes, String service) {}

    /** What placing a chunk did: the copies written, and the records to place again (a new journal's queue was full). */
    static final class Placed {
        final List<Record> retry = new ArrayList<>();
        final List<CompletableFuture<Void>> copies = new ArrayList<>();
        int moved;
    }

    /** The server stops: the move ends where it is. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }

    private final JournalStore store;
    private final List<Journal> sources;
    private final Consumer<Runnable> underBrokerLock;
    private final Thread thread;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong moved = new AtomicLong();
    private final List<CompletableFuture<Void>> copies = new ArrayList<>();
    private volatile long total = -1;
    private volatile boolean stopped;
    private final long startedNanos = System.nanoTime();

    JournalMove(JournalStore store, List<Journal> sources, Consumer<Runnable> underBrokerLock) {
        this.store = store;
        this.sources = List.copyOf(sources);
        this.underBrokerLock = underBrokerLock;
        this.thread = new Thread(this::run, "journal-move");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    void stop() {
        stopped = true;
        thread.interrupt();
    }

    Consumer<Runnable> underBrokerLock() {
        return underBrokerLock;
    }

    /** One line for the status and the answer of a reload refused meanwhile. */
    String progress() {
        long known = total;
        return "moving persistent messages to the journals of the new Logging Services: " + read.get() + " of "
                + (known < 0 ? "?" : known) + " read, " + moved.get() + " moved";
    }

    String summary() {
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        return "Logging Services changed: " + moved.get() + " persistent messages moved to the journal of their Key in " + millis
                + " ms (" + (read.get() - moved.get()) + " stay where they are)";
    }

    private void run() {
        try {
            removalsDurable(); // a record acknowledged just before would still be in the journal read next
            total = countRecords();
            for (Journal source : sources) {
                List<Record> chunk = new ArrayList<>(CHUNK);
                source.forEachLive((id, bytes) -> {
                    if (stopped) {
                        throw new Stopped();
                    }
                    chunk.add(new Record(id, bytes, serviceOf(bytes)));
                    if (chunk.size() == CHUNK) {
                        place(source, chunk);
                        chunk.clear();
                    }
                });
                place(source, chunk);
                underBrokerLock.accept(() -> store.sourceDone(source));
            }
            await(CompletableFuture.allOf(copies.toArray(CompletableFuture[]::new)));
            store.moveDone(this, sources);
        } catch (Stopped | InterruptedException e) {
            LOG.info("the server stops while {}: the next start finishes the move", progress());
        } catch (JournalException | ExecutionException | CompletionException e) {
            LOG.error("{} failed ({}): the messages not moved stay in their journal, which stays open; the next start moves"
                    + " them", progress(), e.getMessage());
        }
    }

    private long countRecords() throws JournalException {
        long count = 0;
        for (Journal source : sources) {
            count += source.liveIds().length;
        }
        return count;
    }

    private static String serviceOf(byte[] bytes) {
        try {
            return MessageRecords.serviceOf(bytes);
        } catch (IOException e) {
            return null; // not a message of this version: it stays where it is
        }
    }

    private void place(Journal source, List<Record> chunk) {
        List<Record> left = chunk;
        while (!left.isEmpty()) {
            List<Record> now = left;
            Placed[] placed = new Placed[1];
            underBrokerLock.accept(() -> placed[0] = store.place(source, now));
            copies.removeIf(copy -> copy.isDone() && !copy.isCompletedExceptionally());
            copies.addAll(placed[0].copies);
            moved.addAndGet(placed[0].moved);
            read.addAndGet(now.size() - placed[0].retry.size());
            left = List.copyOf(placed[0].retry);
            if (!left.isEmpty()) {
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(RETRY_MILLIS); // a new journal's queue is full: it drains at disk speed
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private void removalsDurable() throws InterruptedException, ExecutionException {
        while (true) {
            try {
                await(store.removalsDurable());
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof JournalOverloadedException)) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void await(CompletableFuture<Void> future) throws InterruptedException, ExecutionException {
        future.get();
    }
}
