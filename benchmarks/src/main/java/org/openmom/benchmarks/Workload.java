package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.List;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;

/** The benchmark's workloads (issue #7), with their full and --quick sizes. */
enum Workload {
    W1("1 → 1, 100 B non-persistent, no confirmation", WorkloadKind.STREAM, 1_000_000, 100_000, 100, 1, 0, 0,
            List.of(Metric.RATE)),
    W2("persistent 1 KiB, asynchronous confirms (2,000 in flight)", WorkloadKind.PERSISTENT_WINDOWED, 300_000, 30_000,
            1024, 1, 0, 2_000, List.of(Metric.RATE)),
    W3("persistent 1 KiB, each send awaits its confirmation", WorkloadKind.PERSISTENT_BLOCKING, 5_000, 1_500, 1024, 1,
            0, 1, List.of(Metric.P50, Metric.P99, Metric.RATE)),
    W4("request/reply, 100 B, one call at a time", WorkloadKind.REQUEST_REPLY, 10_000, 20_000, 100, 1, 0, 1,
            List.of(Metric.P50, Metric.P99, Metric.P999, Metric.RATE)),
    W5("4 → 4, 100 B non-persistent, + 1,000 idle connected services", WorkloadKind.STREAM, 1_000_000, 100_000, 100,
            4, 1_000, 0, List.of(Metric.RATE));

    /** --quick divides the message counts (and idle services) by this: a smoke run. */
    private static final int QUICK_DIVISOR = 10;

    private final String description;
    private final WorkloadKind kind;
    private final int messages;
    private final int warmup;
    private final int bodyBytes;
    private final int pairs;
    private final int idle;
    private final int window;
    private final List<Metric> ownMetrics;

    Workload(String description, WorkloadKind kind, int messages, int warmup, int bodyBytes, int pairs, int idle,
             int window, List<Metric> ownMetrics) {
        this.description = description;
        this.kind = kind;
        this.messages = messages;
        this.warmup = warmup;
        this.bodyBytes = bodyBytes;
        this.pairs = pairs;
        this.idle = idle;
        this.window = window;
        this.ownMetrics = ownMetrics;
    }

    String description() {
        return description;
    }

    /** The workload's own figures, then the broker's CPU and memory (measured for all). */
    List<Metric> metrics() {
        List<Metric> all = new ArrayList<>(ownMetrics);
        all.add(Metric.BROKER_CPU);
        all.add(Metric.BROKER_PEAK_RSS);
        return all;
    }

    int messages(boolean quick) {
        return quick ? messages / QUICK_DIVISOR : messages;
    }

    /** The settings for a client; host and port are the broker's, filled in per run. */
    WorkloadSettings settings(boolean quick) {
        int divisor = quick ? QUICK_DIVISOR : 1;
        return new WorkloadSettings(kind, "127.0.0.1", 0, messages / divisor, warmup / divisor, bodyBytes, pairs,
                idle / divisor, window);
    }
}
