package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.BrokerAdministration.SeedSection;

/**
 * What administrators read of a big backlog of persistent seeds — a page far into it, the copy of
 * the section for an export — walks the ledger a part per hold of the broker lock (issue #19), and
 * still gives the right seeds in the right order, paged ones whole.
 */
@Timeout(60)
class LedgerWalkTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");

    @TempDir
    Path folder;

    private static List<Long> postBacklog(Broker broker, int count) {
        Instance producer = broker.register(ServiceUser.of("PROD", "p"), new byte[0], DeliveryMode.CALLBACK, 10, new RecordingSink())
                .instance();
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(broker.post(producer, SINK, "e", Message.PERSISTENT, body(i)).join().messageId());
        }
        return ids;
    }

    private static byte[] body(int n) {
        return ("seed " + n).getBytes(StandardCharsets.US_ASCII);
    }

    private static long holds(Broker broker) {
        long[] holds = new long[1];
        broker.underLock(() -> holds[0] = broker.lock().holds());
        return holds[0];
    }

    @Test
    void aPageFarIntoABigBacklogIsWalkedToAPartPerHoldOfTheLock() {
        Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore());
        List<Long> ids = postBacklog(broker, 200_000);

        long before = holds(broker);
        BrokerAdministration.Slice oldestFirst = broker.administration().seeds(SeedSection.PERSISTENT_MESSAGE_SEEDS, 150_000, 5, false);
        assertThat(holds(broker) - before - 1).as("holds of the walk, 10,000 seeds each").isGreaterThanOrEqualTo(15);

        assertThat(oldestFirst.total()).isEqualTo(200_000);
        assertThat(oldestFirst.entries()).extracting(entry -> entry.message().id()).containsExactlyElementsOf(ids.subList(150_000, 150_005));
        BrokerAdministration.Slice newestFirst = broker.administration().seeds(SeedSection.PERSISTENT_MESSAGE_SEEDS, 150_000, 5, true);
        assertThat(newestFirst.entries()).extracting(entry -> entry.message().id())
                .containsExactlyElementsOf(List.of(ids.get(49_999), ids.get(49_998), ids.get(49_997), ids.get(49_996), ids.get(49_995)));
        assertThat(broker.administration().seeds(SeedSection.PERSISTENT_MESSAGE_SEEDS, 200_000, 5, false).entries())
                .as("past the end").isEmpty();
    }

    @Test
    void theCopyOfABigPagedSectionIsMadeAPartPerHoldAndReadsEveryBodyBack() {
        SeedPages pages = SeedPages.in(folder, "S-1");
        try {
            pages.setThreshold(0); // every waiting body is paged
            Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore(), pages);
            int count = 25_007; // three parts of 10,000 and a bit
            List<Long> ids = postBacklog(broker, count);

            long before = holds(broker);
            BrokerAdministration.Place copy = broker.administration().sectionCopy(SeedSection.PERSISTENT_MESSAGE_SEEDS);
            assertThat(holds(broker) - before - 1).as("holds of the copy").isGreaterThanOrEqualTo(3);

            assertThat(copy.messages()).extracting(Message::id).containsExactlyElementsOf(ids);
            assertThat(copy.messages()).as("copied without reading a body").allSatisfy(seed -> assertThat(seed.body()).isEmpty());
            for (int i = 0; i < count; i += 997) {
                assertThat(copy.withBody(copy.messages().get(i)).orElseThrow().body()).as("body %d", i).isEqualTo(body(i));
            }
            assertThat(copy.withBody(copy.messages().get(count - 1)).orElseThrow().body()).isEqualTo(body(count - 1));
        } finally {
            pages.close();
        }
    }

    @Test
    void aSearchsCopyOfABigPagedServerMailboxIsMadeInPartsAndReadsEachBodyBack() {
        SeedPages pages = SeedPages.in(folder, "S-1");
        try {
            pages.setThreshold(0);
            Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore(), pages);
            int count = 25_007;
            List<Long> ids = postBacklog(broker, count);

            long before = holds(broker);
            BrokerAdministration.Place waiting = broker.administration().places().stream().filter(place -> place.who() == null)
                    .findFirst().orElseThrow();
            assertThat(holds(broker) - before - 1).as("holds: the mailboxes, the server mailbox, three parts of bodies")
                    .isGreaterThanOrEqualTo(5);

            assertThat(waiting.messages()).extracting(Message::id).containsExactlyElementsOf(ids);
            assertThat(waiting.messages()).allSatisfy(seed -> assertThat(seed.body()).isEmpty());
            for (int i = 0; i < count; i += 997) {
                assertThat(waiting.withBody(waiting.messages().get(i)).orElseThrow().body()).as("body %d", i).isEqualTo(body(i));
            }
        } finally {
            pages.close();
        }
    }
}
