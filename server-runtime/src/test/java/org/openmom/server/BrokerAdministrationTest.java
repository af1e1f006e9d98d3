package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/** The core side of administration, without sockets: pages, whereabouts, deletes, statuses. */
class BrokerAdministrationTest {
    private final InMemoryStore store = new InMemoryStore();
    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store);
    private final BrokerAdministration administration = broker.administration();
    private final RecordingSink bobSink = new RecordingSink();
    private final Instance alice = register("alice", new RecordingSink(), 100);
    /** A window of 2: two messages in flight, the rest queued. */
    private final Instance bob = register("bob", bobSink, 2);

    private Instance register(String user, RecordingSink sink, int window) {
        return broker.register(ServiceUser.of("CHAT", user), new byte[0], DeliveryMode.CALLBACK, window, sink).instance();
    }

    private long post(String to, String text, int flags) {
        return broker.post(alice, ServiceUser.parse(to), "say", flags, text.getBytes(StandardCharsets.UTF_8)).join().messageId();
    }

    private static List<String> texts(BrokerAdministration.Slice slice) {
        return slice.entries().stream().map(e -> new String(e.message().body(), StandardCharsets.UTF_8)
                + (e.inFlight() ? "*" : "")).toList();
    }

    @Test
    void aMailboxPagesInFlightMessagesFirstThenQueuedOnesInBothOrders() {
        for (int i = 0; i < 5; i++) {
            post("CHAT/bob", "m" + i, 0);
        }
        assertThat(texts(administration.mailbox(bob.id(), 0, 10, false).orElseThrow())).containsExactly("m0*", "m1*", "m2", "m3", "m4");
        assertThat(texts(administration.mailbox(bob.id(), 1, 3, false).orElseThrow())).containsExactly("m1*", "m2", "m3");
        assertThat(texts(administration.mailbox(bob.id(), 0, 10, true).orElseThrow())).containsExactly("m4", "m3", "m2", "m1*", "m0*");
        assertThat(texts(administration.mailbox(bob.id(), 3, 10, true).orElseThrow())).containsExactly("m1*", "m0*");
        assertThat(administration.mailbox(bob.id(), 0, 10, false).orElseThrow().total()).isEqualTo(5);
        assertThat(administration.mailbox(999, 0, 10, false)).isEmpty();
    }

    @Test
    void deletingAnInFlightMessageLetsTheNextOneGo() {
        long first = post("CHAT/bob", "m0", 0);
        post("CHAT/bob", "m1", 0);
        post("CHAT/bob", "m2", 0);
        assertThat(bobSink.delivered).hasSize(2);

        assertThat(administration.deleteFromMailbox(bob.id(), List.of(first))).isEmpty();

        assertThat(bobSink.events()).hasSize(3);
        assertThat(new String(bobSink.delivered.get(2).body(), StandardCharsets.UTF_8)).isEqualTo("m2");
        assertThat(administration.deletedCount()).isEqualTo(1);
    }

    /** Several ids in one request are deleted together, the missing ones named (torture R8: no half-done refusal). */
    @Test
    void severalMessagesAreDeletedFromAMailboxInOneGoAndTheMissingOnesNamed() {
        long first = post("CHAT/bob", "m0", Message.PERSISTENT);
        long second = post("CHAT/bob", "m1", Message.PERSISTENT);

        assertThat(administration.deleteFromMailbox(bob.id(), List.of(first, 999_999L, second))).containsExactly(999_999L);

        assertThat(administration.mailbox(bob.id(), 0, 10, false).orElseThrow().total()).isZero();
        assertThat(administration.deletedCount()).isEqualTo(2);
    }

    /** A selection from deep in a big mailbox: found in one walk, each once, the rest left in its order. */
    @Test
    void aSelectionInFlightAndDeepInABigMailboxIsDeletedEachOnce() {
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            ids.add(post("CHAT/bob", "m" + i, Message.PERSISTENT));
        }
        List<Long> selection = List.of(ids.get(19_999), ids.get(0), ids.get(15_000), 999_999L, ids.get(15_000));

        assertThat(administration.deleteFromMailbox(bob.id(), selection)).as("not found").containsExactly(999_999L, ids.get(15_000));

        assertThat(administration.deletedCount()).isEqualTo(3);
        assertThat(administration.mailbox(bob.id(), 0, 3, false).orElseThrow().entries()).extracting(entry -> entry.message().id())
                .containsExactly(ids.get(1), ids.get(2), ids.get(3));
        assertThat(administration.mailbox(bob.id(), 14_997, 3, false).orElseThrow().entries()).extracting(entry -> entry.message().id())
                .as("around the one deleted").containsExactly(ids.get(14_998), ids.get(14_999), ids.get(15_001));
        assertThat(administration.mailbox(bob.id(), 0, 1, true).orElseThrow().entries()).extracting(entry -> entry.message().id())
                .containsExactly(ids.get(19_998));
        assertThat(store.records).doesNotContainKeys(ids.get(0), ids.get(15_000), ids.get(19_999)).hasSize(19_997);
    }

    @Test
    void persistentSeedsAreFoundAndDeletedWithTheirJournalRecord() {
        long waiting = post("CHAT/carol", "for carol", Message.PERSISTENT);
        long delivered = post("CHAT/bob", "for bob", Message.PERSISTENT);

        BrokerAdministration.Slice seeds = administration.seeds(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS, 0, 10, false);
        assertThat(texts(seeds)).containsExactly("for carol", "for bob");
        BrokerAdministration.Whereabouts where = administration.find(delivered).orElseThrow();
        assertThat(where.instanceIds()).containsExactly(bob.id());
        assertThat(where.persistentSeed()).isTrue();
        assertThat(administration.find(waiting).orElseThrow().waiting()).isTrue();

        assertThat(administration.deleteEverywhere(waiting)).isEqualTo(1);
        assertThat(administration.deleteEverywhere(delivered)).isEqualTo(1);

        assertThat(broker.waitingSeeds()).isEmpty();
        assertThat(store.records).isEmpty();
        assertThat(administration.find(delivered)).isEmpty();
    }

    @Test
    void anOrdinaryMessageInTwoMailboxesIsOneSeed() {
        long id = post("CHAT/*", "to all", 0);
        BrokerAdministration.Slice seeds = administration.seeds(BrokerAdministration.SeedSection.MESSAGE_SEEDS, 0, 10, false);
        assertThat(seeds.total()).isEqualTo(1);
        assertThat(administration.find(id).orElseThrow().instanceIds()).containsExactlyInAnyOrder(alice.id(), bob.id());
        assertThat(administration.deleteEverywhere(id)).isEqualTo(2);
    }

    @Test
    void aGlobalMessagePostedHereIsAGlobalMessageSeedOnly() {
        long ordinary = post("CHAT/bob", "global", Message.GLOBAL);
        long persistent = post("CHAT/carol", "global and persistent", Message.GLOBAL | Message.PERSISTENT);

        BrokerAdministration.Slice seeds = administration.seeds(BrokerAdministration.SeedSection.GLOBAL_MESSAGE_SEEDS, 0, 10, false);
        assertThat(seeds.entries()).extracting(e -> e.message().id()).containsExactly(ordinary, persistent);
        assertThat(administration.seeds(BrokerAdministration.SeedSection.GLOBAL_MESSAGES, 0, 10, false).total())
                .as("none came from another server").isZero();
        assertThat(administration.seeds(BrokerAdministration.SeedSection.MESSAGE_SEEDS, 0, 10, false).total()).isZero();
        assertThat(administration.seeds(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS, 0, 10, false).total()).isZero();
    }

    @Test
    void anInstanceIsDisabledAndEnabledByItsId() {
        assertThat(administration.setEnabled(bob.id(), false).orElseThrow().enabled()).isFalse();
        assertThat(broker.post(alice, ServiceUser.of("CHAT", "bob"), "say", 0, new byte[0]).join().recipients()).isZero();
        assertThat(administration.setEnabled(bob.id(), true).orElseThrow().enabled()).isTrue();
        assertThat(administration.setEnabled(999, true)).isEmpty();
        assertThat(administration.instances()).extracting(s -> s.who().user()).containsExactly("alice", "bob");
    }
}
