package org.openmom.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;

/**
 * Removals of acknowledged messages on their way to a real journal, with the background's clock
 * in the test's hands: when the background writes them on their own, and when it leaves them for
 * the next save.
 */
class PendingRemovalsTest {
    private static final long MILLI = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    Path dir;

    private final AtomicLong clock = new AtomicLong();
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor();
    private Journal journal;
    private PendingRemovals removals;

    @BeforeEach
    void open() throws Exception {
        journal = Journal.open(JournalFiles.of(dir.resolve("store.journal")), JournalOptions.defaults());
        removals = new PendingRemovals(journal, background, clock::get);
        JournalBatch messages = new JournalBatch();
        for (long id = 1; id <= 3; id++) {
            messages.put(id, new byte[] {(byte) id});
        }
        journal.write(messages).get(10, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        background.shutdownNow();
        journal.close();
    }

    /**
     * A producer awaiting each confirmation while its consumer acknowledges: each removal leaves
     * with the next save. The background's first call came a moment after the first removal; a
     * write of the removal gathered since (one more fsync, which the next save waits behind)
     * would have been made then, and is not made before that removal has waited its own moment.
     */
    @Test
    void aRemovalLeavesWithTheNextSaveWhileItsMomentLasts() throws Exception {
        removals.add(1);
        clock.set(MILLI / 5);
        removals.writeAfterRemovals(new JournalBatch().put(4, new byte[] {4})).get(10, TimeUnit.SECONDS);
        long writesWithTheSave = journal.stats().batches();
        clock.set(MILLI * 9 / 10);
        removals.add(2);
        clock.set(MILLI * 3 / 2);

        Thread.sleep(50); // the background was called meanwhile (first due 1 ms after the first removal)

        assertThat(journal.stats().batches()).as("writes after the save").isEqualTo(writesWithTheSave);
        assertThat(journal.stats().liveRecords()).as("live: 2, 3 and 4").isEqualTo(3);
        removals.writeAfterRemovals(new JournalBatch().put(5, new byte[] {5})).get(10, TimeUnit.SECONDS);
        assertThat(journal.stats().batches()).as("the removal, then the save").isEqualTo(writesWithTheSave + 2);
        assertThat(journal.stats().liveRecords()).as("live: 3, 4 and 5").isEqualTo(3);
    }

    /** With no save coming, the background writes a removal once it has waited its moment. */
    @Test
    void aRemovalNoSaveCarriesIsWrittenOnceItHasWaitedItsMoment() throws Exception {
        removals.add(1);
        removals.add(2);
        clock.set(MILLI / 2);
        Thread.sleep(50);
        assertThat(journal.stats().liveRecords()).as("nothing written before the moment").isEqualTo(3);

        clock.set(MILLI);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (journal.stats().liveRecords() != 1 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(journal.stats().liveRecords()).as("live after the background's write").isEqualTo(1);
        removals.durable().get(10, TimeUnit.SECONDS);
    }
}
