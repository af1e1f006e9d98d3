package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * An administrator's purge holds the broker lock a chunk at a time (issue #19, "no stop-the-world
 * work"): each hold removes at most {@link Purge#CHUNK} messages however big the backlog, others
 * get the lock between two chunks, and what is posted, delivered or acknowledged meanwhile is
 * neither lost, nor purged when it is new, nor counted twice.
 */
@Timeout(60)
class ChunkedPurgeTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final byte[] BODY = {'m'};

    /**
     * A journal that counts, per hold of the broker lock, the records removed (a purged persistent
     * message leaves the journal in the hold that purges it), and keeps the ids still stored.
     */
    private static final class HoldCountingStore implements MessageStore {
        Broker broker;
        final Map<Long, Integer> removalsPerHold = new HashMap<>();
        final Set<Long> stored = ConcurrentHashMap.newKeySet();
        /** Each record saved, with how many were removed before it: what a purge had done when it was posted. */
        final Map<Long, Integer> removalsBefore = new ConcurrentHashMap<>();
        /** Written under the broker lock, read by a poster without it. */
        volatile int removals;
        /** The thread that purges, when others acknowledge meanwhile (their removals are not the purge's). */
        volatile Thread purging;
        /** Each record saved, with how many the purging thread had removed before it. */
        final Map<Long, Integer> purgeRemovalsBefore = new ConcurrentHashMap<>();
        int purgeRemovals;

        @Override
        public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
            stored.add(message.id());
            removalsBefore.put(message.id(), removals);
            purgeRemovalsBefore.put(message.id(), purgeRemovals);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void remove(long messageId) {
            assertThat(broker.lock().isHeldByCurrentThread()).isTrue();
            removalsPerHold.merge(broker.lock().holds(), 1, Integer::sum);
            stored.remove(messageId);
            removals++;
            if (Thread.currentThread() == purging) {
                purgeRemovals++;
            }
        }

        @Override
        public void replay(Replay replay) {}

        @Override
        public void close() {}
    }

    /** Remembers deliveries from any thread, and whether one came twice. */
    private static final class Consumer extends RecordingSink {
        final List<Message> received = Collections.synchronizedList(new ArrayList<>());
        final Set<Long> seen = ConcurrentHashMap.newKeySet();
        final AtomicInteger twice = new AtomicInteger();

        @Override
        public void deliver(Message message) {
            received.add(message);
            if (!seen.add(message.id())) {
                twice.incrementAndGet();
            }
        }
    }

    private final HoldCountingStore store = new HoldCountingStore();
    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store);

    ChunkedPurgeTest() {
        store.broker = broker;
    }

    private Instance register(ServiceUser who, DeliveryMode mode, int window, Sink sink) {
        Registration registration = broker.register(who, new byte[0], mode, window, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    /** Posts {@code count} persistent messages to {@code to}; returns their ids. */
    private List<Long> post(Instance producer, ServiceUser to, int count) {
        List<Long> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            PostOutcome outcome = broker.post(producer, to, "e", Message.PERSISTENT, BODY).join();
            assertThat(outcome.refusal()).isNull();
            ids.add(outcome.messageId());
        }
        return ids;
    }

    @Test
    void aPurgeOfABigBacklogRemovesAtMostAChunkPerHoldOfTheLock() {
        Instance producer = register(ServiceUser.of("PROD", "p"), DeliveryMode.CALLBACK, 10, new RecordingSink());
        // a polling instance's mailbox of 20,000 (never fetched), and 200,000 seeds waiting for an absent user
        register(ServiceUser.of("SINK", "polling"), DeliveryMode.POLLING, 10, new RecordingSink());
        post(producer, ServiceUser.of("SINK", "polling"), 20_000);
        post(producer, SINK, 200_000);
        long holdsBefore = heldSoFar();

        List<BrokerAdministration.Removed> removed = new ArrayList<>();
        long purged = broker.administration().purge(ServiceUser.parse("SINK/*"), 100, removed::add);

        assertThat(purged).isEqualTo(220_000);
        assertThat(removed).hasSize(220_000);
        assertThat(store.stored).as("the journal forgot them").isEmpty();
        assertThat(broker.administration().waitingFor(ServiceUser.parse("SINK/*"))).isEqualTo(new BrokerAdministration.Waiting(1, 0, 0));
        // a chunk (250) per hold, however big the backlog: 880 holds at least for 220,000
        assertThat(store.removalsPerHold.values()).as("journal removals per hold of the lock").allSatisfy(
                perHold -> assertThat(perHold).isLessThanOrEqualTo(Purge.CHUNK).isLessThanOrEqualTo(1_000));
        assertThat(heldSoFar() - holdsBefore).as("holds of the lock").isGreaterThanOrEqualTo(880);
    }

    private long heldSoFar() {
        long[] holds = new long[1];
        broker.underLock(() -> holds[0] = broker.lock().holds());
        return holds[0];
    }

    @Test
    void aPurgeDuringPostingRemovesOnlyWhatWaitedWhenItStartedAndOthersPostMeanwhile() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), DeliveryMode.CALLBACK, 10, new RecordingSink());
        Set<Long> old = new HashSet<>(post(producer, SINK, 50_000));
        AtomicBoolean done = new AtomicBoolean();
        List<Long> posted = Collections.synchronizedList(new ArrayList<>());
        Thread poster = new Thread(() -> {
            // bounded: 20,000 once the purge has begun removing (a poster that always wins the lock
            // back would otherwise post for as long as the purge waits for its turns)
            int afterTheFirstRemoval = 0;
            while (!done.get() && afterTheFirstRemoval < 20_000) {
                posted.add(broker.post(producer, SINK, "e", Message.PERSISTENT, BODY).join().messageId());
                if (store.removals > 0) {
                    afterTheFirstRemoval++;
                }
            }
        });
        poster.start();
        while (posted.isEmpty()) {
            Thread.onSpinWait();
        }

        List<Long> purgedIds = new ArrayList<>();
        long purged = broker.administration().purge(SINK, 100, removed -> purgedIds.add(removed.message().id()));
        done.set(true);
        poster.join();

        assertThat(purged).isEqualTo(purgedIds.size());
        Set<Long> purgedSet = new HashSet<>(purgedIds);
        assertThat(purgedSet).as("purged once each").hasSize(purgedIds.size());
        assertThat(without(old, purgedSet)).as("waiting when it started, not purged").isEmpty();
        List<Long> stillWaiting = broker.waitingSeeds().stream().map(Message::id).toList();
        assertThat(purgedIds.size() + stillWaiting.size()).as("nothing lost").isEqualTo(old.size() + posted.size());
        long newestPurged = Collections.max(purgedIds);
        assertThat(stillWaiting).as("only what was posted after it started waits").isNotEmpty().allMatch(id -> id > newestPurged);
        List<Long> postedBetweenChunks = posted.stream().filter(id -> {
            int removedBefore = store.removalsBefore.get(id);
            return removedBefore > 0 && removedBefore < purged;
        }).toList();
        assertThat(postedBetweenChunks).as("posted while the purge was half-way: not purged").isNotEmpty()
                .allMatch(new HashSet<>(stillWaiting)::contains);
        assertThat(new HashSet<>(store.stored)).isEqualTo(new HashSet<>(stillWaiting));
    }

    @Test
    void aConsumerReceivingDuringAPurgeLosesNothingAndGetsNothingTwice() throws Exception {
        Instance producer = register(ServiceUser.of("PROD", "p"), DeliveryMode.CALLBACK, 10, new RecordingSink());
        Consumer sink = new Consumer();
        Instance consumer = register(SINK, DeliveryMode.CALLBACK, 100, sink);
        Set<Long> old = new HashSet<>(post(producer, SINK, 50_000)); // 100 in flight, the rest queued in its mailbox
        AtomicBoolean done = new AtomicBoolean();
        Thread acknowledging = new Thread(() -> {
            int acknowledged = 0;
            while (!done.get() || acknowledged < sink.received.size()) {
                List<Message> next;
                synchronized (sink.received) {
                    next = List.copyOf(sink.received.subList(acknowledged, sink.received.size()));
                }
                if (next.isEmpty()) {
                    Thread.yield();
                    continue;
                }
                broker.acknowledge(consumer, next.stream().mapToLong(Message::id).toArray());
                acknowledged += next.size();
            }
        });
        List<Long> posted = Collections.synchronizedList(new ArrayList<>());
        Thread poster = new Thread(() -> posted.addAll(post(producer, SINK, 5_000)));
        acknowledging.start();
        poster.start();

        store.purging = Thread.currentThread();
        List<Long> purgedIds = new ArrayList<>();
        long purged = broker.administration().purge(SINK, 100, removed -> purgedIds.add(removed.message().id()));
        poster.join();
        Set<Long> all = new HashSet<>(old);
        all.addAll(posted);
        Set<Long> purgedSet = new HashSet<>(purgedIds);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!all.stream().allMatch(id -> sink.seen.contains(id) || purgedSet.contains(id)) && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        done.set(true);
        acknowledging.join();

        assertThat(sink.twice.get()).as("delivered twice").isZero();
        assertThat(purged).isEqualTo(purgedIds.size());
        assertThat(purgedSet).as("purged once each").hasSize(purgedIds.size());
        assertThat(without(purgedSet, all)).as("purged, never posted").isEmpty();
        Set<Long> receivedOrPurged = new HashSet<>(sink.seen);
        receivedOrPurged.addAll(purgedIds);
        assertThat(without(all, receivedOrPurged)).as("neither received nor purged").isEmpty();
        List<Long> postedOnceThePurgeRemoved = posted.stream().filter(id -> store.purgeRemovalsBefore.get(id) > 0).toList();
        assertThat(postedOnceThePurgeRemoved).as("posted during the purge: received, not purged").allMatch(sink.seen::contains)
                .noneMatch(purgedSet::contains);
        assertThat(store.stored).as("nothing left in the journal once all is acknowledged").isEmpty();
    }

    @Test
    void watchersOfABigPurgeAreToldOnceAndOfASmallOneMessageByMessage() {
        List<String> told = Collections.synchronizedList(new ArrayList<>());
        broker.observe(new BrokerObserver() {
            @Override
            public void deleted(Instance from, Message message) {
                told.add("deleted " + message.id());
            }

            @Override
            public void purged(ServiceUser target, int count) {
                told.add("purged " + target + " " + count);
            }
        });
        Instance producer = register(ServiceUser.of("PROD", "p"), DeliveryMode.CALLBACK, 10, new RecordingSink());
        List<Long> few = post(producer, SINK, 3);
        broker.administration().purge(SINK, 100, removed -> {});
        assertThat(told).containsExactly("deleted " + few.get(0), "deleted " + few.get(1), "deleted " + few.get(2));

        told.clear();
        post(producer, SINK, BrokerAdministration.PURGE_EVENTS + 1);
        broker.administration().purge(SINK, 100, removed -> {});
        assertThat(told).containsExactly("purged SINK/s " + (BrokerAdministration.PURGE_EVENTS + 1));
    }

    @Test
    void theNewestPurgedOfAPagedBacklogComeWholeAcrossChunksAndTheirPagesGoAfter(@TempDir Path folder) throws Exception {
        SeedPages pages = SeedPages.in(folder, "S-1");
        try {
            pages.setThreshold(0); // every waiting body is paged
            Broker paged = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore(), pages);
            Instance producer = paged.register(ServiceUser.of("PROD", "p"), new byte[0], DeliveryMode.CALLBACK, 10, new RecordingSink())
                    .instance();
            for (int i = 0; i < 1_000; i++) {
                paged.post(producer, SINK, "e", Message.PERSISTENT, ("seed " + i).getBytes(StandardCharsets.US_ASCII)).join();
            }

            List<Message> purged = new ArrayList<>();
            long count = paged.administration().purge(SINK, 600, removed -> purged.add(removed.message())); // over three chunks

            assertThat(count).isEqualTo(1_000);
            assertThat(purged.subList(0, 400)).as("older: not read back").allSatisfy(seed -> assertThat(seed.body()).isEmpty());
            for (int i = 400; i < 1_000; i++) {
                assertThat(new String(purged.get(i).body(), StandardCharsets.US_ASCII)).isEqualTo("seed " + i);
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (pageFiles(folder) > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(pageFiles(folder)).as("page files once every body is let go").isZero();
        } finally {
            pages.close();
        }
    }

    /** {@code these} less {@code those}: AssertJ's containsAll looks each one up in a list, which for 50,000 takes seconds. */
    private static Set<Long> without(Set<Long> these, Set<Long> those) {
        Set<Long> rest = new HashSet<>(these);
        rest.removeAll(those);
        return rest;
    }

    private static long pageFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".page")).count();
        }
    }
}
