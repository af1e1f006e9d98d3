package org.openmom.benchmarks.artemis;

import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.FirstArrival;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * W10 on Artemis: before each run, {@code count} durable messages go to a durable queue without a
 * consumer (a new queue per run), confirmed asynchronously within the same window as our client's.
 * The run connects a consumer to it — a connection, a session, the consumer, started — and ends
 * when its first message arrives.
 */
final class ArtemisBacklog implements ClientWorkload {
    private final WorkloadSettings settings;
    private final ServerLocator locator;
    private final ClientSession producerSession;
    private int runs;
    private ClientSession consumerSession;

    ArtemisBacklog(WorkloadSettings settings) throws Exception {
        this.settings = settings;
        locator = ArtemisWorkloads.locator(settings).setBlockOnDurableSend(false).setConfirmationWindowSize(1024 * 1024);
        producerSession = ArtemisWorkloads.session(locator);
    }

    private String queueOfThisRun() {
        return "bench.backlog." + runs;
    }

    @Override
    public void prepare(int count) throws Exception {
        runs++;
        ArtemisWorkloads.createQueue(producerSession, queueOfThisRun(), true);
        ArtemisWorkloads.sendDurable(producerSession, queueOfThisRun(), new byte[settings.bodyBytes()], count, settings.window());
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        closeConsumer();
        FirstArrival first = new FirstArrival();
        long start = System.nanoTime();
        consumerSession = ArtemisWorkloads.session(locator);
        consumerSession.createConsumer(queueOfThisRun()).setMessageHandler(message -> first.arrived());
        consumerSession.start();
        first.await("connecting a consumer to " + count + " messages", 300);
        latencies.record(System.nanoTime() - start);
    }

    private void closeConsumer() throws Exception {
        if (consumerSession != null) {
            consumerSession.close();
        }
    }

    @Override
    public void close() throws Exception {
        closeConsumer();
        producerSession.close();
        locator.close();
    }
}
