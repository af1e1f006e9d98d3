package org.openmom.benchmarks.openmom;

import org.openmom.benchmarks.kit.ClientWorkload;
import org.openmom.benchmarks.kit.FirstArrival;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * W10: before each run, a producer posts {@code count} persistent messages to a service that is
 * not registered (WAITER/wN, a new one per run), each confirmed (durable) within a window; they
 * wait in the server mailbox as seeds. The run registers that service and ends when its first
 * message arrives: the registration with {@code count} waiting seeds.
 */
final class BacklogWorkload implements ClientWorkload {
    private final WorkloadSettings settings;
    private final OpenMomClient producer;
    private int runs;
    private OpenMomClient waiter;

    BacklogWorkload(WorkloadSettings settings) {
        this.settings = settings;
        producer = OpenMomWorkloads.connect(settings, settings.port(), "LOAD", "p", false);
    }

    private ServiceUser waiterOfThisRun() {
        return ServiceUser.of("WAITER", "w" + runs);
    }

    @Override
    public void prepare(int count) throws Exception {
        runs++;
        Post post = new Post(waiterOfThisRun(), "waiting", Message.PERSISTENT, new byte[settings.bodyBytes()]);
        OpenMomWorkloads.postConfirmed(producer, post, count, settings.window());
    }

    @Override
    public void run(int count, Latencies latencies) throws Exception {
        closeWaiter();
        FirstArrival first = new FirstArrival();
        long start = System.nanoTime();
        waiter = OpenMomWorkloads.connect(settings, settings.consumerPort(), waiterOfThisRun().service(), waiterOfThisRun().user(),
                false);
        waiter.setMessageListener(message -> first.arrived());
        first.await("registering with " + count + " seeds", 300);
        latencies.record(System.nanoTime() - start);
    }

    private void closeWaiter() {
        if (waiter != null) {
            waiter.close();
        }
    }

    @Override
    public void close() {
        closeWaiter();
        producer.close();
    }
}
