package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The targets of issues #7 and #13: bounds on the ratio of a median of ours, same machine, to
 * Artemis's median of the same run or (W6) to our own median of the same traffic on one broker.
 */
enum Target {
    W1_RATE("W1 rate ≥ 2× Artemis", EnumSet.of(Workload.W1), Metric.RATE, 2.0, Reference.ARTEMIS),
    W2_RATE("W2 rate ≥ 1.5× Artemis", EnumSet.of(Workload.W2), Metric.RATE, 1.5, Reference.ARTEMIS),
    W3_P50("W3 p50 ≤ 0.5× Artemis", EnumSet.of(Workload.W3), Metric.P50, 0.5, Reference.ARTEMIS),
    W4_P50("W4 p50 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P50, 0.7, Reference.ARTEMIS),
    W4_P99("W4 p99 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P99, 0.7, Reference.ARTEMIS),
    W6_RATE("W6 rate ≥ 2× Artemis bridged", EnumSet.of(Workload.W6_NON_PERSISTENT, Workload.W6_PERSISTENT), Metric.RATE,
            2.0, Reference.ARTEMIS),
    W6_RATE_DIRECT("W6 rate ≥ 0.5× our direct W1 / W2", EnumSet.of(Workload.W6_NON_PERSISTENT, Workload.W6_PERSISTENT),
            Metric.RATE, 0.5, Reference.OUR_DIRECT),
    BROKER_CPU("broker CPU per message ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_CPU, 1.0,
            Reference.ARTEMIS),
    BROKER_RSS("broker peak RSS ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_PEAK_RSS, 1.0,
            Reference.ARTEMIS);

    /** What our median is divided by. */
    enum Reference {
        /** Artemis's median of the same workload in the same run. */
        ARTEMIS,
        /** Our median of the routed workload's direct one (W6 → W1, W2): this run's, else the last written one. */
        OUR_DIRECT
    }

    private final String label;
    private final Set<Workload> workloads;
    private final Metric metric;
    private final double bound;
    private final Reference reference;

    Target(String label, Set<Workload> workloads, Metric metric, double bound, Reference reference) {
        this.label = label;
        this.workloads = workloads;
        this.metric = metric;
        this.bound = bound;
        this.reference = reference;
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

    /** The ratio this target judges for {@code workload}: NaN when a figure is missing. */
    double ratio(Results results, Workload workload) {
        return reference == Reference.ARTEMIS ? results.ratio(workload, metric) : results.directRatio(workload, metric);
    }

    /** The target in a table cell, judged on {@code ratio}: {@code ≥ 2× met}, {@code ≥ 0.5× W1: 0.62× met}. */
    String cell(Workload workload, double ratio) {
        String judged = Double.isNaN(ratio) ? "" : holds(ratio) ? " met" : " **not met**";
        return reference == Reference.ARTEMIS ? bound() + judged
                : bound() + " " + workload.direct().id() + ": " + Ratio.format(ratio) + judged;
    }

    /** How a ratio is named in the list of verdicts: {@code W1 2.50×}, {@code W6 persistent 0.61× of W2 (this run)}. */
    private String named(Results results, Workload workload, double ratio) {
        return reference == Reference.ARTEMIS ? workload.shortName() + " " + Ratio.format(ratio)
                : workload.shortName() + " " + Ratio.format(ratio) + " of " + workload.direct().id()
                        + " (" + results.directSource(workload) + ")";
    }

    /** Met when every measured workload it concerns holds; null when none of them was measured. */
    Verdict judge(Results results) {
        List<String> ratios = new ArrayList<>();
        boolean met = true;
        for (Workload workload : results.workloads()) {
            if (!workloads.contains(workload)) {
                continue;
            }
            double ratio = ratio(results, workload);
            met &= !Double.isNaN(ratio) && holds(ratio);
            ratios.add(named(results, workload, ratio));
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
