package org.openmom.benchmarks.kit;

/** A workload could not complete (lost messages, a refused send): its message is the report's one line. */
public final class WorkloadFailure extends RuntimeException {
    public WorkloadFailure(String message) {
        super(message);
    }

    public WorkloadFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
