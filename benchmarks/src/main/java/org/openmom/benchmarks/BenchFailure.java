package org.openmom.benchmarks;

/** A benchmark run could not be carried out; the message is the one line the person reads. */
final class BenchFailure extends RuntimeException {
    BenchFailure(String message) {
        super(message);
    }
}
