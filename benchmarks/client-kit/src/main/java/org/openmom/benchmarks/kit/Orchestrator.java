package org.openmom.benchmarks.kit;

/** What a client may ask of the bench's orchestrator after its measured part (see {@link ClientWorkload#afterwards}). */
public interface Orchestrator {
    /** Restarts the broker on its own data (the orchestrator times it); returns once it is ready again. */
    void restartBroker() throws Exception;

    /** Reports one more figure of the run: {@code metric} is the name of the bench's metric, {@code value} in its unit. */
    void figure(String metric, double value);
}
