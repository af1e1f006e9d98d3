package org.openmom.benchmarks.openmom;

import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.DeliveryCounter;
import org.openmom.benchmarks.kit.DrainAfterRestart;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.Orchestrator;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * W7 and W8: a producer {@code post()}s persistent 1 KiB messages to SINK/s, which is not
 * registered, each confirmed (durable) within a window of 2,000 — the measured part. Then the
 * server is restarted, SINK/s registers and takes them all while CALLER/c calls RESPONDER/r one
 * call at a time ({@link DrainAfterRestart}). The warm-up posts to SINK/warm and drains it at once.
 */
final class RestartWorkload implements ClientWorkload {
    private static final ServiceUser WARM = ServiceUser.of("SINK", "warm");
    private static final ServiceUser BACKLOG = ServiceUser.of("SINK", "s");
    /** W8's calls carry W4's 100 B. */
    private static final int CALL_BYTES = 100;
    private final WorkloadSettings settings;
    private final OpenMomClient producer;
    private int runs;
    private int backlog;

    RestartWorkload(WorkloadSettings settings) {
        this.settings = settings;
        producer = OpenMomWorkloads.connect(settings, settings.port(), "LOAD", "p", false);
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        boolean warmup = ++runs == 1;
        ServiceUser to = warmup ? WARM : BACKLOG;
        Post post = new Post(to, "waiting", Message.PERSISTENT, new byte[settings.bodyBytes()]);
        OpenMomWorkloads.postConfirmed(producer, post, count, settings.window());
        if (warmup) {
            DeliveryCounter drained = new DeliveryCounter();
            drained.expect(count);
            try (OpenMomClient consumer = consumer(WARM, drained)) {
                drained.await("the warm-up drain", 120);
            }
        } else {
            backlog = count;
        }
    }

    @Override
    public void afterwards(Orchestrator orchestrator) throws Exception {
        producer.close(); // its server is about to go away
        DrainAfterRestart.run(orchestrator, backlog, () -> new CallWorkload(settings.withBodyBytes(CALL_BYTES), true),
                drained -> consumer(BACKLOG, drained));
    }

    private OpenMomClient consumer(ServiceUser who, DeliveryCounter drained) {
        OpenMomClient consumer = OpenMomWorkloads.connect(settings, settings.consumerPort(), who.service(), who.user(), false);
        consumer.setMessageListener(message -> drained.arrived());
        return consumer;
    }

    @Override
    public void close() {
        producer.close();
    }
}
