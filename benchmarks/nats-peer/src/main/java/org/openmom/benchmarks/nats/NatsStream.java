package org.openmom.benchmarks.nats;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.ProducerThreads;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W1 and W5 on NATS core: each publisher publishes to its own subject, read by a subscriber on
 * its own connection (a dispatcher counting each message; NATS core has no acknowledgement).
 * Idle connections each hold a subscription, as each idle service of ours is registered.
 *
 * <p>NATS core has no flow control between a publisher and its subscribers: a subscriber that
 * falls behind is cut off by the server, or its client drops what passes its pending limit. So
 * each publisher here runs at most {@link #WINDOW} messages ahead of its subscriber — what our
 * broker's backlog marks and Artemis's producer credits do for the other two sides.
 */
final class NatsStream implements ClientWorkload {
    static final int WINDOW = 10_000;
    private static final Duration SETTLE = Duration.ofSeconds(10);

    private final WorkloadSettings settings;
    private final List<Connection> connections = new ArrayList<>();
    private final List<Connection> publishers = new ArrayList<>();
    private final AtomicLong[] received;
    private final DeliveryCounter delivered = new DeliveryCounter();

    NatsStream(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        for (int i = 0; i < settings.idle(); i++) {
            Connection idle = NatsWorkloads.connect(settings, settings.port());
            connections.add(idle);
            idle.createDispatcher(message -> { }).subscribe("bench.idle." + i);
        }
        received = new AtomicLong[settings.pairs()];
        for (int p = 0; p < settings.pairs(); p++) {
            AtomicLong count = new AtomicLong();
            received[p] = count;
            Connection subscriber = NatsWorkloads.connect(settings, settings.consumerPort());
            connections.add(subscriber);
            subscriber.createDispatcher(message -> {
                count.incrementAndGet();
                delivered.arrived();
            }).subscribe(subject(p));
            subscriber.flush(SETTLE); // the server knows the subscription before anything is published
            Connection publisher = NatsWorkloads.connect(settings, settings.port());
            connections.add(publisher);
            publishers.add(publisher);
        }
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        delivered.expect(count);
        long[] sent = new long[publishers.size()];
        for (AtomicLong each : received) {
            each.set(0);
        }
        byte[] body = new byte[settings.bodyBytes()];
        ProducerThreads.run(publishers.size(), count, p -> {
            sent[p]++;
            while (sent[p] - received[p].get() > WINDOW) {
                LockSupport.parkNanos(20_000);
            }
            publishers.get(p).publish(subject(p), body);
        });
        delivered.await("stream", 120);
    }

    @Override
    public void close() throws Exception {
        for (Connection connection : connections) {
            connection.close();
        }
    }

    static String subject(int pair) {
        return "bench.stream." + pair;
    }
}
