package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.server.Backlogs.awaitUntil;
import static org.openmom.server.Backlogs.drainWhole;
import static org.openmom.server.Backlogs.pageFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.server.persistence.JournalStore;

/**
 * A restart leaves the bodies of a replayed backlog beyond the memory budget in the journal,
 * where they are read back when needed, instead of copying them to page files (issue #19): no page
 * file is written, the backlog arrives whole and in order, also when the journal is compacted
 * while it drains, and what administrators read of it is whole.
 */
@Timeout(60)
class StoredBodiesTest {

    @TempDir
    Path folder;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    /** A server's broker on a real journal, paging beyond 256 KiB of waiting bodies. */
    private Broker start(JournalOptions options) throws Exception {
        JournalStore store = new JournalStore(List.of(new JournalStore.LoggingService("*",
                Journal.open(JournalFiles.of(folder.resolve("S-1.journal")), options))));
        SeedPages pages = SeedPages.in(folder, "S-1");
        pages.setThreshold(256 << 10);
        opened.add(store);
        opened.add(pages);
        Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store, pages);
        broker.setMemoryBound(64 << 20);
        return broker;
    }

    private void stop() throws Exception {
        close();
        opened.clear();
    }

    @Test
    void aRestartReadsTheBacklogBackFromTheJournalWithoutWritingPageFiles() throws Exception {
        List<byte[]> bodies = Backlogs.post(start(JournalOptions.defaults()), 3_000);
        stop();

        Broker after = start(JournalOptions.defaults());
        assertThat(after.counters().waitingSeeds()).isEqualTo(3_000);
        assertThat(pageFiles(folder)).as("page files written at start").isEmpty();

        drainWhole(after, bodies, () -> {});
        assertThat(pageFiles(folder)).isEmpty();
    }

    @Test
    void aBacklogDrainedWhileItsJournalIsCompactedArrivesWhole() throws Exception {
        // compacted as soon as a quarter of a file of 1 MiB or more is dead: once a third has drained
        JournalOptions compacting = JournalOptions.defaults().withCompaction(0.25, 1 << 20);
        List<byte[]> bodies = Backlogs.post(start(compacting), 4_000);
        stop();

        Broker after = start(compacting);
        Journal journal = journalOf(after);
        drainWhole(after, bodies, () -> {
            try {
                awaitUntil("a compaction of the journal", () -> journal.stats().compactions() > 0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void whatAdministratorsFindOrDeleteOfAReplayedBacklogIsWhole() throws Exception {
        List<byte[]> bodies = Backlogs.post(start(JournalOptions.defaults()), 2_000);
        stop();

        Broker after = start(JournalOptions.defaults());
        BrokerAdministration admin = after.administration();
        long newest = after.nextMessageId() - 1; // beyond the budget: its body is in the journal
        assertThat(admin.find(newest)).hasValueSatisfying(found -> assertThat(found.message().body()).isEqualTo(bodies.get(1_999)));
        List<BrokerAdministration.Removed> removed = new ArrayList<>();
        assertThat(admin.deleteEverywhere(newest - 1, removed::add)).isEqualTo(1);
        assertThat(removed).singleElement().satisfies(gone -> assertThat(gone.message().body()).isEqualTo(bodies.get(1_998)));
        BrokerAdministration.Place copy = admin.sectionCopy(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS);
        assertThat(copy.messages()).hasSize(1_999);
        Message last = copy.messages().get(copy.messages().size() - 1);
        assertThat(copy.withBody(last)).hasValueSatisfying(whole -> assertThat(whole.body()).isEqualTo(bodies.get(1_999)));
    }

    private Journal journalOf(Broker broker) {
        return ((JournalStore) opened.get(opened.size() - 2)).services().get(0).journal();
    }
}
