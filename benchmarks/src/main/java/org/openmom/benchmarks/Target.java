package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The targets of issue #7: bounds on the ratio ours ÷ Artemis of a median, same run, same machine. */
enum Target {
    W1_RATE("W1 rate ≥ 2× Artemis", EnumSet.of(Workload.W1), Metric.RATE, 2.0),
    W2_RATE("W2 rate ≥ 1.5× Artemis", EnumSet.of(Workload.W2), Metric.RATE, 1.5),
    W3_P50("W3 p50 ≤ 0.5× Artemis", EnumSet.of(Workload.W3), Metric.P50, 0.5),
    W4_P50("W4 p50 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P50, 0.7),
    W4_P99("W4 p99 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P99, 0.7),
    BROKER_CPU("broker CPU per message ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_CPU, 1.0),
    BROKER_RSS("broker peak RSS ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_PEAK_RSS, 1.0);

    private final String label;
    private final Set<Workload> workloads;
    private final Metric metric;
    private final double bound;

    Target(String label, Set<Workload> workloads, Metric metric, double bound) {
        this.label = label;
        this.workloads = workloads;
        this.metric = metric;
        this.bound = bound;
    }

    String label() {
        return label;
    }

    boolean concerns(Workload workload, Metric m) {
        return workloads.contains(workload) && metric == m;
    }

    /** The bound as the table shows it: {@code ≥ 2×} for rates, {@code ≤ 0.5×} otherwise. */
    String bound() {
        return (metric.higherIsBetter() ? "≥ " : "≤ ") + String.format(Locale.ROOT, "%.1f×", bound).replace(".0×", "×");
    }

    boolean holds(double ratio) {
        return metric.higherIsBetter() ? ratio >= bound : ratio <= bound;
    }

    /** Met when every measured workload it concerns holds; null when none of them was measured. */
    Verdict judge(Results results) {
        List<String> ratios = new ArrayList<>();
        boolean met = true;
        for (Workload workload : results.workloads()) {
            if (!workloads.contains(workload)) {
                continue;
            }
            double ratio = results.ratio(workload, metric);
            met &= !Double.isNaN(ratio) && holds(ratio);
            ratios.add(workload + " " + Ratio.format(ratio));
        }
        return ratios.isEmpty() ? null : new Verdict(this, met, String.join(", ", ratios));
    }

    /** A target's outcome in one run of the benchmark, with the ratios it was judged on. */
    record Verdict(Target target, boolean met, String ratios) {
        String word() {
            return met ? "met" : "not met";
        }
    }
}
