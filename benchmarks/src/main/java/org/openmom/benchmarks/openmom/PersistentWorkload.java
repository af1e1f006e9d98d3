package org.openmom.benchmarks.openmom;

import java.util.concurrent.TimeUnit;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * W2 and W3: one producer {@code post()}s persistent messages (POSTED comes once the message is
 * durable), with up to a window of them unconfirmed (W2, W6) or each awaited and timed (W3); one
 * consumer receives and acknowledges them (which removes them from the journal) — in W6 on the
 * other server, where the producer's server routes them. A run ends when every message is both
 * confirmed and consumed.
 */
final class PersistentWorkload implements ClientWorkload {
    private final WorkloadSettings settings;
    private final OpenMomClient consumer;
    private final OpenMomClient producer;
    private final DeliveryCounter consumed = new DeliveryCounter();
    private final Post post;

    PersistentWorkload(WorkloadSettings settings) {
        this.settings = settings;
        consumer = OpenMomWorkloads.connect(settings, settings.consumerPort(), "SINK", "s", false);
        consumer.setMessageListener(message -> consumed.arrived());
        producer = OpenMomWorkloads.connect(settings, settings.port(), "LOAD", "p", false);
        post = new Post(ServiceUser.of("SINK", "s"), "durable", Message.PERSISTENT, new byte[settings.bodyBytes()]);
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        consumed.expect(count);
        if (settings.kind() == WorkloadKind.PERSISTENT_BLOCKING) {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                producer.post(post).get(60, TimeUnit.SECONDS);
                latencies.record(System.nanoTime() - start);
            }
        } else {
            OpenMomWorkloads.postConfirmed(producer, post, count, settings.window());
        }
        consumed.await("persistent", 120);
    }

    @Override
    public void close() {
        producer.close();
        consumer.close();
    }
}
