package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.home.OpenMomHome;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.server.routing.RouterException;
import org.openmom.server.routing.Routers;
import org.openmom.testing.Await;

/**
 * Removing a router routes what waited in it again a chunk per hold of the broker lock (issue #19:
 * 200,000 messages in one hold stopped the server for 0.7 s), and so do the journal's messages for
 * routers gone since the last run. Until its queue is empty the router takes what it would have
 * taken, behind what it holds: each destination keeps its order.
 */
@Timeout(60)
class RouterRemovalTest {
    private static final ServiceUser PRODUCER = ServiceUser.of("PROD", "p");
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final byte[] BODY = {'m'};

    /** The journal's targets of each message, and how many records each hold of the lock rewrote while counted. */
    private static final class TargetsStore implements MessageStore {
        Broker broker;
        final Map<Long, List<ServiceUser>> targets = new ConcurrentHashMap<>();
        final Map<Long, Integer> rewritesPerHold = new ConcurrentHashMap<>();
        volatile boolean counting;
        /** Replayed at start: records kept for a router that is gone. */
        final List<Message> replayed = new ArrayList<>();
        ServiceUser replayedFor;

        @Override
        public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
            if (counting) {
                rewritesPerHold.merge(broker.lock().holds(), 1, Integer::sum);
            }
            this.targets.put(message.id(), List.copyOf(targets));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void remove(long messageId) {
            targets.remove(messageId);
        }

        @Override
        public void replay(Replay replay) {
            for (Message message : replayed) {
                targets.put(message.id(), List.of(replayedFor));
                replay.record(message, List.of(replayedFor));
            }
        }

        @Override
        public void close() {}
    }

    /** A router's link: up or down as set, never writable (what it is given stays queued), calls and deliveries recorded. */
    private static final class StandInLink extends RecordingSink implements RouterLink {
        final boolean up;
        final AtomicInteger callsForwarded = new AtomicInteger();

        StandInLink(boolean up) {
            this.up = up;
            this.writable = false;
        }

        @Override
        public String targetServer() {
            return "B/1";
        }

        @Override
        public boolean isUp() {
            return up;
        }

        @Override
        public void forwardCall(Message request, Sink caller, long requestId) {
            callsForwarded.incrementAndGet();
        }

        @Override
        public CompletableFuture<List<UserEntry>> users(ServiceUser pattern, List<String> asked) {
            return CompletableFuture.completedFuture(List.of());
        }
    }

    /** Remembers the ids delivered, from any thread. */
    private static final class Consumer extends RecordingSink {
        final List<Long> received = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void deliver(Message message) {
            received.add(message.id());
        }
    }

    @TempDir
    Path home;

    private final TargetsStore store = new TargetsStore();
    private Broker broker;

    private Broker broker() {
        if (broker == null) {
            broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store);
            store.broker = broker;
        }
        return broker;
    }

    private Instance register(ServiceUser who, Sink sink) {
        Registration registration = broker().register(who, new byte[0], DeliveryMode.CALLBACK, 100_000, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    private List<Long> post(Instance producer, ServiceUser to, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PostOutcome outcome = broker().post(producer, to, "e", Message.PERSISTENT, BODY).join();
            assertThat(outcome.refusal()).isNull();
            ids.add(outcome.messageId());
        }
        return ids;
    }

    /** Holds the hand-off thread (where the chunks after the first run) until the returned latch opens. */
    private CountDownLatch holdHandOffThread() throws InterruptedException {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch gate = new CountDownLatch(1);
        broker().onHandOffThread(() -> {
            holding.countDown();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
        return gate;
    }

    private void awaitRemoved() throws InterruptedException {
        Await.until("every removed router's queue routed again", () -> broker().routing().routersBeingRemoved().isEmpty());
    }

    @Test
    void aBigQueueIsRoutedAgainAChunkPerHoldOfTheLockInItsOrder() throws Exception {
        Instance producer = register(PRODUCER, new RecordingSink());
        broker().routing().openRouter(RouterRule.service("R1", "SINK"), new StandInLink(false));
        List<Long> ids = post(producer, SINK, 20_000);
        assertThat(store.targets.get(ids.get(0))).containsExactly(ServiceUser.of(Broker.ROUTER_SERVICE, "R1"));

        store.counting = true;
        assertThat(broker().routing().closeRouter("R1")).isEqualTo(20_000);
        awaitRemoved();

        assertThat(broker().waitingSeeds()).extracting(Message::id).as("waiting for SINK/s, in their order").isEqualTo(ids);
        assertThat(ids).allSatisfy(id -> assertThat(store.targets.get(id)).containsExactly(SINK));
        // 100 a hold, however big the queue: 200 holds at least for 20,000
        assertThat(store.rewritesPerHold.values()).as("records rewritten per hold of the lock")
                .allSatisfy(perHold -> assertThat(perHold).isLessThanOrEqualTo(BrokerRouting.ROUTE_AGAIN_CHUNK));
        assertThat(store.rewritesPerHold).hasSizeGreaterThanOrEqualTo(200);
        assertThat(broker().routerQueues()).as("the router is gone once its queue is").isEmpty();
        assertThat(broker().routing().closeRouter("R1")).isEqualTo(-1);
    }

    @Test
    void whatIsPostedWhileARouterIsRemovedWaitsBehindWhatItHeld() throws Exception {
        Instance producer = register(PRODUCER, new RecordingSink());
        Consumer consumer = new Consumer();
        register(SINK, consumer);
        Consumer other = new Consumer();
        register(ServiceUser.of("OTHER", "o"), other);
        StandInLink link = new StandInLink(true);
        broker().routing().openRouter(RouterRule.service("R1", "SINK"), link); // it wins over local delivery
        List<Long> ids = new ArrayList<>(post(producer, SINK, 1_000));
        CountDownLatch gate = holdHandOffThread();

        broker().routing().closeRouter("R1");

        assertThat(consumer.received).as("the first chunk, routed again in the hold that removes").hasSize(BrokerRouting.ROUTE_AGAIN_CHUNK);
        assertThat(store.targets.get(ids.get(BrokerRouting.ROUTE_AGAIN_CHUNK))).as("not routed again yet: still the router's in the journal")
                .containsExactly(ServiceUser.of(Broker.ROUTER_SERVICE, "R1"));
        assertThat(broker().routing().routersBeingRemoved()).containsExactly("R1");
        assertThatThrownBy(() -> broker().routing().openRouter(RouterRule.server("R1"), new StandInLink(true)))
                .hasMessageContaining("router R1 of server S/1 is still being removed (900 of its messages");
        ids.addAll(post(producer, SINK, 10));
        List<Long> elsewhere = post(producer, ServiceUser.of("OTHER", "o"), 3);
        broker().call(producer, 7, SINK, "ask", BODY);
        assertThat(consumer.received).as("the first chunk and the call; the new posts wait behind the router's queue")
                .hasSize(BrokerRouting.ROUTE_AGAIN_CHUNK + 1);
        assertThat(link.callsForwarded).as("a call goes to the routers not being removed").hasValue(0);
        assertThat(other.received).as("other services are not held up").isEqualTo(elsewhere);

        gate.countDown();
        awaitRemoved();

        List<Long> posts = new ArrayList<>(consumer.received);
        posts.removeIf(id -> !ids.contains(id)); // the call
        assertThat(posts).as("each once, in posting order").isEqualTo(ids);
        assertThat(link.delivered).as("the link sent nothing (never writable)").isEmpty();
        broker().routing().openRouter(RouterRule.service("R1", "SINK"), new StandInLink(true));
        assertThat(broker().routing().routersBeingRemoved()).isEmpty();
    }

    @Test
    void aServerRouterBeingRemovedStillTakesWhatHasNoRecipientHereBehindWhatItHeld() throws Exception {
        Instance producer = register(PRODUCER, new RecordingSink());
        broker().routing().openRouter(RouterRule.server("R1"), new StandInLink(false));
        List<Long> ids = new ArrayList<>(post(producer, ServiceUser.of("FAR", "f"), 600));
        Instance r2 = broker().routing().openRouter(RouterRule.server("R2"), new StandInLink(true));
        CountDownLatch gate = holdHandOffThread();

        broker().routing().closeRouter("R1");
        ids.addAll(post(producer, ServiceUser.of("FAR", "f"), 5)); // R2 is up, but R1 took the older ones
        gate.countDown();
        awaitRemoved();

        List<Long> inR2 = new ArrayList<>();
        broker().underLock(() -> r2.mailbox.page(0, Integer.MAX_VALUE, false, (message, inFlight) -> inR2.add(message.id())));
        assertThat(inR2).as("all through R2 now, in posting order").isEqualTo(ids);
        assertThat(ids).allSatisfy(id -> assertThat(store.targets.get(id)).containsExactly(r2.who()));
    }

    @Test
    void whatTheJournalKeptForARouterGoneSinceIsRoutedAgainAChunkPerHoldAtStart() {
        ServiceUser gone = ServiceUser.of(Broker.ROUTER_SERVICE, "GONE");
        for (long id = 1; id <= 2_000; id++) {
            store.replayed.add(new Message(id, PRODUCER, SINK, "e", Message.PERSISTENT, BODY, System.currentTimeMillis(), List.of(), Map.of()));
        }
        store.replayedFor = gone;
        broker();
        assertThat(broker().memory().held()).as("held while they wait for the router").isPositive();

        store.counting = true;
        broker().routing().routeOrphans();

        assertThat(broker().waitingSeeds()).extracting(Message::id).as("in their order").isEqualTo(
                store.replayed.stream().map(Message::id).toList());
        assertThat(store.targets.values()).allSatisfy(targets -> assertThat(targets).containsExactly(SINK));
        assertThat(store.rewritesPerHold.values()).allSatisfy(perHold -> assertThat(perHold).isLessThanOrEqualTo(BrokerRouting.ROUTE_AGAIN_CHUNK));
        assertThat(store.rewritesPerHold).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void anAdministratorAddsARouterOfTheNameAgainOnlyOnceItsRemovalIsDone() throws Exception {
        Instance producer = register(PRODUCER, new RecordingSink());
        RoutesFile r1 = RoutesParser.parse("r1.routes", "ServiceRouter R1 SINK B 1 127.0.0.1 ncacn_ip_tcp 9").model();
        try (Routers routers = new Routers(broker(), new OpenMomHome(home), Duration.ofSeconds(5))) {
            routers.add(r1);
            post(producer, SINK, 600);
            CountDownLatch gate = holdHandOffThread();
            routers.remove("R1");

            assertThatThrownBy(() -> routers.add(r1)).isInstanceOf(RouterException.class)
                    .hasMessage("router R1 of server S/1 is still being removed (what waited in it is being routed again): add it again in a moment");
            assertThat(routers.list()).isEmpty();

            gate.countDown();
            awaitRemoved();
            routers.add(r1);
            assertThat(routers.list()).extracting(router -> router.declaration().name()).containsExactly("R1");
            assertThat(broker().waitingSeeds()).as("routed again before R1 came back: they wait for SINK/s").hasSize(600);
        }
    }
}
