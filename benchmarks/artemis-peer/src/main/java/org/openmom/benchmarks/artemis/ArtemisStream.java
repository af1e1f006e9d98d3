package org.openmom.benchmarks.artemis;

import java.util.ArrayList;
import java.util.List;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.ProducerThreads;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W1, W5 and W6 on Artemis: each producer sends non-durable messages (blockOnNonDurableSend
 * false, the default) to its own queue, read by a consumer with a message handler that
 * acknowledges each one (batched by the client: ackBatchSize default) — in W6 on the other
 * broker, which the producers' broker's core bridge feeds. Idle connections each hold a session.
 */
final class ArtemisStream implements ClientWorkload {
    private final WorkloadSettings settings;
    private final ServerLocator locator;
    private final ServerLocator consumerLocator;
    private final List<ClientSession> sessions = new ArrayList<>();
    private final List<ClientSession> producerSessions = new ArrayList<>();
    private final List<ClientProducer> producers = new ArrayList<>();
    private final DeliveryCounter delivered = new DeliveryCounter();

    ArtemisStream(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        locator = ArtemisWorkloads.locator(settings);
        consumerLocator = ArtemisWorkloads.consumerLocator(settings);
        for (int i = 0; i < settings.idle(); i++) {
            sessions.add(ArtemisWorkloads.session(locator));
        }
        for (int p = 0; p < settings.pairs(); p++) {
            String queue = queue(p);
            ClientSession consumerSession = ArtemisWorkloads.session(consumerLocator);
            ArtemisWorkloads.createQueue(consumerSession, queue, false);
            ArtemisWorkloads.acknowledgingConsumer(consumerSession, queue, delivered::arrived);
            consumerSession.start();
            sessions.add(consumerSession);
            ClientSession producerSession = ArtemisWorkloads.session(locator);
            producerSessions.add(producerSession);
            producers.add(producerSession.createProducer(queue));
            sessions.add(producerSession);
        }
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        delivered.expect(count);
        byte[] body = new byte[settings.bodyBytes()];
        ProducerThreads.run(producers.size(), count, p -> {
            ClientMessage message = producerSessions.get(p).createMessage(false);
            message.getBodyBuffer().writeBytes(body);
            producers.get(p).send(message);
        });
        delivered.await("stream", 120);
    }

    @Override
    public void close() throws Exception {
        for (ClientSession session : sessions) {
            session.close();
        }
        locator.close();
        consumerLocator.close();
    }

    /** The queue of pair {@code p} (on a bridged pair of brokers, on both). */
    static String queue(int p) {
        return "bench.stream." + p;
    }
}
