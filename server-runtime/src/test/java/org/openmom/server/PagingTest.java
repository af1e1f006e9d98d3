package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.server.Backlogs.BODY_BYTES;
import static org.openmom.server.Backlogs.SINK;
import static org.openmom.server.Backlogs.awaitUntil;
import static org.openmom.server.Backlogs.body;
import static org.openmom.server.Backlogs.drainWhole;
import static org.openmom.server.Backlogs.register;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.Backlogs.ThreadSafeSink;

/**
 * Waiting persistent seeds beyond the paging threshold keep their bodies in page files, not in
 * the heap (issue #19, item 1): they arrive whole and in order when their service registers, the
 * journal keeps them whole, a restart pages them again, the page files go once they are drained,
 * and past the page quota a seed that would wait is refused with the reason.
 */
@Timeout(60)
class PagingTest {

    @TempDir
    Path folder;
    private final InMemoryStore store = new InMemoryStore();
    private final List<SeedPages> opened = new ArrayList<>();

    @AfterEach
    void closePages() {
        opened.forEach(SeedPages::close);
    }

    /** A broker on the store, which it replays, paging beyond 256 KiB of waiting bodies. */
    private Broker broker(long memoryBound) {
        SeedPages pages = SeedPages.in(folder, "S-1");
        opened.add(pages);
        pages.setThreshold(256 << 10);
        Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store, pages);
        broker.setMemoryBound(memoryBound);
        return broker;
    }

    private List<Path> pageFiles() throws IOException {
        return Backlogs.pageFiles(folder);
    }

    private void awaitNoPageFiles() throws InterruptedException {
        awaitUntil("the page files deleted", () -> {
            try {
                return pageFiles().isEmpty();
            } catch (IOException e) {
                return false;
            }
        });
    }

    private void assertTheJournalHoldsWholeBodies() {
        assertThat(store.records.values()).allSatisfy(record -> assertThat(record.getKey().body()).hasSize(BODY_BYTES));
    }

    @Test
    void aBacklogBeyondTheThresholdWaitsOnDiskAndArrivesWholeAndInOrder() throws Exception {
        Broker broker = broker(8 << 20);
        List<byte[]> bodies = Backlogs.post(broker, 4_000);

        assertThat(pageFiles()).isNotEmpty();
        // 4,000 KiB of bodies: what stays in memory is the threshold, a stub per seed, and what the pager has still to write
        awaitUntil("most bodies out of memory", () -> broker.counters().heldBytes() < 2 << 20);
        assertTheJournalHoldsWholeBodies();

        drainWhole(broker, bodies, () -> {});
        assertThat(store.records).isEmpty();
        awaitNoPageFiles();
    }

    @Test
    void aPagedSeedKeepsItsPropertiesInMemoryAndTheJournalAndDeliversThem() throws Exception {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("trace", "t-1");
        properties.put("content-type", "application/json");
        Broker before = broker(8 << 20);
        opened.get(0).setThreshold(0); // every waiting body is paged
        Instance producer = register(before, ServiceUser.of("PROD", "p"), new RecordingSink());
        before.post(producer, SINK, "e", Message.PERSISTENT, body(3), properties).join();
        assertThat(before.waitingSeeds()).singleElement().satisfies(stub -> {
            assertThat(ServerMailbox.isStub(stub)).as("its body in a page file").isTrue();
            assertThat(stub.properties()).containsExactlyEntriesOf(properties);
        });
        opened.remove(0).close();

        Broker after = broker(8 << 20);
        ThreadSafeSink sink = new ThreadSafeSink();
        register(after, SINK, sink);
        awaitUntil("the replayed seed delivered", () -> sink.received.size() == 1);
        assertThat(sink.received.get(0).body()).isEqualTo(body(3));
        assertThat(sink.received.get(0).properties()).containsExactlyEntriesOf(properties);
    }

    @Test
    void aRestartPagesTheReplayedBacklogAgain() throws Exception {
        Broker before = broker(8 << 20);
        List<byte[]> bodies = Backlogs.post(before, 3_000);
        opened.remove(0).close();

        Broker after = broker(8 << 20);
        assertThat(after.counters().waitingSeeds()).isEqualTo(3_000);
        assertThat(pageFiles()).isNotEmpty();

        drainWhole(after, bodies, () -> {});
        assertThat(store.records).isEmpty();
    }

    @Test
    void pastThePageQuotaASeedThatWouldWaitIsRefusedWithTheReason() {
        Broker broker = broker(4 << 20); // page buffers of 64 KiB, a segment of 1 MiB
        opened.get(0).setQuota(1 << 20);
        Instance producer = register(broker, ServiceUser.of("PROD", "p"), new RecordingSink());
        RecordingSink present = new RecordingSink();
        register(broker, ServiceUser.of("HERE", "h"), present);

        String refusal = null;
        for (int i = 0; i < 3_000 && refusal == null; i++) {
            refusal = broker.post(producer, SINK, "e", Message.PERSISTENT, body(i)).join().refusal();
        }

        assertThat(refusal).contains("server S/1 takes no more waiting messages").contains("page quota of 1.0 MiB");
        PostOutcome delivered = broker.post(producer, ServiceUser.of("HERE", "h"), "e", Message.PERSISTENT, body(0)).join();
        assertThat(delivered.refusal()).isNull();
        assertThat(present.delivered).hasSize(1);
    }

    @Test
    void aMessageWhoseOneCopyWaitsPagedIsRewrittenWholeWhenAnotherCopyIsAcknowledged() throws Exception {
        Broker broker = broker(8 << 20);
        opened.get(0).setThreshold(0); // every waiting body is paged
        RecordingSink alice = new RecordingSink();
        Instance aliceInstance = register(broker, ServiceUser.of("CHAT", "alice"), alice);
        Instance bob = register(broker, ServiceUser.of("CHAT", "bob"), new RecordingSink());
        Instance producer = register(broker, ServiceUser.of("PROD", "p"), new RecordingSink());
        broker.post(producer, ServiceUser.parse("CHAT/*"), "e", Message.PERSISTENT, body(7)).join();

        broker.unregister(bob); // its copy waits again, paged
        assertThat(broker.waitingSeeds()).hasSize(1);
        broker.acknowledge(aliceInstance, alice.ids());

        assertThat(store.records.values()).singleElement().satisfies(record -> {
            assertThat(record.getKey().body()).isEqualTo(body(7));
            assertThat(record.getValue()).containsExactly(ServiceUser.of("CHAT", "bob"));
        });
        ThreadSafeSink bobAgain = new ThreadSafeSink();
        register(broker, ServiceUser.of("CHAT", "bob"), bobAgain);
        awaitUntil("bob's copy delivered", () -> bobAgain.received.size() == 1);
        assertThat(bobAgain.received.get(0).body()).isEqualTo(body(7));
    }

    @Test
    void aPurgeThatLeavesAPagedMessageAnotherTargetRewritesItWhole() throws Exception {
        Broker broker = broker(8 << 20);
        opened.get(0).setThreshold(0); // every waiting body is paged
        register(broker, ServiceUser.of("CHAT", "alice"), new RecordingSink());
        Instance bob = register(broker, ServiceUser.of("CHAT", "bob"), new RecordingSink());
        Instance producer = register(broker, ServiceUser.of("PROD", "p"), new RecordingSink());
        broker.post(producer, ServiceUser.parse("CHAT/*"), "e", Message.PERSISTENT, body(7)).join();
        broker.unregister(bob); // its copy waits again, paged

        assertThat(broker.administration().purge(ServiceUser.of("CHAT", "alice"), 0, gone -> {})).isEqualTo(1);

        assertThat(store.records.values()).singleElement().satisfies(record -> {
            assertThat(record.getKey().body()).as("the body kept for bob").isEqualTo(body(7));
            assertThat(record.getValue()).containsExactly(ServiceUser.of("CHAT", "bob"));
        });
    }

    @Test
    void whatAdministratorsReadPurgeOrDeleteOfAPagedBacklogIsWhole() throws Exception {
        Broker broker = broker(8 << 20);
        opened.get(0).setThreshold(0); // every waiting body is paged
        List<byte[]> bodies = Backlogs.post(broker, 500);

        // a search or an export: copied under the lock without the bodies, each read back when needed
        BrokerAdministration.Place waiting = broker.administration().places().stream().filter(place -> place.who() == null)
                .findFirst().orElseThrow();
        assertThat(waiting.messages()).as("copied without reading a body").allSatisfy(seed -> assertThat(seed.body()).isEmpty());
        assertThat(waiting.messages()).extracting(seed -> waiting.whole().apply(seed).body()).containsExactlyElementsOf(bodies);
        BrokerAdministration.Place section = broker.administration().sectionCopy(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS);
        assertThat(section.messages()).allSatisfy(seed -> assertThat(seed.body()).isEmpty());
        assertThat(section.messages()).extracting(seed -> section.whole().apply(seed).body()).containsExactlyElementsOf(bodies);
        BrokerAdministration.Slice page = broker.administration().seeds(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS, 100, 3, false);
        assertThat(page.entries()).extracting(entry -> entry.message().body()).containsExactlyElementsOf(bodies.subList(100, 103));
        long first = broker.waitingSeeds().get(0).id();
        List<Message> deleted = new ArrayList<>();
        broker.administration().deleteEverywhere(first, removed -> deleted.add(removed.message()));
        assertThat(deleted).singleElement().satisfies(message -> assertThat(message.body()).isEqualTo(bodies.get(0)));

        List<Message> purged = new ArrayList<>();
        broker.administration().purge(SINK, 100, removed -> purged.add(removed.message()));
        assertThat(purged).hasSize(499);
        assertThat(purged.subList(399, 499)).as("the newest, which the trash can keep").extracting(Message::body)
                .containsExactlyElementsOf(bodies.subList(400, 500));
        assertThat(store.records).isEmpty();
        awaitNoPageFiles();
    }

    @Test
    void thePageFilesAKilledServerLeftAreDeletedAtStartAndNothingElse() throws Exception {
        Path left = Files.write(folder.resolve("S-1.7.page"), new byte[100]);
        Path journal = Files.write(folder.resolve("S-1.journal"), new byte[100]);
        Path otherServers = Files.write(folder.resolve("S-1-2.0.page"), new byte[100]); // server S-1, role 2

        broker(8 << 20);

        assertThat(left).doesNotExist();
        assertThat(journal).exists();
        assertThat(otherServers).exists();
    }
}
