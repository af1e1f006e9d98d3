package org.openmom.benchmarks.openmom;

import java.util.ArrayList;
import java.util.List;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.ProducerThreads;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;

/**
 * W1, W5 and W6: each producer {@code send()}s (POST without confirmation) non-persistent messages
 * to its own consumer (callback mode; in W6 on the other server, where the producer's server
 * routes them); idle services stay registered, polling, taking nothing.
 */
final class StreamWorkload implements ClientWorkload {
    private final WorkloadSettings settings;
    private final List<OpenMomClient> producers = new ArrayList<>();
    private final List<OpenMomClient> everyone = new ArrayList<>();
    private final DeliveryCounter delivered = new DeliveryCounter();

    StreamWorkload(WorkloadSettings settings) {
        this.settings = settings;
        for (int i = 0; i < settings.idle(); i++) {
            everyone.add(OpenMomWorkloads.connect(settings, settings.port(), "IDLE", "i" + i, true));
        }
        for (int p = 0; p < settings.pairs(); p++) {
            OpenMomClient consumer = OpenMomWorkloads.connect(settings, settings.consumerPort(), "CONSUMER", "c" + p, false);
            consumer.setMessageListener(message -> delivered.arrived());
            everyone.add(consumer);
            OpenMomClient producer = OpenMomWorkloads.connect(settings, settings.port(), "PRODUCER", "p" + p, false);
            producers.add(producer);
            everyone.add(producer);
        }
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        delivered.expect(count);
        List<Post> posts = new ArrayList<>();
        for (int p = 0; p < producers.size(); p++) {
            posts.add(new Post(ServiceUser.of("CONSUMER", "c" + p), "bench", 0, new byte[settings.bodyBytes()]));
        }
        ProducerThreads.run(producers.size(), count, p -> producers.get(p).send(posts.get(p)));
        delivered.await("stream", 120);
    }

    @Override
    public void close() {
        everyone.forEach(OpenMomClient::close);
    }
}
