package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompactionTest {

    /** Compact as soon as half of a 64 KiB file is dead. */
    private static final JournalOptions EAGER = JournalOptions.defaults().withCompaction(0.5, 64 << 10);

    @TempDir
    Path dir;

    private JournalFiles files() {
        return JournalFiles.of(dir.resolve("master.journal"), dir.resolve("mirror.journal"));
    }

    private static void awaitCompactions(Journal journal, long count) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (journal.stats().compactions() < count && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(journal.stats().compactions()).as("compactions").isGreaterThanOrEqualTo(count);
    }

    private static String payload(long id, int round) {
        return "message " + id + " round " + round + " " + "x".repeat((int) (id % 200));
    }

    private static String bigPayload(long id) {
        return payload(id, 0) + "y".repeat(4000);
    }

    @Test
    void compactionKeepsExactlyTheLiveSetAndShrinksTheFiles() throws Exception {
        Map<Long, String> expected = new LinkedHashMap<>();
        long sizeBefore;
        try (Journal journal = Journal.open(files(), EAGER)) {
            for (long id = 0; id < 1000; id++) {
                journal.write(new JournalBatch().put(id, bytes(payload(id, 0))));
                expected.put(id, payload(id, 0));
            }
            journal.write(new JournalBatch()).get();
            assertThat(journal.stats().compactions()).isZero();
            sizeBefore = journal.stats().fileBytes();
            JournalBatch removals = new JournalBatch();
            for (long id = 0; id < 1000; id++) {
                if (id % 10 != 0) {
                    removals.remove(id);
                    expected.remove(id);
                }
            }
            journal.write(removals).get();
            awaitCompactions(journal, 1);
            assertThat(live(journal)).containsExactlyEntriesOf(expected);
            assertThat(journal.stats().fileBytes()).isLessThan(sizeBefore / 5);
            journal.write(new JournalBatch().put(5000, bytes("after compaction"))).get();
            expected.put(5000L, "after compaction");
        }
        assertThat(Files.readAllBytes(files().mirrors().get(0))).isEqualTo(Files.readAllBytes(files().master()));
        assertThat(Files.size(files().master())).isLessThan(sizeBefore / 5);
        assertThat(dir).isDirectoryNotContaining("glob:**.compacting");
        try (Journal reopened = Journal.open(files(), EAGER)) {
            assertThat(reopened.recoveryReport()).isEmpty();
            assertThat(live(reopened)).containsExactlyEntriesOf(expected);
        }
        // the compacted files replaced the first ones: they hold message bodies, for their owner only
        for (Path file : List.of(files().master(), files().mirrors().get(0), dir.resolve("master.journal.lock"))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).as(file.toString()).isEqualTo("rw-------");
        }
    }

    @Test
    void compactionLosesNoWriteMadeWhileItRuns() throws Exception {
        int producers = 4;
        Map<Long, String> expected = new ConcurrentHashMap<>();
        try (Journal journal = Journal.open(files(), EAGER)) {
            ExecutorService pool = Executors.newFixedThreadPool(producers);
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                long base = p * 1_000_000L;
                running.add(pool.submit(() -> {
                    ThreadLocalRandom random = ThreadLocalRandom.current();
                    Map<Long, String> mine = new LinkedHashMap<>();
                    List<CompletableFuture<Void>> inFlight = new ArrayList<>();
                    // at least 3,000 writes each, and on until two compactions ran meanwhile: the compactor is
                    // a thread of its own, which a loaded machine may start late (the cap only stops a hang)
                    for (int round = 0; round < 3000 || journal.stats().compactions() < 2 && round < 1_000_000; round++) {
                        long id = base + random.nextInt(300);
                        JournalBatch batch = new JournalBatch();
                        if (random.nextInt(3) == 0) {
                            batch.remove(id);
                            mine.remove(id);
                        } else {
                            batch.put(id, bytes(payload(id, round)));
                            mine.put(id, payload(id, round));
                        }
                        inFlight.add(journal.write(batch));
                        if (inFlight.size() == 32) {
                            CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
                            inFlight.clear();
                        }
                    }
                    CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).join();
                    expected.putAll(mine);
                    return null;
                }));
            }
            for (Future<?> producer : running) {
                producer.get();
            }
            pool.shutdown();
            assertThat(journal.stats().compactions()).as("compactions while writing").isGreaterThanOrEqualTo(2);
            assertThat(live(journal)).containsExactlyInAnyOrderEntriesOf(expected);
            assertThat(journal.stats().liveRecords()).isEqualTo(expected.size());
        }
        assertThat(Files.readAllBytes(files().mirrors().get(0))).isEqualTo(Files.readAllBytes(files().master()));
        try (Journal reopened = Journal.open(files(), EAGER)) {
            assertThat(reopened.recoveryReport()).isEmpty();
            assertThat(live(reopened)).containsExactlyInAnyOrderEntriesOf(expected);
        }
    }

    @Test
    void smallFilesAreNotCompacted() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            for (int round = 0; round < 200; round++) {
                journal.write(new JournalBatch().put(1, bytes(payload(1, round)))).get();
            }
            assertThat(journal.stats().compactions()).isZero();
            assertThat(live(journal)).containsExactly(Map.entry(1L, payload(1, 199)));
        }
    }

    @Test
    void interruptedCompactionLeavesAValidJournal() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("one")).put(2, bytes("two"))).get();
        }
        // a crash left a half-written compacted file next to the journal
        Files.write(dir.resolve("master.journal.compacting"), new byte[] {1, 2, 3});
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactly(Map.entry(1L, "one"), Map.entry(2L, "two"));
        }
        assertThat(dir.resolve("master.journal.compacting")).doesNotExist();
    }

    @Test
    void crashBetweenTheRenamesOfACompactionKeepsTheNewestGeneration() throws Exception {
        Path oldMaster = dir.resolve("old-master.journal");
        Map<Long, String> expected = new LinkedHashMap<>();
        // written without compaction (file under the default minimum), kept, then compacted at open
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            for (long id = 0; id < 600; id++) {
                journal.write(new JournalBatch().put(id, bytes(payload(id, 0))));
                if (id >= 590) {
                    expected.put(id, payload(id, 0));
                }
            }
            JournalBatch removals = new JournalBatch();
            for (long id = 0; id < 590; id++) {
                removals.remove(id);
            }
            journal.write(removals).get();
        }
        Files.copy(files().master(), oldMaster);
        try (Journal journal = Journal.open(files(), EAGER)) {
            awaitCompactions(journal, 1);
        }
        // as if the mirror had been renamed but the crash came before the master's rename
        Files.move(oldMaster, files().master(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (Journal reopened = Journal.open(files(), EAGER)) {
            assertThat(reopened.recoveryReport()).singleElement().asString()
                    .contains("repaired from mirror").contains("interrupted compaction");
            assertThat(live(reopened)).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void aReaderStartedBeforeACompactionKeepsReadingTheOldFile() throws Exception {
        try (Journal journal = Journal.open(files(), EAGER)) {
            // 4 MiB: more than the reader's 1 MiB window, so it must go back to the file
            for (long id = 0; id < 1000; id++) {
                journal.write(new JournalBatch().put(id, bytes(bigPayload(id))));
            }
            journal.write(new JournalBatch()).get();
            java.util.concurrent.CountDownLatch reading = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch compacted = new java.util.concurrent.CountDownLatch(1);
            Map<Long, String> seen = new LinkedHashMap<>();
            CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
                try {
                    journal.forEachLive((id, payload) -> {
                        if (seen.isEmpty()) {
                            reading.countDown();
                            try {
                                compacted.await();
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        seen.put(id, new String(payload, java.nio.charset.StandardCharsets.UTF_8));
                    });
                } catch (JournalException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            reading.await();
            JournalBatch removals = new JournalBatch();
            for (long id = 1; id < 1000; id++) {
                removals.remove(id);
            }
            journal.write(removals).get();
            awaitCompactions(journal, 1);
            compacted.countDown();
            reader.get();
            assertThat(seen).hasSize(1000);
            for (long id = 0; id < 1000; id++) {
                assertThat(seen.get(id)).isEqualTo(bigPayload(id));
            }
            assertThat(live(journal)).containsExactly(Map.entry(0L, bigPayload(0)));
        }
    }
}
