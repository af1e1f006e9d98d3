package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The targets of issues #7, #13 and #19: bounds on the ratio of a median of ours, same machine, to
 * Artemis's (or NATS core's) median of the same run, to our own median of the same traffic on one broker (W6) or
 * of another point of the same curve (W9, W10) — or on the median itself (W10's time).
 */
enum Target {
    W1_RATE("W1 rate ≥ 2× Artemis", EnumSet.of(Workload.W1), Metric.RATE, 2.0, Reference.ARTEMIS),
    W2_RATE("W2 rate ≥ 1.5× Artemis", EnumSet.of(Workload.W2), Metric.RATE, 1.5, Reference.ARTEMIS),
    W3_P50("W3 p50 ≤ 0.5× Artemis as installed (ASYNCIO, tuned)", EnumSet.of(Workload.W3), Metric.P50, 0.5, Reference.ARTEMIS),
    W3_P99("W3 p99 ≤ 1× Artemis as installed (ASYNCIO, tuned)", EnumSet.of(Workload.W3), Metric.P99, 1.0, Reference.ARTEMIS),
    W4_P50("W4 p50 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P50, 0.7, Reference.ARTEMIS),
    W4_P99("W4 p99 ≤ 0.7× Artemis", EnumSet.of(Workload.W4), Metric.P99, 0.7, Reference.ARTEMIS),
    W6_RATE("W6 rate ≥ 2× Artemis bridged", EnumSet.of(Workload.W6_NON_PERSISTENT, Workload.W6_PERSISTENT), Metric.RATE,
            2.0, Reference.ARTEMIS),
    W6_RATE_DIRECT("W6 rate ≥ 0.5× our direct W1 / W2", EnumSet.of(Workload.W6_NON_PERSISTENT, Workload.W6_PERSISTENT),
            Metric.RATE, 0.5, Reference.OUR_DIRECT),
    W7_POST("W7 post ≥ 2× Artemis (default heap)", EnumSet.of(Workload.W7), Metric.RATE, 2.0, Reference.ARTEMIS),
    W7_RESTART("W7 restart ≤ 0.5× Artemis", EnumSet.of(Workload.W7), Metric.RESTART, 0.5, Reference.ARTEMIS),
    W7_DRAIN("W7 drain ≥ 2× Artemis", EnumSet.of(Workload.W7), Metric.DRAIN_RATE, 2.0, Reference.ARTEMIS),
    W8_P99("W8 CALL p99 during W7's drain ≤ 10 ms", EnumSet.of(Workload.W7), Metric.DRAIN_CALL_P99, 10_000, Reference.ABSOLUTE),
    W9_RATE("W9 rate ≥ 2× Artemis at 1,000 instances", EnumSet.of(Workload.W9_1000), Metric.RATE, 2.0, Reference.ARTEMIS),
    W9_FLAT("W9 broker CPU per message flat from 1 to 1,000 instances (≤ 1.5× of 1's)", EnumSet.of(Workload.W9_1000),
            Metric.BROKER_CPU, 1.5, Reference.OUR_BASELINE, Workload.W9_1),
    W10_TIME("W10 registration with 400,000 waiting seeds ≤ 1 s", EnumSet.of(Workload.W10_400K), Metric.TIME, 1_000,
            Reference.ABSOLUTE),
    W10_LINEAR("W10 linear: 400,000 seeds ≤ 2.5× the time of 200,000 (2× is linear)", EnumSet.of(Workload.W10_400K),
            Metric.TIME, 2.5, Reference.OUR_BASELINE, Workload.W10_200K),
    W1_RATE_NATS("W1 rate ≥ 1× NATS core", EnumSet.of(Workload.W1), Metric.RATE, 1.0, Reference.NATS),
    BROKER_CPU("broker CPU per message ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_CPU, 1.0,
            Reference.ARTEMIS),
    BROKER_RSS("broker peak RSS ≤ Artemis, every workload", EnumSet.allOf(Workload.class), Metric.BROKER_PEAK_RSS, 1.0,
            Reference.ARTEMIS);

    /** What our median is divided by. */
    enum Reference {
        /** Artemis's median of the same workload in the same run. */
        ARTEMIS,
        /** NATS core's median of the same workload in the same run ({@code --nats}). */
        NATS,
        /** Our median of the routed workload's direct one (W6 → W1, W2): this run's, else the last written one. */
        OUR_DIRECT,
        /** Our median of another point of the same curve in the same run (W9 at 1 instance, W10 at 200,000 seeds). */
        OUR_BASELINE,
        /** Nothing: the bound is in the metric's own unit (W10: 1,000 ms). */
        ABSOLUTE
    }

    private final String label;
    private final Set<Workload> workloads;
    private final Metric metric;
    private final double bound;
    private final Reference reference;
    /** For {@link Reference#OUR_BASELINE}: the point compared with. */
    private final Workload baseline;

    Target(String label, Set<Workload> workloads, Metric metric, double bound, Reference reference) {
        this(label, workloads, metric, bound, reference, null);
    }

    Target(String label, Set<Workload> workloads, Metric metric, double bound, Reference reference, Workload baseline) {
        this.label = label;
        this.workloads = workloads;
        this.metric = metric;
        this.bound = bound;
        this.reference = reference;
        this.baseline = baseline;
    }

    String label() {
        return label;
    }

    boolean concerns(Workload workload, Metric m) {
        return workloads.contains(workload) && metric == m;
    }

    /** The broker whose table shows this target: NATS core's for its own, Artemis's for the others. */
    Contender peer() {
        return reference == Reference.NATS ? Contender.NATS : Contender.ARTEMIS;
    }

    /** The bound as the table shows it: {@code ≥ 2×} for rates, {@code ≤ 0.5×} otherwise, {@code ≤ 1,000 ms} when absolute. */
    String bound() {
        String relation = metric.higherIsBetter() ? "≥ " : "≤ ";
        return reference == Reference.ABSOLUTE ? relation + metric.format(bound) + " " + metric.unit()
                : relation + String.format(Locale.ROOT, "%.1f×", bound).replace(".0×", "×");
    }

    boolean holds(double ratio) {
        return metric.higherIsBetter() ? ratio >= bound : ratio <= bound;
    }

    /** The ratio this target judges for {@code workload} (absolute: our median itself): NaN when a figure is missing. */
    double ratio(Results results, Workload workload) {
        return switch (reference) {
            case ARTEMIS -> results.ratio(workload, metric);
            case NATS -> results.ratio(workload, metric, Contender.NATS);
            case OUR_DIRECT -> results.directRatio(workload, metric);
            case OUR_BASELINE -> results.median(workload, Contender.OPENMOM, metric) / results.median(baseline, Contender.OPENMOM, metric);
            case ABSOLUTE -> results.median(workload, Contender.OPENMOM, metric);
        };
    }

    /** The target in a table cell, judged on {@code ratio}: {@code ≥ 2× met}, {@code ≥ 0.5× W1: 0.62× met}. */
    String cell(Workload workload, double ratio) {
        String judged = Double.isNaN(ratio) ? "" : holds(ratio) ? " met" : " **not met**";
        return switch (reference) {
            case ARTEMIS, NATS, ABSOLUTE -> bound() + judged;
            case OUR_DIRECT -> bound() + " " + workload.direct().id() + ": " + Ratio.format(ratio) + judged;
            case OUR_BASELINE -> bound() + " " + baseline.shortName() + ": " + Ratio.format(ratio) + judged;
        };
    }

    /** How a ratio is named in the list of verdicts: {@code W1 2.50×}, {@code W6 persistent 0.61× of W2 (this run)}. */
    private String named(Results results, Workload workload, double ratio) {
        return switch (reference) {
            case ARTEMIS, NATS -> workload.shortName() + " " + Ratio.format(ratio);
            case OUR_DIRECT -> workload.shortName() + " " + Ratio.format(ratio) + " of " + workload.direct().id()
                    + " (" + results.directSource(workload) + ")";
            case OUR_BASELINE -> workload.shortName() + " " + Ratio.format(ratio) + " of " + baseline.shortName();
            case ABSOLUTE -> workload.shortName() + " " + metric.format(ratio) + " " + metric.unit();
        };
    }

    /** Met when every measured workload it concerns holds; null when none of them was measured. */
    Verdict judge(Results results) {
        List<String> ratios = new ArrayList<>();
        boolean met = true;
        for (Workload workload : results.workloads()) {
            if (!workloads.contains(workload) || reference == Reference.NATS && results.runs(workload, Contender.NATS) == 0) {
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
