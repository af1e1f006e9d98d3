package org.openmom.benchmarks.kit;

/**
 * One workload on one broker's client API, its connections opened by the constructor. {@link #run}
 * is called twice: for the warm-up, then for the measured part.
 */
public interface ClientWorkload extends AutoCloseable {
    /** What a run needs beforehand and is not part of it (a backlog to wait for the run), before the run's clock starts. */
    default void prepare(int count) throws Exception {
    }

    /** Passes {@code count} messages (or calls) and returns once all have arrived or been answered. */
    void run(int count, Latencies latencies) throws Exception;

    /**
     * What follows the measured part and is reported by figures of its own (W7: the broker
     * restarted, then the backlog drained while calls go on); nothing for most workloads.
     */
    default void afterwards(Orchestrator orchestrator) throws Exception {
    }
}
