package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writes committed by the thread that queued them ({@link CallerCommits}): the way the server's
 * event loops commit a persistent message they read while the journal's writer thread has
 * nothing to do. Each {@link Loop} here stands for an event loop: it runs a piece of work, then
 * the commits the work asked for.
 */
class CallerCommitTest {

    @TempDir
    Path dir;

    private final List<Loop> loops = new ArrayList<>();

    @AfterEach
    void stopLoops() {
        loops.forEach(Loop::close);
    }

    private Loop loop(String name) {
        Loop loop = new Loop(name);
        loops.add(loop);
        return loop;
    }

    /** Callers commit however slow the test machine's disk is (the default limit is half a millisecond). */
    private static final JournalOptions ANY_DISK = JournalOptions.defaults().withCallerCommitLimitMicros(60_000_000);

    private Journal open(CallerCommits callerCommits) throws JournalException {
        return open(ANY_DISK, callerCommits);
    }

    private Journal open(JournalOptions options, CallerCommits callerCommits) throws JournalException {
        return Journal.open(JournalFiles.of(dir.resolve("master.journal"), dir.resolve("mirror.journal")), options,
                callerCommits);
    }

    @Test
    void aWriteQueuedByALoopIsCommittedAndCompletedOnThatLoop() throws Exception {
        Loop loop = loop("loop-a");
        AtomicReference<String> completedOn = new AtomicReference<>();
        try (Journal journal = open(loop)) {
            // the first write of a new journal zero-fills the files ahead of the data (the writer thread's
            // work); a loop may also find the writer still finishing the group before: it then leaves its
            // write to it. Once the loop commits, the writer waits for work and the loop commits the rest.
            for (long id = 1; id <= 20; id++) {
                long put = id;
                loop.call(() -> journal.write(new JournalBatch().put(put, bytes("m" + put)))
                        .thenRun(() -> completedOn.set(Thread.currentThread().getName()))).get().get(10, TimeUnit.SECONDS);
            }
            assertThat(completedOn.get()).isEqualTo("loop-a");
            long fsyncsBefore = journal.stats().fsyncs();
            loop.call(() -> journal.write(new JournalBatch().put(21, bytes("m21")))).get().get(10, TimeUnit.SECONDS);
            assertThat(journal.stats().fsyncs() - fsyncsBefore).as("the master and its mirror, once each").isEqualTo(2);
        }
        try (Journal reopened = open(CallerCommits.NONE)) {
            assertThat(live(reopened)).hasSize(21).containsEntry(21L, "m21");
        }
    }

    @Test
    void aDiskSlowerThanTheLimitLeavesEveryCommitToTheWriterThread() throws Exception {
        Loop loop = loop("loop-a");
        List<String> completedOn = new ArrayList<>();
        try (Journal journal = open(ANY_DISK.withCallerCommitLimitMicros(0), loop)) {
            for (long id = 1; id <= 20; id++) {
                long put = id;
                loop.call(() -> journal.write(new JournalBatch().put(put, bytes("m" + put)))
                        .thenRun(() -> completedOn.add(Thread.currentThread().getName()))).get().get(10, TimeUnit.SECONDS);
            }
            assertThat(completedOn).hasSize(20).allMatch(thread -> thread.startsWith("journal-writer"));
        }
    }

    @Test
    void aWriteLargerThanACallersGroupIsLeftToTheWriterThread() throws Exception {
        Loop loop = loop("loop-a");
        AtomicReference<String> completedOn = new AtomicReference<>();
        try (Journal journal = open(loop)) {
            byte[] large = new byte[JournalWriter.CALLER_GROUP_BYTES];
            loop.call(() -> journal.write(new JournalBatch().put(1, large))
                    .thenRun(() -> completedOn.set(Thread.currentThread().getName()))).get().get(10, TimeUnit.SECONDS);
            assertThat(completedOn.get()).as("the loop would stall its connections for a big write").startsWith("journal-writer");
            assertThat(journal.stats().liveBytes()).isEqualTo(large.length);
        }
    }

    @Test
    void aWriteFromAnyOtherThreadIsCommittedByTheWriterThread() throws Exception {
        Loop loop = loop("loop-a");
        AtomicReference<String> completedOn = new AtomicReference<>();
        try (Journal journal = open(loop)) {
            journal.write(new JournalBatch().put(1, bytes("one")))
                    .thenRun(() -> completedOn.set(Thread.currentThread().getName())).get(10, TimeUnit.SECONDS);
            assertThat(completedOn.get()).startsWith("journal-writer");
        }
    }

    @Test
    void aWriteQueuedWhileAnotherThreadCommitsIsCommittedByTheWriterAfterIt() throws Exception {
        Loop holder = loop("loop-b");
        Loop loop = loop("loop-a");
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<String> completedOn = new AtomicReference<>();
        try (Journal journal = open(callerOf(holder, loop))) {
            // loop-b's write is committed (by loop-b, or by the writer thread as the journal's first, which
            // zero-fills the files) and its completion holds the files until released
            holder.call(() -> journal.write(new JournalBatch().put(1, bytes("one"))).thenRun(() -> {
                holding.countDown();
                await(release);
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> queued = loop.call(() -> journal.write(new JournalBatch().put(2, bytes("two")))
                    .thenRun(() -> completedOn.set(Thread.currentThread().getName()))).get();
            assertThat(queued).as("loop-a found the files taken and left its write in the queue").isNotDone();
            release.countDown();
            queued.get(10, TimeUnit.SECONDS);
            assertThat(completedOn.get()).as("woken by loop-b letting go").startsWith("journal-writer");
            assertThat(live(journal)).containsExactly(Map.entry(1L, "one"), Map.entry(2L, "two"));
        }
    }

    @Test
    void aWriteMadeByACompletionOnTheLoopIsCommittedAfterItsGroup() throws Exception {
        Loop loop = loop("loop-a");
        try (Journal journal = open(loop)) {
            CompletableFuture<Void> second = new CompletableFuture<>();
            loop.call(() -> journal.write(new JournalBatch().put(1, bytes("one")))
                    .thenRun(() -> journal.write(new JournalBatch().put(2, bytes("two"))).whenComplete((done, error) -> {
                        if (error == null) {
                            second.complete(null);
                        } else {
                            second.completeExceptionally(error);
                        }
                    }))).get().get(10, TimeUnit.SECONDS);
            second.get(10, TimeUnit.SECONDS);
            assertThat(live(journal)).containsExactly(Map.entry(1L, "one"), Map.entry(2L, "two"));
            assertThat(journal.stats().groups()).isEqualTo(2);
        }
    }

    @Test
    void writesFromLoopsAndOtherThreadsKeepEachSendersOrder() throws Exception {
        Loop first = loop("loop-a");
        Loop second = loop("loop-b");
        int senders = 4;
        int rounds = 400;
        ExecutorService plain = Executors.newFixedThreadPool(2);
        try (Journal journal = open(callerOf(first, second))) {
            List<Future<CompletableFuture<Void>>> lasts = new ArrayList<>();
            for (int sender = 0; sender < senders; sender++) {
                long id = sender;
                // each sender rewrites its record, then removes it every third round, never awaiting a write
                Supplier<CompletableFuture<Void>> writes = () -> {
                    CompletableFuture<Void> last = null;
                    for (int round = 0; round < rounds; round++) {
                        JournalBatch batch = round % 3 == 2 ? new JournalBatch().remove(id)
                                : new JournalBatch().put(id, bytes(id + "@" + round));
                        last = journal.write(batch);
                    }
                    return last;
                };
                lasts.add(switch (sender) {
                    case 0 -> first.call(writes);
                    case 1 -> second.call(writes);
                    default -> plain.submit(writes::get);
                });
            }
            for (Future<CompletableFuture<Void>> last : lasts) {
                last.get(30, TimeUnit.SECONDS).get(30, TimeUnit.SECONDS);
            }
            Map<Long, String> expected = new LinkedHashMap<>();
            for (long id = 0; id < senders; id++) {
                expected.put(id, id + "@" + (rounds - 1)); // 399 % 3 == 0: the last round puts
            }
            assertThat(live(journal)).containsExactlyInAnyOrderEntriesOf(expected);
        } finally {
            plain.shutdown();
        }
    }

    @Test
    void loopsCommittingEveryWriteStillLetTheWriterCompact() throws Exception {
        Loop loop = loop("loop-a");
        JournalOptions eager = ANY_DISK.withCompaction(0.5, 64 << 10);
        try (Journal journal = open(eager, loop)) {
            byte[] payload = new byte[1000];
            CompletableFuture<Void> last = null;
            for (long id = 0; id < 500; id++) {
                long put = id;
                loop.call(() -> journal.write(new JournalBatch().put(put, payload))).get().get(10, TimeUnit.SECONDS);
                if (id > 0) {
                    long removed = id - 1;
                    last = loop.call(() -> journal.write(new JournalBatch().remove(removed))).get();
                }
            }
            last.get(10, TimeUnit.SECONDS);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (journal.stats().compactions() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(journal.stats().compactions()).as("compactions").isPositive();
            assertThat(live(journal)).containsOnlyKeys(499L);
        }
    }

    /** Both loops commit what they queued; any other thread cannot. */
    private static CallerCommits callerOf(Loop first, Loop second) {
        return commit -> first.later(commit) || second.later(commit);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A stand-in for an event loop: one thread that runs each piece of work, then the commits it asked for. */
    private static final class Loop implements CallerCommits, AutoCloseable {
        private final ExecutorService thread;
        private final List<Runnable> asked = new ArrayList<>();
        private volatile Thread running;

        Loop(String name) {
            thread = Executors.newSingleThreadExecutor(work -> new Thread(work, name));
        }

        @Override
        public boolean later(Runnable commit) {
            if (Thread.currentThread() != running) {
                return false;
            }
            if (!asked.contains(commit)) {
                asked.add(commit);
            }
            return true;
        }

        <T> Future<T> call(Supplier<T> work) {
            return thread.submit(() -> {
                running = Thread.currentThread();
                T result = work.get();
                while (!asked.isEmpty()) { // a commit's completions may ask again
                    asked.remove(0).run();
                }
                return result;
            });
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }
}
