package org.openmom.benchmarks.kit;

/**
 * One workload on one broker's client API, its connections opened by the constructor. {@link #run}
 * is called twice: for the warm-up, then for the measured part.
 */
public interface ClientWorkload extends AutoCloseable {
    /** Passes {@code count} messages (or calls) and returns once all have arrived or been answered. */
    void run(int count, Latencies latencies) throws Exception;
}
