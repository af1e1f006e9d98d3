package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

class BrokerTest {
    private static final byte[] BODY = "hi".getBytes(StandardCharsets.UTF_8);
    /** What one mailbox copy of {@link #BODY} counts against the memory bound. */
    private static final long COPY = BODY.length + HeldMemory.OVERHEAD_PER_COPY;
    private final InMemoryStore store = new InMemoryStore();
    private Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store);

    private Instance register(String service, String user, RecordingSink sink) {
        Registration registration = broker.register(ServiceUser.of(service, user), new byte[0], DeliveryMode.CALLBACK, 100, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    /** C/c, whose connection takes nothing until {@code slow.writable} is set again. */
    private Instance stalledConsumer(RecordingSink slow) {
        slow.writable = false;
        return register("C", "c", slow);
    }

    /** The stalled consumer takes and acknowledges everything it was sent. */
    private void catchUp(Instance consumer, RecordingSink slow) {
        slow.writable = true;
        broker.resume(consumer);
        broker.acknowledge(consumer, slow.ids());
    }

    private PostOutcome post(Instance from, String to, String event, int flags) {
        return broker.post(from, ServiceUser.parse(to), event, flags, BODY).join();
    }

    @Test
    void fanOutReachesEveryMatchingInstance() {
        RecordingSink alice = new RecordingSink();
        RecordingSink bob = new RecordingSink();
        RecordingSink other = new RecordingSink();
        Instance sender = register("CHAT", "alice", alice);
        register("CHAT", "bob", bob);
        register("OTHER", "bob", other);

        PostOutcome outcome = post(sender, "CHAT/*", "hello", 0);

        assertThat(outcome.recipients()).isEqualTo(2);
        assertThat(alice.events()).containsExactly("hello");
        assertThat(bob.events()).containsExactly("hello");
        assertThat(other.delivered).isEmpty();
        assertThat(bob.delivered.get(0).from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
    }

    @Test
    void anycastGoesToTheLeastLoadedWithTiesRoundRobin() {
        RecordingSink[] sinks = {new RecordingSink(), new RecordingSink(), new RecordingSink()};
        Instance[] workers = new Instance[3];
        for (int i = 0; i < 3; i++) {
            workers[i] = register("WORK", "w" + i, sinks[i]);
        }
        Instance producer = register("PROD", "p", new RecordingSink());
        for (int i = 0; i < 30; i++) {
            post(producer, "WORK/*", "job", Message.ANYCAST);
        }
        // nobody acknowledges: equal load means perfect rotation
        for (RecordingSink sink : sinks) {
            assertThat(sink.delivered).hasSize(10);
        }
        // w0 acknowledges everything: it is now the least loaded and takes the next ones
        broker.acknowledge(workers[0], sinks[0].ids());
        for (int i = 0; i < 5; i++) {
            post(producer, "WORK/*", "job", Message.ANYCAST);
        }
        assertThat(sinks[0].delivered).hasSize(15);
        assertThat(sinks[1].delivered).hasSize(10);
    }

    @Test
    void persistentSeedWaitsForAMatchingRegistration() {
        Instance sender = register("CHAT", "alice", new RecordingSink());
        PostOutcome outcome = post(sender, "CHAT/bob", "later", Message.PERSISTENT);
        assertThat(outcome.waiting()).isTrue();
        assertThat(broker.waitingSeeds()).hasSize(1);
        assertThat(store.records).hasSize(1);

        RecordingSink bob = new RecordingSink();
        Instance bobInstance = register("CHAT", "bob", bob);
        assertThat(bob.events()).containsExactly("later");
        assertThat(broker.waitingSeeds()).isEmpty();
        assertThat(store.records.values().iterator().next().getValue()).containsExactly(ServiceUser.of("CHAT", "bob"));

        broker.acknowledge(bobInstance, bob.ids());
        assertThat(store.records).isEmpty();
    }

    @Test
    void nonPersistentWithoutRecipientIsADeadLetter() {
        Instance sender = register("CHAT", "alice", new RecordingSink());
        PostOutcome outcome = post(sender, "CHAT/nobody", "lost", 0);
        assertThat(outcome.recipients()).isZero();
        assertThat(outcome.waiting()).isFalse();
        assertThat(broker.counters().deadLetters()).isEqualTo(1);
    }

    @Test
    void unacknowledgedMessagesGoToAnotherInstanceWhenOneDrops() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        Instance one = register("WORK", "w", first);
        Instance sender = register("PROD", "p", new RecordingSink());
        post(sender, "WORK/w", "a", Message.ANYCAST);
        post(sender, "WORK/w", "b", Message.ANYCAST);
        register("WORK", "w", second);
        broker.acknowledge(one, first.delivered.get(0).id());

        broker.unregister(one);

        assertThat(second.events()).containsExactly("b");
    }

    @Test
    void unacknowledgedPersistentMessagesWaitAgainWhenTheConsumerDrops() {
        RecordingSink first = new RecordingSink();
        Instance bob = register("CHAT", "bob", first);
        Instance sender = register("CHAT", "alice", new RecordingSink());
        post(sender, "CHAT/bob", "p", Message.PERSISTENT);
        assertThat(first.delivered).hasSize(1);

        broker.unregister(bob);
        assertThat(broker.waitingSeeds()).hasSize(1);

        RecordingSink again = new RecordingSink();
        register("CHAT", "bob", again);
        assertThat(again.events()).containsExactly("p");
    }

    @Test
    void replayedRecordsComeBackAsWaitingSeeds() {
        RecordingSink bobSink = new RecordingSink();
        register("CHAT", "bob", bobSink);
        Instance sender = register("CHAT", "alice", new RecordingSink());
        post(sender, "CHAT/*", "both", Message.PERSISTENT);
        post(sender, "CHAT/carol", "waiting", Message.PERSISTENT);

        broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store); // a restart

        assertThat(broker.waitingSeeds()).extracting(m -> m.to().toString())
                .containsExactly("CHAT/bob", "CHAT/alice", "CHAT/carol");
        RecordingSink carol = new RecordingSink();
        register("CHAT", "carol", carol);
        assertThat(carol.events()).containsExactly("waiting");
        Instance late = register("CHAT", "x", new RecordingSink());
        long newId = post(late, "CHAT/nobody", "n", 0).messageId();
        assertThat(newId).isGreaterThan(carol.delivered.get(0).id());
    }

    @Test
    void disabledServiceGetsNoNewMessages() {
        RecordingSink bob = new RecordingSink();
        register("CHAT", "bob", bob);
        Instance sender = register("CHAT", "alice", new RecordingSink());
        assertThat(broker.setServiceEnabled(ServiceUser.of("CHAT", "bob"), false)).isEqualTo(1);

        assertThat(post(sender, "CHAT/bob", "x", 0).recipients()).isZero();
        assertThat(post(sender, "CHAT/bob", "p", Message.PERSISTENT).waiting()).isTrue();
        assertThat(bob.delivered).isEmpty();
        assertThat(broker.users(ServiceUser.of("CHAT", "bob")).get(0).enabled()).isFalse();
    }

    @Test
    void disabledServerAcceptsNoRegistrationAndPostsNothing() {
        Instance sender = register("CHAT", "alice", new RecordingSink());
        broker.setEnabled(false);
        Registration refused = broker.register(ServiceUser.of("CHAT", "bob"), new byte[0], DeliveryMode.CALLBACK, 10, new RecordingSink());
        assertThat(refused.isAccepted()).isFalse();
        assertThat(refused.refusalReason()).get().asString().contains("disabled");
        assertThat(post(sender, "CHAT/*", "x", 0).isRefused()).isTrue();
    }

    @Test
    void pollingInstancesReceiveOnlyWhatTheyFetchAndWindowBoundsInFlight() {
        RecordingSink poller = new RecordingSink();
        Instance polling = broker.register(ServiceUser.of("Q", "q"), new byte[0], DeliveryMode.POLLING, 2, poller).instance();
        Instance sender = register("P", "p", new RecordingSink());
        for (int i = 0; i < 5; i++) {
            post(sender, "Q/q", "m" + i, 0);
        }
        assertThat(poller.delivered).isEmpty();
        broker.fetch(polling, 10);
        assertThat(poller.events()).containsExactly("m0", "m1"); // window of 2
        broker.acknowledge(polling, poller.ids());
        assertThat(poller.events()).containsExactly("m0", "m1", "m2", "m3");
    }

    @Test
    void unwritableSinkKeepsMessagesInTheMailboxUntilResumed() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        Instance sender = register("P", "p", new RecordingSink());
        post(sender, "C/c", "x", 0);
        assertThat(slow.delivered).isEmpty();
        assertThat(broker.undelivered(consumer)).isEqualTo(1);
        slow.writable = true;
        broker.resume(consumer);
        assertThat(slow.events()).containsExactly("x");
    }

    @Test
    void callIsAnsweredByAnInstanceOrALocalService() {
        RecordingSink callerSink = new RecordingSink();
        RecordingSink calleeSink = new RecordingSink();
        Instance caller = register("C", "c", callerSink);
        Instance callee = register("ECHO", "e", calleeSink);

        broker.call(caller, 7, ServiceUser.of("ECHO", "*"), "ping", BODY);
        Message request = calleeSink.delivered.get(0);
        assertThat(request.isCall()).isTrue();
        broker.reply(callee, request.id(), "pong".getBytes(StandardCharsets.UTF_8));
        assertThat(new String(callerSink.replies.get(7L), StandardCharsets.UTF_8)).isEqualTo("pong");

        broker.call(caller, 8, ServiceUser.of("NOBODY", "*"), "ping", BODY);
        assertThat(callerSink.failures.get(8L)).contains("NOBODY");

        Reflexes withLocal = new Reflexes() {
            @Override
            public Optional<LocalService> localService(String service) {
                return service.equals("TIME") ? Optional.of(m -> "now".getBytes(StandardCharsets.UTF_8)) : Optional.empty();
            }
        };
        broker = new Broker(new ServerIdentity("S", 1), withLocal, MessageStore.NONE);
        Instance again = register("C", "c", callerSink);
        broker.call(again, 9, ServiceUser.of("TIME", "*"), "now?", BODY);
        assertThat(new String(callerSink.replies.get(9L), StandardCharsets.UTF_8)).isEqualTo("now");
    }

    @Test
    void callerIsToldWhenTheCalleeGoesAwayWithoutReplying() {
        RecordingSink callerSink = new RecordingSink();
        Instance caller = register("C", "c", callerSink);
        Instance callee = register("ECHO", "e", new RecordingSink());
        broker.call(caller, 1, ServiceUser.of("ECHO", "e"), "ping", BODY);
        broker.unregister(callee);
        assertThat(callerSink.failures.get(1L)).contains("went away");
    }

    @Test
    void registrationFilterAndWildcardNamesAreRefused() {
        Reflexes secret = new Reflexes() {
            @Override
            public boolean allowRegistration(ServiceUser who, byte[] registrationMessage) {
                return new String(registrationMessage, StandardCharsets.UTF_8).equals("secret");
            }
        };
        broker = new Broker(new ServerIdentity("S", 1), secret, MessageStore.NONE);
        assertThat(broker.register(ServiceUser.of("A", "a"), "wrong".getBytes(StandardCharsets.UTF_8), DeliveryMode.CALLBACK, 1, new RecordingSink()).isAccepted()).isFalse();
        assertThat(broker.register(ServiceUser.of("A", "a"), "secret".getBytes(StandardCharsets.UTF_8), DeliveryMode.CALLBACK, 1, new RecordingSink()).isAccepted()).isTrue();
        assertThat(broker.register(ServiceUser.of("A", "*"), "secret".getBytes(StandardCharsets.UTF_8), DeliveryMode.CALLBACK, 1, new RecordingSink()).isAccepted()).isFalse();
    }

    @Test
    void usersListsRegisteredPairsWithInstanceCounts() {
        register("CHAT", "bob", new RecordingSink());
        register("CHAT", "bob", new RecordingSink());
        register("CHAT", "alice", new RecordingSink());
        register("ADMIN", "x", new RecordingSink());
        assertThat(broker.users(ServiceUser.parse("CHAT/*")))
                .extracting(u -> u.who().toString() + "x" + u.instances())
                .containsExactly("CHAT/alicex1", "CHAT/bobx2");
    }

    @Test
    void aFullMailboxDropsNewNonPersistentCopiesAndCountsThem() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        Instance sender = register("P", "p", new RecordingSink());
        broker.setMailboxLimit(3);
        for (int i = 0; i < 5; i++) {
            post(sender, "C/c", "x" + i, 0);
        }
        post(sender, "C/c", "kept", Message.PERSISTENT);
        assertThat(broker.undelivered(consumer)).isEqualTo(4);
        assertThat(broker.counters().overflows()).isEqualTo(2);
    }

    @Test
    void postsIntoABackloggedMailboxAskTheSenderToSlowDown() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setBacklogMarks(3, 1, 16 << 20, 8 << 20);
        post(sender, "C/c", "1", 0);
        post(sender, "C/c", "2", 0);
        post(sender, "C/c", "3", 0);
        assertThat(producer.slowDowns).isZero();
        post(sender, "C/c", "4", 0);
        assertThat(producer.slowDowns).isEqualTo(1);
        assertThat(broker.isRelieved()).isFalse();
        catchUp(consumer, slow);
        assertThat(broker.isRelieved()).isTrue();
    }

    /**
     * The relief a paused sender waits for follows the backlogged consumers as they come and go
     * (the count is kept as mailboxes change, not taken over every instance at each question).
     */
    @Test
    void reliefFollowsConsumersLeavingAndTheMarksChanging() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setBacklogMarks(3, 1, 16 << 20, 8 << 20);
        for (int i = 0; i < 3; i++) {
            post(sender, "C/c", "m" + i, 0);
        }
        assertThat(broker.isRelieved()).as("3 waiting, low mark 1").isFalse();

        broker.setBacklogMarks(10, 5, 16 << 20, 8 << 20);
        assertThat(broker.isRelieved()).as("3 waiting, low mark 5").isTrue();
        broker.setBacklogMarks(10, 3, 16 << 20, 8 << 20);
        assertThat(broker.isRelieved()).as("3 waiting, low mark 3").isFalse();

        RecordingSink secondSink = new RecordingSink();
        Instance second = register("C", "c", secondSink);
        broker.unregister(consumer);
        assertThat(broker.isRelieved()).as("its 3 messages went to the other instance of C/c").isFalse();
        broker.acknowledge(second, secondSink.ids());
        assertThat(broker.isRelieved()).as("the other instance caught up").isTrue();
        post(sender, "C/c", "again", 0);
        post(sender, "C/c", "and again", 0);
        post(sender, "C/c", "once more", 0);
        assertThat(broker.isRelieved()).isFalse();
        broker.unregister(second);
        assertThat(broker.isRelieved()).as("the backlogged consumer left (its messages: dead letters)").isTrue();
    }

    @Test
    void aBacklogOfBigMessagesSlowsTheSenderByItsBytesLongBeforeItsCount() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setBacklogMarks(10_000, 5_000, 64 << 10, 32 << 10);
        byte[] big = new byte[16 << 10];

        for (int i = 0; i < 4; i++) {
            broker.post(sender, ServiceUser.of("C", "c"), "big", 0, big).join();
        }
        assertThat(producer.slowDowns).isZero();
        broker.post(sender, ServiceUser.of("C", "c"), "big", 0, big).join();
        assertThat(producer.slowDowns).as("posted onto 64 KiB waiting for the consumer").isEqualTo(1);
        assertThat(broker.isRelieved()).isFalse();

        catchUp(consumer, slow);
        assertThat(broker.isRelieved()).isTrue();
    }

    @Test
    void aPollingServicesMailboxIsAStoreThatDoesNotSlowSendersDown() {
        Registration polling = broker.register(ServiceUser.of("C", "c"), new byte[0], DeliveryMode.POLLING, 100, new RecordingSink());
        assertThat(polling.isAccepted()).isTrue();
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setBacklogMarks(3, 1, 16 << 20, 8 << 20);

        for (int i = 0; i < 10; i++) {
            post(sender, "C/c", "m" + i, 0);
        }

        assertThat(producer.slowDowns).isZero();
        assertThat(broker.undelivered(polling.instance())).isEqualTo(10);
        assertThat(broker.isRelieved()).isTrue();
    }

    @Test
    void postsThatWouldPassTheMemoryBoundAreRefusedUntilTheConsumerCatchesUp() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setMemoryBound(4 * COPY);
        for (int i = 0; i < 4; i++) {
            assertThat(post(sender, "C/c", "x" + i, Message.PERSISTENT).isRefused()).isFalse();
        }
        int slowedBefore = producer.slowDowns;

        PostOutcome refused = post(sender, "C/c", "one too many", Message.PERSISTENT);

        assertThat(refused.isRefused()).isTrue();
        assertThat(producer.slowDowns).as("a refused sender is slowed down too").isEqualTo(slowedBefore + 1);
        assertThat(refused.refusal()).contains("holds 264 B of messages, its memory bound of 264 B", "--max-memory");
        assertThat(broker.counters().heldBytes()).isEqualTo(4 * COPY);
        assertThat(broker.counters().memoryRefusals()).isEqualTo(1);
        assertThat(broker.undelivered(consumer)).isEqualTo(4);

        catchUp(consumer, slow);
        assertThat(broker.counters().heldBytes()).isZero();
        assertThat(post(sender, "C/c", "room again", Message.PERSISTENT).isRefused()).isFalse();
        assertThat(broker.post(sender, ServiceUser.parse("C/c"), "too big", 0, new byte[300]).join().refusal())
                .isEqualTo("a message of 300 B does not fit in server S/1's memory bound of 264 B: start the server with a larger --max-memory");
    }

    @Test
    void sendersAreSlowedAboveThreeQuartersOfTheMemoryBoundAndRelievedBelowHalf() {
        RecordingSink slow = new RecordingSink();
        Instance consumer = stalledConsumer(slow);
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        broker.setMemoryBound(4 * COPY);
        post(sender, "C/c", "1", 0);
        post(sender, "C/c", "2", 0);
        assertThat(producer.slowDowns).isZero();
        post(sender, "C/c", "3", 0);
        assertThat(producer.slowDowns).isEqualTo(1);
        assertThat(broker.isRelieved()).isFalse();

        catchUp(consumer, slow);
        assertThat(broker.isRelieved()).isTrue();
    }

    @Test
    void heldMemoryFollowsAMessageFromTheServerMailboxToItsRecipientAndOut() {
        Instance sender = register("P", "p", new RecordingSink());
        post(sender, "C/c", "waits", Message.PERSISTENT);
        assertThat(broker.counters().heldBytes()).isEqualTo(COPY);

        RecordingSink late = new RecordingSink();
        Instance consumer = register("C", "c", late);
        assertThat(late.events()).containsExactly("waits");
        assertThat(broker.counters().heldBytes()).isEqualTo(COPY);

        broker.unregister(consumer); // unacknowledged: back to the server mailbox, still held once
        assertThat(broker.counters().heldBytes()).isEqualTo(COPY);
        Instance again = register("C", "c", late);
        broker.acknowledge(again, late.delivered.get(1).id());
        assertThat(broker.counters().heldBytes()).isZero();
    }

    @Test
    void persistentSendersAreSlowedWhileTheStoresQueueOfWritesIsAQuarterFull() {
        RecordingSink producer = new RecordingSink();
        Instance sender = register("P", "p", producer);
        register("C", "c", new RecordingSink());
        store.backlog = 0.3;

        post(sender, "C/c", "not stored", 0);
        assertThat(producer.slowDowns).as("non-persistent posts do not wait for the disk").isZero();
        post(sender, "C/c", "stored", Message.PERSISTENT);
        assertThat(producer.slowDowns).isEqualTo(1);
        assertThat(broker.isRelieved()).isFalse();

        store.backlog = 0.1;
        assertThat(broker.isRelieved()).as("relieved only once the queue is nearly empty").isFalse();
        store.backlog = 0.01;
        assertThat(broker.isRelieved()).isTrue();
    }
}
