package org.openmom.benchmarks;

import java.util.Arrays;
import java.util.Collection;

/** Medians of the rounds: the middle value, or the mean of the two middle ones. */
final class Median {
    private Median() {}

    /** NaN for no value (a workload that failed on every round). */
    static double of(Collection<Double> values) {
        double[] sorted = values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).toArray();
        if (sorted.length == 0) {
            return Double.NaN;
        }
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
