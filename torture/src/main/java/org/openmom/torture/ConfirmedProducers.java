package org.openmom.torture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Producers posting messages with confirmation as fast as the server confirms them: each keeps
 * up to {@code inFlight} posts outstanding (so a crash always catches some unconfirmed) and stops
 * when stopped or when its connection is gone. Every post is entered in the ledger as sent, and
 * as confirmed only when the server's POSTED (for a persistent message: sent once durable) came.
 */
final class ConfirmedProducers {

    /** Where each producer's sequence stands, so a producer goes on where it stopped after a restart. */
    static final class Sequences {
        private final Map<String, AtomicLong> next = new ConcurrentHashMap<>();

        AtomicLong of(String producer) {
            return next.computeIfAbsent(producer, p -> new AtomicLong());
        }
    }

    /**
     * What a group of producers posts: to whom, how, how big, how many at once, how many in all
     * per producer ({@code limit}, 0 = until stopped), and how far ahead of the consumers they may
     * get ({@code ahead}: confirmed messages not delivered yet, about; 0 = no bound). Producers
     * are named {@code prefix}0, {@code prefix}1, …
     */
    record Plan(ServiceUser to, int producers, int inFlight, boolean persistent, int padding, long limit, String prefix,
                int ahead) {
        static Plan persistentTo(ServiceUser to, int producers) {
            return new Plan(to, producers, 64, true, 0, 0, "p", 0);
        }

        Plan limitedTo(long messagesPerProducer) {
            return new Plan(to, producers, inFlight, persistent, padding, messagesPerProducer, prefix, ahead);
        }

        Plan nonPersistent() {
            return new Plan(to, producers, inFlight, false, padding, limit, prefix, ahead);
        }

        Plan padded(int bytes) {
            return new Plan(to, producers, inFlight, persistent, bytes, limit, prefix, ahead);
        }

        Plan named(String namePrefix) {
            return new Plan(to, producers, inFlight, persistent, padding, limit, namePrefix, ahead);
        }

        /** Each producer with at most {@code posts} outstanding (instead of 64). */
        Plan withInFlight(int posts) {
            return new Plan(to, producers, posts, persistent, padding, limit, prefix, ahead);
        }

        /** Producers that wait while {@code messages} confirmed ones are not delivered yet: a consumer slower than they are sets the pace. */
        Plan atMostAhead(int messages) {
            return new Plan(to, producers, inFlight, persistent, padding, limit, prefix, messages);
        }
    }

    private final ServerChild server;
    private final Plan plan;
    private final Ledger ledger;
    private final Sequences sequences;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private volatile boolean stopping;

    ConfirmedProducers(ServerChild server, Plan plan, Ledger ledger, Sequences sequences) {
        this.server = server;
        this.plan = plan;
        this.ledger = ledger;
        this.sequences = sequences;
    }

    /** Connects every producer (PRODUCER/p0, p1, …) and starts posting. */
    ConfirmedProducers start() {
        for (int i = 0; i < plan.producers(); i++) {
            String name = plan.prefix() + i;
            OpenMomClient client = server.connect(server.clientOptions(ServiceUser.of("PRODUCER", name)));
            Semaphore window = new Semaphore(plan.inFlight());
            Thread thread = new Thread(() -> produce(name, client, window), "producer-" + name);
            thread.setDaemon(true);
            threads.add(thread);
            thread.start();
        }
        return this;
    }

    private void produce(String name, OpenMomClient client, Semaphore window) {
        AtomicLong sequence = sequences.of(name);
        long posted = 0;
        try {
            while (!stopping && (plan.limit() == 0 || posted < plan.limit())) {
                if (plan.ahead() > 0 && ledger.confirmedNotReceived() >= plan.ahead()) {
                    Thread.sleep(5); // polling the consumers' progress, not an assertion
                    continue;
                }
                if (!window.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                    continue;
                }
                long seq = sequence.getAndIncrement();
                posted++;
                String key = Ledger.key(name, seq);
                Post post = new Post(plan.to(), "torture", plan.persistent() ? Message.PERSISTENT : 0,
                        Ledger.body(name, seq, plan.padding()));
                ledger.sent();
                try {
                    client.post(post).whenComplete((result, error) -> {
                        if (error == null) {
                            ledger.confirmed(key);
                        } else if (isRefusal(error)) {
                            refused.incrementAndGet();
                            ledger.refused(key);
                        } else {
                            failed.incrementAndGet();
                        }
                        window.release();
                    });
                } catch (OpenMomException connectionGone) {
                    failed.incrementAndGet();
                    window.release();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            // outstanding posts settle (confirmed, or failed with the connection) before closing
            awaitOutstanding(window, Duration.ofSeconds(90));
            client.close();
        }
    }

    private static boolean isRefusal(Throwable error) {
        Throwable cause = error.getCause() != null ? error.getCause() : error;
        return cause instanceof OpenMomException && String.valueOf(cause.getMessage()).contains("post refused");
    }

    private void awaitOutstanding(Semaphore window, Duration limit) {
        try {
            if (window.tryAcquire(plan.inFlight(), limit.toMillis(), TimeUnit.MILLISECONDS)) {
                window.release(plan.inFlight());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops posting and waits until every outstanding post is settled and the producers closed. */
    void stop() throws InterruptedException {
        stopping = true;
        awaitSettled();
    }

    /** Waits until the producers posted their {@code limit} and every post is settled. */
    void awaitSettled() throws InterruptedException {
        for (Thread thread : threads) {
            thread.join(TimeUnit.SECONDS.toMillis(120));
            if (thread.isAlive()) {
                throw new TortureException(thread.getName() + " did not stop within 120 s");
            }
        }
    }

    /** Posts the server refused (e.g. above its memory bound): not confirmed, not lost. */
    long refused() {
        return refused.get();
    }

    /** Posts whose connection went away before an answer: not confirmed. */
    long failed() {
        return failed.get();
    }
}
