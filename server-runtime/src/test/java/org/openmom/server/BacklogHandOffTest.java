package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * A service registering while thousands of persistent seeds wait for it gets them in chunks
 * (the broker lock is let go between chunks, issue #19), in order, with what is posted to it
 * meanwhile after them; other registrations do not look at its backlog.
 */
@Timeout(60)
class BacklogHandOffTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    /** Several chunks, and more than the hand-off gives ahead of acknowledgements. */
    private static final int BACKLOG = 2 * Broker.HAND_OFF_AHEAD + 17;

    /** Records deliveries made from any thread (the hand-off runs on its own), and acknowledges them when asked. */
    private final class ThreadSafeSink extends RecordingSink {
        final List<String> bodies = Collections.synchronizedList(new ArrayList<>());
        private final List<Long> unacknowledged = Collections.synchronizedList(new ArrayList<>());
        private volatile Instance self;

        @Override
        public void registered(Instance instance) {
            self = instance;
        }

        @Override
        public void deliver(Message message) {
            bodies.add(new String(message.body(), StandardCharsets.UTF_8));
            unacknowledged.add(message.id());
        }

        /** Waits for {@code count} deliveries, acknowledging them as they come: the hand-off goes at that pace. */
        void awaitCount(int count) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (bodies.size() < count && System.nanoTime() < deadline) {
                acknowledgeReceived();
                Thread.sleep(10);
            }
            acknowledgeReceived();
            assertThat(bodies).as("deliveries").hasSize(count);
        }

        private void acknowledgeReceived() {
            long[] ids;
            synchronized (unacknowledged) {
                ids = unacknowledged.stream().mapToLong(Long::longValue).toArray();
                unacknowledged.clear();
            }
            if (ids.length > 0) {
                broker.acknowledge(self, ids);
            }
        }
    }

    private final Broker broker = new Broker(new ServerIdentity("S", 1), new Reflexes() {
        @Override
        public boolean allowDelivery(Message message, ServiceUser recipient) {
            return !new String(message.body(), StandardCharsets.UTF_8).startsWith("secret");
        }
    }, new InMemoryStore());

    private Instance register(ServiceUser who, RecordingSink sink) {
        Registration registration = broker.register(who, new byte[0], DeliveryMode.CALLBACK, Integer.MAX_VALUE, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    private void post(Instance from, ServiceUser to, String body) {
        broker.post(from, to, "e", Message.PERSISTENT, body.getBytes(StandardCharsets.UTF_8)).join();
    }

    @Test
    void aBacklogArrivesWholeAndInOrderWithWhatWasPostedMeanwhileAfterIt() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, "old " + i);
            expected.add("old " + i);
        }
        ThreadSafeSink sink = new ThreadSafeSink();
        register(SINK, sink);
        for (int i = 0; i < 10; i++) {
            post(producer, SINK, "new " + i);
            expected.add("new " + i);
        }

        sink.awaitCount(expected.size());
        assertThat(sink.bodies).containsExactlyElementsOf(expected);
        assertThat(broker.waitingSeeds()).isEmpty();
    }

    @Test
    void seedsAFilterKeepsFromTheNewInstanceWaitAgainOnceTheHandOffIsOver() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, (i % 1000 == 0 ? "secret " : "old ") + i);
            if (i % 1000 == 0) {
                secrets.add("secret " + i);
            }
        }
        ThreadSafeSink sink = new ThreadSafeSink();
        register(SINK, sink);

        sink.awaitCount(BACKLOG - secrets.size());
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (broker.waitingSeeds().size() < secrets.size() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(broker.waitingSeeds()).extracting(seed -> new String(seed.body(), StandardCharsets.UTF_8))
                .containsExactlyElementsOf(secrets);
    }

    /**
     * While a hand-off waits for its service to catch up, the seeds a filter kept from it are in no
     * mailbox (they wait again once it is over): the server still counts them among its waiting seeds.
     */
    @Test
    void seedsAFilterKeptDuringAHandOffStillCountAsWaiting() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        int secrets = 0;
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, (i % 100 == 0 ? "secret " : "old ") + i);
            secrets += i % 100 == 0 ? 1 : 0;
        }
        ThreadSafeSink sink = new ThreadSafeSink();
        Instance consumer = register(SINK, sink);
        // none acknowledged: the hand-off stops once the service has as much as it gives ahead
        awaitUntil(() -> broker.undelivered(consumer) >= Broker.HAND_OFF_AHEAD);

        assertThat(broker.counters().waitingSeeds()).as("every seed not delivered").isEqualTo(BACKLOG - sink.bodies.size());
        assertThat(broker.counters().waitingSeeds()).as("the kept ones among them")
                .isGreaterThan(broker.waitingSeeds().size());

        sink.awaitCount(BACKLOG - secrets);
        awaitUntil(() -> broker.waitingSeeds().size() == broker.counters().waitingSeeds());
        assertThat(broker.counters().waitingSeeds()).isEqualTo(secrets);
    }

    @Test
    void anotherServicesRegistrationLeavesTheBacklogWhereItIs() {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, "old " + i);
        }
        post(producer, ServiceUser.parse("OTHER/*"), "for any OTHER");

        ThreadSafeSink other = new ThreadSafeSink();
        register(ServiceUser.of("OTHER", "x"), other);

        assertThat(other.bodies).containsExactly("for any OTHER");
        assertThat(broker.waitingSeeds()).hasSize(BACKLOG);
    }

    @Test
    void aHandOffGoesAtThePaceTheServiceAcknowledges() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, "old " + i);
        }
        ThreadSafeSink sink = new ThreadSafeSink();
        Instance consumer = register(SINK, sink);
        awaitUntil(() -> sink.bodies.size() == Broker.HAND_OFF_AHEAD);

        // as much as the hand-off gives ahead, none acknowledged: the rest waits where it is
        assertThat(broker.waitingSeeds()).hasSize(BACKLOG - Broker.HAND_OFF_AHEAD);
        assertThat(broker.undelivered(consumer)).isEqualTo(Broker.HAND_OFF_AHEAD);

        sink.awaitCount(BACKLOG);
        assertThat(broker.waitingSeeds()).isEmpty();
    }

    @Test
    void aConsumerLeavingWithABacklogLeavesItWaitingInOrderForTheNextOne() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            post(producer, SINK, "old " + i);
            expected.add("old " + i);
        }
        ThreadSafeSink stalled = new ThreadSafeSink();
        stalled.writable = false; // takes nothing: everything stays in its mailbox
        Instance first = register(SINK, stalled);
        awaitUntil(() -> broker.undelivered(first) >= Broker.HAND_OFF_AHEAD); // then the hand-off waits for it

        broker.unregister(first);
        post(producer, SINK, "after");
        expected.add("after");
        awaitUntil(() -> broker.waitingSeeds().size() == BACKLOG + 1);

        ThreadSafeSink next = new ThreadSafeSink();
        register(SINK, next);
        next.awaitCount(expected.size());
        assertThat(next.bodies).containsExactlyElementsOf(expected);
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(condition.getAsBoolean()).as("reached within 30 s").isTrue();
    }
}
