package org.openmom.benchmarks.artemis;

import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WindowedConfirmations;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W2, W3 and W6 on Artemis: durable messages to a durable queue, read and acknowledged by a
 * consumer (in W6 on the other broker, which the producer's broker's core bridge feeds). W2 and
 * W6: blockOnDurableSend false, a confirmation window (1 MiB) and a
 * SendAcknowledgementHandler, with the same message window as our client. W3:
 * blockOnDurableSend true (the default), each send returns once the broker has it on disk.
 */
final class ArtemisPersistent implements ClientWorkload {
    static final String QUEUE = "bench.durable";
    private final WorkloadSettings settings;
    private final ServerLocator locator;
    private final ServerLocator consumerLocator;
    private final ClientSession consumerSession;
    private final ClientSession producerSession;
    private final ClientProducer producer;
    private final DeliveryCounter consumed = new DeliveryCounter();
    private final byte[] body;

    ArtemisPersistent(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        boolean blocking = settings.kind() == WorkloadKind.PERSISTENT_BLOCKING;
        locator = ArtemisWorkloads.locator(settings).setBlockOnDurableSend(blocking);
        if (!blocking) {
            locator.setConfirmationWindowSize(1024 * 1024);
        }
        consumerLocator = ArtemisWorkloads.consumerLocator(settings);
        consumerSession = ArtemisWorkloads.session(consumerLocator);
        ArtemisWorkloads.createQueue(consumerSession, QUEUE, true);
        ArtemisWorkloads.acknowledgingConsumer(consumerSession, QUEUE, consumed::arrived);
        consumerSession.start();
        producerSession = ArtemisWorkloads.session(locator);
        producer = producerSession.createProducer(QUEUE);
        body = new byte[settings.bodyBytes()];
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        consumed.expect(count);
        if (settings.kind() == WorkloadKind.PERSISTENT_BLOCKING) {
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                producer.send(durableMessage());
                latencies.record(System.nanoTime() - start);
            }
        } else {
            WindowedConfirmations window = new WindowedConfirmations(settings.window());
            for (int i = 0; i < count; i++) {
                window.beforeSend();
                producer.send(durableMessage(), message -> window.confirmed(null));
            }
            window.drain();
        }
        consumed.await("persistent", 120);
    }

    private ClientMessage durableMessage() {
        ClientMessage message = producerSession.createMessage(true);
        message.getBodyBuffer().writeBytes(body);
        return message;
    }

    @Override
    public void close() throws Exception {
        producerSession.close();
        consumerSession.close();
        locator.close();
        consumerLocator.close();
    }
}
