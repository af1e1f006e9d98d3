package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A journal with two {@code ~} mirrors: every repair the mirrors make possible. */
class MirrorTest {

    private static final int BATCHES = 6;

    @TempDir
    Path dir;
    private JournalFiles files;
    private final List<Long> batchStarts = new ArrayList<>();
    private final Map<Long, String> written = new LinkedHashMap<>();

    @BeforeEach
    void writeJournal() throws Exception {
        files = JournalFiles.of(dir.resolve("master.journal"), dir.resolve("mirror1.journal"),
                dir.resolve("other/mirror2.journal"));
        try (Journal journal = Journal.open(files, JournalOptions.defaults())) {
            assertThat(journal.recoveryReport()).singleElement().asString().contains("with mirrors");
            for (long id = 0; id < BATCHES; id++) {
                batchStarts.add(journal.stats().fileBytes());
                journal.write(new JournalBatch().put(id, bytes("message " + id))).get();
                written.put(id, "message " + id);
            }
            batchStarts.add(journal.stats().fileBytes());
        }
        assertAllFilesEqual();
    }

    private Path mirror(int i) {
        return files.mirrors().get(i);
    }

    private void assertAllFilesEqual() throws Exception {
        byte[] master = Files.readAllBytes(files.master());
        for (Path mirror : files.mirrors()) {
            assertThat(Files.readAllBytes(mirror)).as("%s equals the master", mirror).isEqualTo(master);
        }
    }

    private Journal reopen() throws JournalException {
        return Journal.open(files, JournalOptions.defaults());
    }

    @Test
    void everyBatchReachesEveryMirror() throws Exception {
        try (Journal journal = reopen()) {
            assertThat(journal.recoveryReport()).isEmpty();
            journal.write(new JournalBatch().remove(2)).get();
            assertThat(journal.stats().fsyncs()).as("one fsync per file").isEqualTo(3);
        }
        assertAllFilesEqual();
    }

    @Test
    void missingMasterIsRepairedFromAMirror() throws Exception {
        Files.delete(files.master());
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).singleElement().asString()
                    .contains("repaired from mirror " + mirror(0)).contains("master was missing");
        }
        assertAllFilesEqual();
    }

    @Test
    void masterWithAnUnreadableHeaderIsSetAsideAndRepaired() throws Exception {
        JournalFileSurgery.overwrite(files.master(), 0, bytes("garbage!"));
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).anySatisfy(line -> assertThat(line).contains("kept as"))
                    .anySatisfy(line -> assertThat(line).contains("repaired from mirror"));
        }
        assertThat(dir.resolve("master.journal.damaged")).exists();
        assertAllFilesEqual();
    }

    @Test
    void damagedBatchInTheMasterIsRestoredFromAMirrorWithoutLosingIt() throws Exception {
        JournalFileSurgery.flipBit(files.master(), batchStarts.get(2) + 25);
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).singleElement().asString()
                    .contains("repaired from mirror " + mirror(0))
                    .contains("damaged in bytes " + batchStarts.get(2) + ".." + batchStarts.get(3));
        }
        assertAllFilesEqual();
    }

    @Test
    void differentDamageInMasterAndMirrorsIsPatchedFromEachOther() throws Exception {
        JournalFileSurgery.flipBit(files.master(), batchStarts.get(1) + 14);
        JournalFileSurgery.flipBit(mirror(0), batchStarts.get(3) + 14);
        JournalFileSurgery.flipBit(mirror(1), batchStarts.get(1) + 30);
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).noneSatisfy(line -> assertThat(line).contains("lost"));
        }
        assertAllFilesEqual();
        try (Journal journal = reopen()) {
            assertThat(journal.recoveryReport()).isEmpty();
        }
    }

    @Test
    void missingMirrorsAreRebuiltFromTheMaster() throws Exception {
        Files.delete(mirror(0));
        Files.delete(mirror(1));
        Files.delete(mirror(1).getParent());
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).hasSize(2).allSatisfy(line ->
                    assertThat(line).contains("rebuilt from " + files.master()).contains("missing"));
        }
        assertAllFilesEqual();
    }

    @Test
    void mirrorBehindTheMasterIsRebuilt() throws Exception {
        JournalFileSurgery.truncate(mirror(1), batchStarts.get(3));
        try (Journal journal = reopen()) {
            assertThat(journal.recoveryReport()).singleElement().asString().contains(mirror(1).toString())
                    .contains("bytes behind");
        }
        assertAllFilesEqual();
    }

    @Test
    void batchCompleteInAMirrorButTornInTheMasterIsKept() throws Exception {
        // the crash hit after the mirror got the last batch, before the master had all of it
        JournalFileSurgery.truncate(files.master(), batchStarts.get(BATCHES) - 3);
        JournalFileSurgery.truncate(mirror(1), batchStarts.get(BATCHES - 1) + 2);
        try (Journal journal = reopen()) {
            assertThat(live(journal)).containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).anySatisfy(line -> assertThat(line).contains("repaired from mirror "
                    + mirror(0)));
        }
        assertAllFilesEqual();
    }

    @Test
    void tornTailInEveryFileIsCutEverywhere() throws Exception {
        for (Path file : files.all()) {
            JournalFileSurgery.truncate(file, batchStarts.get(BATCHES) - 5);
        }
        try (Journal journal = reopen()) {
            Map<Long, String> expected = new LinkedHashMap<>(written);
            expected.remove((long) BATCHES - 1);
            assertThat(live(journal)).containsExactlyEntriesOf(expected);
            assertThat(journal.recoveryReport()).hasSize(3).allSatisfy(line -> assertThat(line).contains("torn last batch"));
        }
        assertAllFilesEqual();
        assertThat(Files.size(files.master())).isEqualTo(batchStarts.get(BATCHES - 1));
    }

    @Test
    void aStaleMirrorNeverReplacesALongerDamagedMaster() throws Exception {
        // the mirror was restored from an old copy; then a bit flipped in the master
        JournalFileSurgery.truncate(mirror(0), batchStarts.get(2));
        JournalFileSurgery.truncate(mirror(1), batchStarts.get(2));
        JournalFileSurgery.flipBit(files.master(), batchStarts.get(1) + 20);
        try (Journal journal = reopen()) {
            assertThat(live(journal)).as("batch 1 is restored from the mirrors, the rest kept")
                    .containsExactlyEntriesOf(written);
            assertThat(journal.recoveryReport()).anySatisfy(line -> assertThat(line).contains("restored from"))
                    .noneSatisfy(line -> assertThat(line).contains("repaired from mirror"));
        }
        assertAllFilesEqual();
    }
}
