package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Crashes and damage on a journal without mirrors. */
class RecoveryTest {

    private static final int BATCHES = 8;

    @TempDir
    Path dir;
    private Path pristine;
    /** File offset where batch i starts; the last entry is the end of the file. */
    private final List<Long> batchStarts = new ArrayList<>();
    private final Map<Long, String> written = new LinkedHashMap<>();

    /** Writes batches 0..7, batch i putting id i (and batch 3 also removing id 1). */
    @BeforeEach
    void writeJournal() throws Exception {
        pristine = dir.resolve("pristine.journal");
        try (Journal journal = Journal.open(JournalFiles.of(pristine), JournalOptions.defaults())) {
            for (long id = 0; id < BATCHES; id++) {
                batchStarts.add(journal.stats().fileBytes());
                JournalBatch batch = new JournalBatch().put(id, bytes("message number " + id));
                written.put(id, "message number " + id);
                if (id == 3) {
                    batch.remove(1);
                    written.remove(1L);
                }
                journal.write(batch).get();
            }
            batchStarts.add(journal.stats().fileBytes());
        }
    }

    private Path copy(String name) throws Exception {
        Path copy = dir.resolve(name);
        Files.copy(pristine, copy, StandardCopyOption.REPLACE_EXISTING);
        return copy;
    }

    private Map<Long, String> writtenWithout(long... ids) {
        Map<Long, String> expected = new LinkedHashMap<>(written);
        for (long id : ids) {
            expected.remove(id);
        }
        return expected;
    }

    @Test
    void tornLastBatchIsCutAtEveryPossibleLength() throws Exception {
        long lastStart = batchStarts.get(BATCHES - 1);
        long end = batchStarts.get(BATCHES);
        for (long cut = lastStart; cut < end; cut++) {
            Path file = copy("torn-" + cut + ".journal");
            JournalFileSurgery.truncate(file, cut);
            try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
                assertThat(live(journal)).as("cut at %d", cut).containsExactlyEntriesOf(writtenWithout(BATCHES - 1));
                if (cut > lastStart) {
                    assertThat(journal.recoveryReport()).as("cut at %d", cut).singleElement().asString()
                            .contains("torn last batch at offset " + lastStart).contains((cut - lastStart) + " bytes");
                } else {
                    assertThat(journal.recoveryReport()).isEmpty();
                }
                assertThat(Files.size(file)).isEqualTo(lastStart);
                journal.write(new JournalBatch().put(100, bytes("after the crash"))).get();
            }
            try (Journal reopened = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
                assertThat(reopened.recoveryReport()).isEmpty();
                assertThat(live(reopened)).containsEntry(100L, "after the crash").hasSize(written.size());
            }
        }
    }

    @Test
    void damagedLastBatchIsCutLikeATornOne() throws Exception {
        long lastStart = batchStarts.get(BATCHES - 1);
        for (long offset = lastStart; offset < batchStarts.get(BATCHES); offset++) {
            Path file = copy("flipped-tail.journal");
            JournalFileSurgery.flipBit(file, offset);
            try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
                assertThat(live(journal)).as("flip at %d", offset).containsExactlyEntriesOf(writtenWithout(BATCHES - 1));
                assertThat(journal.recoveryReport()).singleElement().asString().contains("torn last batch");
            }
        }
    }

    @Test
    void bitFlipInAMiddleBatchLosesOnlyThatBatchAndIsReportedWithItsRange() throws Exception {
        long damagedStart = batchStarts.get(5);
        long damagedEnd = batchStarts.get(6);
        for (long offset = damagedStart; offset < damagedEnd; offset++) {
            Path file = copy("flipped.journal");
            JournalFileSurgery.flipBit(file, offset);
            try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
                assertThat(live(journal)).as("flip at %d", offset).containsExactlyEntriesOf(writtenWithout(5));
                assertThat(journal.recoveryReport()).as("flip at %d", offset).singleElement().asString()
                        .contains("bytes " + damagedStart + ".." + damagedEnd).contains("damaged")
                        .contains("2 intact batches after them are kept");
            }
        }
    }

    @Test
    void garbageOverSeveralBatchesIsSkippedAndLaterBatchesKept() throws Exception {
        Path file = copy("garbage.journal");
        long from = batchStarts.get(2) + 3;
        byte[] garbage = new byte[(int) (batchStarts.get(5) - from)];
        java.util.Arrays.fill(garbage, (byte) 0xB5);
        JournalFileSurgery.overwrite(file, from, garbage);
        try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
            // batch 3 also removed id 1: with it lost, id 1 is live again
            Map<Long, String> expected = writtenWithout(2, 3, 4);
            expected.put(1L, "message number 1");
            assertThat(live(journal)).containsOnlyKeys(expected.keySet()).containsAllEntriesOf(expected);
            assertThat(journal.recoveryReport()).singleElement().asString()
                    .contains("bytes " + batchStarts.get(2) + ".." + batchStarts.get(5));
        }
    }

    @Test
    void remainingDamageIsCompactedAwaySoTheNextOpenIsClean() throws Exception {
        Path file = copy("compact-damage.journal");
        JournalFileSurgery.flipBit(file, batchStarts.get(4) + 20);
        try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
            assertThat(journal.recoveryReport()).hasSize(1);
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (journal.stats().compactions() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(journal.stats().compactions()).isEqualTo(1);
        }
        try (Journal reopened = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
            assertThat(reopened.recoveryReport()).isEmpty();
            assertThat(live(reopened)).containsExactlyEntriesOf(writtenWithout(4));
        }
    }

    @Test
    void crashDuringCreationStartsAfresh() throws Exception {
        Path file = dir.resolve("unfinished.journal");
        Files.write(file, java.util.Arrays.copyOf(JournalFormat.FILE_MAGIC, 5));
        try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
            assertThat(live(journal)).isEmpty();
            assertThat(journal.recoveryReport()).singleElement().asString().contains("started afresh");
        }
    }

    @Test
    void preallocatedSpaceIsTrimmedOnCloseAndDroppedSilentlyAfterACrash() throws Exception {
        Path file = copy("preallocated.journal");
        long end = batchStarts.get(BATCHES);
        assertThat(Files.size(file)).as("trimmed by the clean close").isEqualTo(end);
        try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults().withPreallocateBytes(1 << 16))) {
            journal.write(new JournalBatch().put(50, bytes("fifty"))).get();
            assertThat(Files.size(file)).as("zero-filled ahead").isGreaterThan(journal.stats().fileBytes() + 60_000);
        }
        assertThat(Files.size(file)).isGreaterThan(end).isLessThan(end + 100);
        // a crash leaves the zero-filled space behind
        long closedSize = Files.size(file);
        JournalFileSurgery.overwrite(file, closedSize, new byte[100_000]);
        try (Journal journal = Journal.open(JournalFiles.of(file), JournalOptions.defaults())) {
            assertThat(journal.recoveryReport()).isEmpty();
            assertThat(live(journal)).containsEntry(50L, "fifty").hasSize(written.size() + 1);
            assertThat(journal.stats().fileBytes()).isEqualTo(closedSize);
        }
    }
}
