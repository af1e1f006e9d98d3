package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {

    @TempDir
    Path dir;

    @Test
    void concurrentProducersShareFsyncsAndEveryWriteCompletes() throws Exception {
        int threads = 8;
        int writesPerThread = 300;
        JournalFiles files = JournalFiles.of(dir.resolve("master.journal"), dir.resolve("mirror.journal"));
        try (Journal journal = Journal.open(files, JournalOptions.defaults())) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> producers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                long base = t * 10_000L;
                producers.add(pool.submit(() -> {
                    start.await();
                    // every producer waits for each confirmation, like a service waiting for POSTED
                    for (int i = 0; i < writesPerThread; i++) {
                        journal.write(new JournalBatch().put(base + i, bytes("m" + (base + i)))).join();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> producer : producers) {
                producer.get();
            }
            pool.shutdown();
            JournalStats stats = journal.stats();
            assertThat(stats.batches()).isEqualTo((long) threads * writesPerThread);
            assertThat(stats.liveRecords()).isEqualTo((long) threads * writesPerThread);
            assertThat(stats.groups()).as("groups of several batches").isLessThan(stats.batches());
            assertThat(stats.fsyncs()).as("one fsync per file per group").isEqualTo(2 * stats.groups())
                    .isLessThan(2 * stats.batches());
            assertThat(live(journal)).hasSize(threads * writesPerThread).containsEntry(70_299L, "m70299");
        }
    }

    @Test
    void fullQueueRefusesWritesWithOverloadAndLosesNoAcceptedOne() throws Exception {
        JournalOptions tiny = JournalOptions.defaults().withMaxPendingBatches(2);
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("tiny.journal")), tiny)) {
            List<CompletableFuture<Void>> futures = new ArrayList<>();
            for (long id = 0; id < 5000; id++) {
                futures.add(journal.write(new JournalBatch().put(id, new byte[256])));
            }
            long accepted = 0;
            long refused = 0;
            for (CompletableFuture<Void> future : futures) {
                try {
                    future.join();
                    accepted++;
                } catch (CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(JournalOverloadedException.class)
                            .hasMessageContaining("retry later");
                    refused++;
                }
            }
            assertThat(refused).as("a tiny queue overflows under 5000 instant writes").isPositive();
            assertThat(journal.stats().rejected()).isEqualTo(refused);
            assertThat(journal.stats().liveRecords()).isEqualTo(accepted);
            assertThat(live(journal)).hasSize((int) accepted);
        }
    }

    @Test
    void refusedBatchCanBeRetried() throws Exception {
        JournalOptions tiny = JournalOptions.defaults().withMaxPendingBatches(1);
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("retry.journal")), tiny)) {
            JournalBatch batch = new JournalBatch().put(1, bytes("persistent"));
            while (true) {
                // keep the queue busy so that the first attempts are likely refused
                for (int i = 0; i < 3; i++) {
                    journal.write(new JournalBatch().put(100 + i, new byte[64]));
                }
                try {
                    journal.write(batch).join();
                    break;
                } catch (CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(JournalOverloadedException.class);
                }
            }
            assertThat(live(journal)).containsEntry(1L, "persistent");
        }
    }

    /**
     * A removal handed over with the save after it (a consumer's ACK, then the next POST): both
     * are committed in one group, never the first alone while the second is being queued — the
     * second would then wait for that fsync and then its own. When the first write's future
     * completes, the second is already applied: one record live, not none. Other producers keep
     * the writer busy meanwhile (with removals of ids never written, which leave the live count
     * alone), so that it is mostly not asleep when a pair arrives (where two separate writes split).
     */
    @Test
    void twoWritesHandedOverTogetherAreCommittedInOneGroup() throws Exception {
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("pairs.journal")), JournalOptions.defaults())) {
            ExecutorService others = Executors.newFixedThreadPool(2);
            CountDownLatch done = new CountDownLatch(1);
            for (int t = 0; t < 2; t++) {
                long base = 1_000_000L * (t + 1);
                others.submit(() -> {
                    for (long i = 0; done.getCount() > 0; i++) {
                        journal.write(new JournalBatch().remove(base + i)).join();
                    }
                    return null;
                });
            }
            int pairs = 300;
            List<Boolean> secondAppliedWithFirst = new ArrayList<>();
            journal.write(new JournalBatch().put(0, bytes("m0"))).join();
            for (long id = 1; id <= pairs; id++) {
                Journal.Writes writes = journal.write(new JournalBatch().remove(id - 1), new JournalBatch().put(id, bytes("m" + id)));
                CompletableFuture<Boolean> applied = writes.first().thenApply(ok -> journal.stats().liveRecords() == 1);
                writes.then().join();
                secondAppliedWithFirst.add(applied.join());
            }
            done.countDown();
            others.shutdown();
            assertThat(secondAppliedWithFirst).hasSize(pairs).containsOnly(true);
            assertThat(live(journal)).containsEntry((long) pairs, "m" + pairs).doesNotContainKey(pairs - 1L);
        }
    }

    /** When the journal cannot take the first write of a pair (its queue is full), the second is not written either. */
    @Test
    void theSecondOfAPairIsNotWrittenWithoutTheFirst() throws Exception {
        JournalOptions tiny = JournalOptions.defaults().withMaxPendingBatches(2);
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("tiny-pairs.journal")), tiny)) {
            List<Journal.Writes> all = new ArrayList<>();
            for (long id = 0; id < 5000; id += 2) {
                all.add(journal.write(new JournalBatch().put(id, new byte[256]), new JournalBatch().put(id + 1, new byte[256])));
            }
            int refusedPairs = 0;
            for (Journal.Writes writes : all) {
                boolean first = succeeded(writes.first());
                assertThat(succeeded(writes.then())).as("the second written exactly when the first was").isEqualTo(first);
                refusedPairs += first ? 0 : 1;
            }
            assertThat(refusedPairs).as("a tiny queue overflows under 2500 instant pairs").isPositive();
            assertThat(journal.stats().liveRecords()).isEqualTo(2L * (all.size() - refusedPairs));
        }
    }

    /** When only the second write of a pair is refused (too large), the first is written alone. */
    @Test
    void theFirstOfAPairIsWrittenWhenOnlyTheSecondIsRefused() throws Exception {
        JournalOptions small = JournalOptions.defaults().withMaxBatchBytes(1024);
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("small.journal")), small)) {
            Journal.Writes writes = journal.write(new JournalBatch().put(1, bytes("small")), new JournalBatch().put(2, new byte[4096]));
            writes.first().join();
            assertThat(succeeded(writes.then())).isFalse();
            assertThat(live(journal)).containsOnlyKeys(1L);
        }
    }

    private static boolean succeeded(CompletableFuture<Void> write) {
        try {
            write.join();
            return true;
        } catch (CompletionException refused) {
            return false;
        }
    }
}
