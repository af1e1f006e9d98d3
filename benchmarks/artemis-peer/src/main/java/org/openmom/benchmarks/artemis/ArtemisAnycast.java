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
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W9 on Artemis: one producer sends non-durable messages to one anycast queue read by
 * {@code instances} consumers, each on its own connection with a message handler acknowledging
 * each message (competing consumers: the broker gives each message to one of them).
 */
final class ArtemisAnycast implements ClientWorkload {
    private static final String QUEUE = "bench.anycast";
    private final WorkloadSettings settings;
    private final ServerLocator locator;
    private final List<ClientSession> sessions = new ArrayList<>();
    private final ClientSession producerSession;
    private final ClientProducer producer;
    private final DeliveryCounter delivered = new DeliveryCounter();

    ArtemisAnycast(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        locator = ArtemisWorkloads.locator(settings);
        ClientSession first = ArtemisWorkloads.session(locator);
        ArtemisWorkloads.createQueue(first, QUEUE, false);
        first.close();
        for (int i = 0; i < settings.instances(); i++) {
            ClientSession session = ArtemisWorkloads.session(locator);
            ArtemisWorkloads.acknowledgingConsumer(session, QUEUE, delivered::arrived);
            session.start();
            sessions.add(session);
        }
        producerSession = ArtemisWorkloads.session(locator);
        producer = producerSession.createProducer(QUEUE);
        sessions.add(producerSession);
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        delivered.expect(count);
        byte[] body = new byte[settings.bodyBytes()];
        for (int i = 0; i < count; i++) {
            ClientMessage message = producerSession.createMessage(false);
            message.getBodyBuffer().writeBytes(body);
            producer.send(message);
        }
        delivered.await("anycast", 300);
    }

    @Override
    public void close() throws Exception {
        for (ClientSession session : sessions) {
            session.close();
        }
        locator.close();
    }
}
