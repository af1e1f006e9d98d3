package org.openmom.benchmarks.artemis;

import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.DrainAfterRestart;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.Orchestrator;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W7 and W8 on Artemis: durable 1 KiB messages to a durable queue without a consumer, confirmed
 * asynchronously within the same window as our client's — the measured part (Artemis pages them
 * to disk past its global size). Then the broker is restarted, a consumer drains the queue,
 * acknowledging each message, while W4's request/reply runs one call at a time
 * ({@link DrainAfterRestart}). The warm-up fills and drains another queue.
 */
final class ArtemisRestart implements ClientWorkload {
    private static final String WARM = "bench.warm";
    private static final String BACKLOG = "bench.backlog";
    private static final int CALL_BYTES = 100;
    private final WorkloadSettings settings;
    private final ServerLocator locator;
    private final ClientSession session;
    private int runs;
    private int backlog;

    ArtemisRestart(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        locator = ArtemisWorkloads.locator(settings).setBlockOnDurableSend(false).setConfirmationWindowSize(1024 * 1024);
        session = ArtemisWorkloads.session(locator);
        ArtemisWorkloads.createQueue(session, WARM, true);
        ArtemisWorkloads.createQueue(session, BACKLOG, true);
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        boolean warmup = ++runs == 1;
        String queue = warmup ? WARM : BACKLOG;
        ArtemisWorkloads.sendDurable(session, queue, new byte[settings.bodyBytes()], count, settings.window());
        if (warmup) {
            DeliveryCounter drained = new DeliveryCounter();
            drained.expect(count);
            try (AutoCloseable consumer = consumer(WARM, drained)) {
                drained.await("the warm-up drain", 120);
            }
        } else {
            backlog = count;
        }
    }

    @Override
    public void afterwards(Orchestrator orchestrator) throws Exception {
        close(); // its broker is about to go away
        DrainAfterRestart.run(orchestrator, backlog, () -> new ArtemisRequestReply(settings.withBodyBytes(CALL_BYTES), true),
                drained -> consumer(BACKLOG, drained));
    }

    /** A consumer on its own connection, acknowledging each message; closing it closes that connection. */
    private AutoCloseable consumer(String queue, DeliveryCounter drained) throws Exception {
        ServerLocator consumerLocator = ArtemisWorkloads.consumerLocator(settings);
        ClientSession consumerSession = ArtemisWorkloads.session(consumerLocator);
        ArtemisWorkloads.acknowledgingConsumer(consumerSession, queue, drained::arrived);
        consumerSession.start();
        return () -> {
            consumerSession.close();
            consumerLocator.close();
        };
    }

    @Override
    public void close() throws Exception {
        if (!session.isClosed()) {
            session.close();
        }
        locator.close();
    }
}
