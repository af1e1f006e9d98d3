package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * The benchmark's workloads (W1–W5 issue #7, W6 issue #13), with their full and --quick sizes.
 * W6 is measured twice, non-persistent and persistent, each compared with the direct workload of
 * the same traffic (W1, W2): its two parts are two constants with the same id.
 */
enum Workload {
    W1("W1", "1 → 1, 100 B non-persistent, no confirmation", null, WorkloadKind.STREAM, 1_000_000, 100_000, 100, 1,
            0, 0, List.of(Metric.RATE)),
    W2("W2", "persistent 1 KiB, asynchronous confirms (2,000 in flight)", null, WorkloadKind.PERSISTENT_WINDOWED,
            300_000, 30_000, 1024, 1, 0, 2_000, List.of(Metric.RATE)),
    W3("W3", "persistent 1 KiB, each send awaits its confirmation", null, WorkloadKind.PERSISTENT_BLOCKING, 5_000,
            1_500, 1024, 1, 0, 1, List.of(Metric.P50, Metric.P99, Metric.RATE)),
    W4("W4", "request/reply, 100 B, one call at a time", null, WorkloadKind.REQUEST_REPLY, 10_000, 20_000, 100, 1, 0,
            1, List.of(Metric.P50, Metric.P99, Metric.P999, Metric.RATE)),
    W5("W5", "4 → 4, 100 B non-persistent, + 1,000 idle connected services", null, WorkloadKind.STREAM, 1_000_000,
            100_000, 100, 4, 1_000, 0, List.of(Metric.RATE)),
    W6_NON_PERSISTENT("W6", "routed A → B (Artemis: core bridge), W1's traffic: 100 B non-persistent", W1,
            WorkloadKind.STREAM, 1_000_000, 100_000, 100, 1, 0, 0, List.of(Metric.RATE)),
    W6_PERSISTENT("W6", "routed A → B (Artemis: core bridge), W2's traffic: persistent 1 KiB, confirmed", W2,
            WorkloadKind.PERSISTENT_WINDOWED, 300_000, 30_000, 1024, 1, 0, 2_000, List.of(Metric.RATE));

    /** --quick divides the message counts (and idle services) by this: a smoke run. */
    private static final int QUICK_DIVISOR = 10;

    private final String id;
    private final String description;
    private final Workload direct;
    private final WorkloadKind kind;
    private final int messages;
    private final int warmup;
    private final int bodyBytes;
    private final int pairs;
    private final int idle;
    private final int window;
    private final List<Metric> ownMetrics;

    /**
     * @param id     the name on the command line and in the table
     * @param direct for a routed workload (producers on one broker, consumers on another), the
     *               workload of the same traffic on one broker; null for a workload on one broker
     */
    Workload(String id, String description, Workload direct, WorkloadKind kind, int messages, int warmup, int bodyBytes,
             int pairs, int idle, int window, List<Metric> ownMetrics) {
        this.id = id;
        this.description = description;
        this.direct = direct;
        this.kind = kind;
        this.messages = messages;
        this.warmup = warmup;
        this.bodyBytes = bodyBytes;
        this.pairs = pairs;
        this.idle = idle;
        this.window = window;
        this.ownMetrics = ownMetrics;
    }

    /** The workloads named by {@code ids} (W1 … W6, any case), in their order; every workload when none is named. */
    static List<Workload> selectedBy(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of(values());
        }
        Set<Workload> selected = new LinkedHashSet<>();
        for (String id : ids) {
            List<Workload> named = Arrays.stream(values()).filter(w -> w.id.equalsIgnoreCase(id.trim())).toList();
            if (named.isEmpty()) {
                throw new IllegalArgumentException("unknown workload '" + id + "' — give some of " + allIds());
            }
            selected.addAll(named);
        }
        return selected.stream().sorted().toList();
    }

    /** The ids of {@code workloads}, each once: W6 stands for both its parts. */
    static String ids(List<Workload> workloads) {
        return workloads.stream().map(Workload::id).distinct().collect(Collectors.joining(" "));
    }

    private static String allIds() {
        return ids(List.of(values()));
    }

    String id() {
        return id;
    }

    /** The workload in a word or two: its id, and for a routed one which traffic. */
    String shortName() {
        return routed() ? id + (kind == WorkloadKind.STREAM ? " non-persistent" : " persistent") : id;
    }

    String description() {
        return description;
    }

    /** Producers on one broker (A) and consumers on another (B), which A routes to. */
    boolean routed() {
        return direct != null;
    }

    /** For a routed workload, the same traffic on one broker; null otherwise. */
    Workload direct() {
        return direct;
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
        return new WorkloadSettings(kind, "127.0.0.1", 0, 0, messages / divisor, warmup / divisor, bodyBytes, pairs,
                idle / divisor, window);
    }
}
