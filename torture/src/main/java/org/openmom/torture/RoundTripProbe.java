package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * A well-behaved service that posts to itself and waits for each message to come back, again and
 * again, while others misbehave: each round trip must complete within {@link #LIMIT}. Its
 * messages go through the ledger; messages from others that reach it (fuzzed posts to {@code *})
 * are only counted.
 */
final class RoundTripProbe {
    static final Duration LIMIT = Duration.ofSeconds(30);
    private static final ServiceUser PROBE = ServiceUser.of("PROBE", "p");

    private final ServerChild server;
    private final Ledger ledger;
    private final ConcurrentHashMap<String, CountDownLatch> awaited = new ConcurrentHashMap<>();
    private final AtomicLong foreign = new AtomicLong();
    private volatile boolean stopping;
    private volatile String failure;
    private volatile long roundTrips;
    private volatile long slowestMillis;
    private Thread thread;

    RoundTripProbe(ServerChild server, Ledger ledger) {
        this.server = server;
        this.ledger = ledger;
    }

    RoundTripProbe start() {
        OpenMomClient client = server.connect(server.clientOptions(PROBE));
        client.setMessageListener(message -> {
            String key = Ledger.keyOf(message.body());
            CountDownLatch waiting = key.startsWith("probe:") ? awaited.get(key) : null;
            if (waiting == null) {
                foreign.incrementAndGet();
                return;
            }
            ledger.received(message.body());
            waiting.countDown();
        });
        thread = new Thread(() -> probe(client), "round-trip-probe");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void probe(OpenMomClient client) {
        try {
            for (long sequence = 0; !stopping; sequence++) {
                String key = Ledger.key("probe", sequence);
                CountDownLatch back = new CountDownLatch(1);
                awaited.put(key, back);
                long start = System.nanoTime();
                ledger.sent();
                // every other one persistent: the journal is exercised too
                client.post(new Post(PROBE, "probe", sequence % 2 == 0 ? Message.PERSISTENT : 0,
                        key.getBytes(StandardCharsets.UTF_8))).get(LIMIT.toMillis(), TimeUnit.MILLISECONDS);
                ledger.confirmed(key);
                if (!back.await(LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    failure = key + " confirmed but not received within " + LIMIT.toSeconds() + " s";
                    return;
                }
                slowestMillis = Math.max(slowestMillis, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
                roundTrips++;
                Thread.sleep(20); // a steady trickle, not a load test
            }
        } catch (Exception e) {
            failure = "round trip failed: " + e;
        } finally {
            client.close();
        }
    }

    /** Stops after the round trip under way; returns why the probe failed, or null. */
    String stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(2 * LIMIT.toSeconds() + 10));
        return thread.isAlive() ? "the probe hangs" : failure;
    }

    long roundTrips() {
        return roundTrips;
    }

    long slowestMillis() {
        return slowestMillis;
    }

    long foreignMessages() {
        return foreign.get();
    }
}
