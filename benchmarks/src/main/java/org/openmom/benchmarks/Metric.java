package org.openmom.benchmarks;

import java.util.Locale;

/** A figure measured per run; the table shows the median over rounds of each. */
enum Metric {
    RATE("rate", "msg/s", true),
    /** The rate in payload bytes: what bigger messages carry (W1-size). */
    BYTE_RATE("payload rate", "MiB/s", true),
    P50("p50", "µs", false),
    P99("p99", "µs", false),
    P999("p99.9", "µs", false),
    /** The measured part's duration: what a one-off operation (W10's registration) takes. */
    TIME("time", "ms", false),
    /** W7: the broker's data folder once the backlog is posted. */
    DISK("disk after posting", "MiB", false),
    /** W7: from stopping the broker to its ready line again, with the backlog. */
    RESTART("restart to ready", "ms", false),
    /** W7: messages a second as the restarted broker hands the backlog to its consumer. */
    DRAIN_RATE("drain rate", "msg/s", true),
    /** W8: calls one at a time while W7's drain runs. */
    DRAIN_CALL_P50("W8 CALL p50 during the drain", "µs", false),
    DRAIN_CALL_P99("W8 CALL p99 during the drain", "µs", false),
    BROKER_CPU("broker CPU", "s per 10⁶ msgs", false),
    BROKER_PEAK_RSS("broker peak RSS", "MiB", false);

    private final String label;
    private final String unit;
    private final boolean higherIsBetter;

    Metric(String label, String unit, boolean higherIsBetter) {
        this.label = label;
        this.unit = unit;
        this.higherIsBetter = higherIsBetter;
    }

    String label() {
        return label;
    }

    String unit() {
        return unit;
    }

    boolean higherIsBetter() {
        return higherIsBetter;
    }

    String format(double value) {
        return String.format(Locale.ROOT, this == BROKER_CPU || this == BYTE_RATE ? "%,.2f" : "%,.0f", value);
    }
}
