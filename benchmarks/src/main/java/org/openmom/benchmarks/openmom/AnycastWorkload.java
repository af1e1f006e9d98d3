package org.openmom.benchmarks.openmom;

import java.util.ArrayList;
import java.util.List;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;

/**
 * W9: one producer {@code send()}s non-persistent anycast messages to service WORKER/w, of which
 * {@code instances} instances are registered (callback mode, each its own connection): the
 * server gives each message to one of them, the least loaded.
 */
final class AnycastWorkload implements ClientWorkload {
    private static final ServiceUser WORKER = ServiceUser.of("WORKER", "w");
    private final WorkloadSettings settings;
    private final List<OpenMomClient> everyone = new ArrayList<>();
    private final OpenMomClient producer;
    private final DeliveryCounter delivered = new DeliveryCounter();

    AnycastWorkload(WorkloadSettings settings) {
        this.settings = settings;
        for (int i = 0; i < settings.instances(); i++) {
            OpenMomClient instance = OpenMomWorkloads.connect(settings, settings.consumerPort(), WORKER.service(), WORKER.user(), false);
            instance.setMessageListener(message -> delivered.arrived());
            everyone.add(instance);
        }
        producer = OpenMomWorkloads.connect(settings, settings.port(), "PRODUCER", "p", false);
        everyone.add(producer);
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        delivered.expect(count);
        Post post = new Post(WORKER, "bench", 0, new byte[settings.bodyBytes()]).anycast();
        for (int i = 0; i < count; i++) {
            producer.send(post);
        }
        delivered.await("anycast", 300);
    }

    @Override
    public void close() {
        everyone.forEach(OpenMomClient::close);
    }
}
