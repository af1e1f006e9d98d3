package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;
import org.openmom.client.ClientOptions;
import org.openmom.wire.HeaderEncoding;

/**
 * The benchmark's workloads (W1–W5 issue #7, W6 issue #13, W1-json, W9 and W10 issue #19), with their full and
 * --quick sizes. W9 and W10 are curves: one constant per point, all with the same id.
 * W6 is measured twice, non-persistent and persistent, each compared with the direct workload of
 * the same traffic (W1, W2): its two parts are two constants with the same id.
 */
enum Workload {
    W1("W1", "1 → 1, 100 B non-persistent, no confirmation", null, WorkloadKind.STREAM, 1_000_000, 100_000, 100, 1,
            0, 0, List.of(Metric.RATE)),
    /** W1 with our client forced to JSON frame headers: beside W1 (CBOR, the client's default), what the binary header saves. */
    W1_JSON("W1-json", "W1 with JSON frame headers (our client's default is CBOR)", null, WorkloadKind.STREAM, 1_000_000, 100_000,
            100, 1, 0, 0, List.of(Metric.RATE), HeaderEncoding.JSON),
    W2("W2", "persistent 1 KiB, asynchronous confirms (2,000 in flight)", null, WorkloadKind.PERSISTENT_WINDOWED,
            300_000, 30_000, 1024, 1, 0, 2_000, List.of(Metric.RATE)),
    /** W3 against Artemis as its installer sets it up on this disk: the comparison that counts (issue #19). */
    W3("W3", "persistent 1 KiB, each send awaits its confirmation; Artemis as `artemis create` sets it up (ASYNCIO, tuned buffer timeout)",
            null, WorkloadKind.PERSISTENT_BLOCKING, 5_000, 1_500, 1024, 1, 0, 1, List.of(Metric.P50, Metric.P99, Metric.RATE),
            ClientOptions.DEFAULT_HEADER_ENCODING, 0, true),
    /** W3 against Artemis's NIO journal with its default buffer timeout, beside the headline W3. */
    W3_NIO("W3-nio", "W3 with Artemis's NIO journal and default buffer timeout", null, WorkloadKind.PERSISTENT_BLOCKING, 5_000,
            1_500, 1024, 1, 0, 1, List.of(Metric.P50, Metric.P99, Metric.RATE)),
    W4("W4", "request/reply, 100 B, one call at a time", null, WorkloadKind.REQUEST_REPLY, 10_000, 20_000, 100, 1, 0,
            1, List.of(Metric.P50, Metric.P99, Metric.P999, Metric.RATE)),
    W5("W5", "4 → 4, 100 B non-persistent, + 1,000 idle connected services", null, WorkloadKind.STREAM, 1_000_000,
            100_000, 100, 4, 1_000, 0, List.of(Metric.RATE)),
    W6_NON_PERSISTENT("W6", "routed A → B (Artemis: core bridge), W1's traffic: 100 B non-persistent", W1,
            WorkloadKind.STREAM, 1_000_000, 100_000, 100, 1, 0, 0, List.of(Metric.RATE)),
    W6_PERSISTENT("W6", "routed A → B (Artemis: core bridge), W2's traffic: persistent 1 KiB, confirmed", W2,
            WorkloadKind.PERSISTENT_WINDOWED, 300_000, 30_000, 1024, 1, 0, 2_000, List.of(Metric.RATE)),
    /** W7 and W8 (issue #19): a backlog for an absent service, the broker restarted, the backlog drained while calls go on. */
    W7("W7", "1,000,000 persistent 1 KiB to an absent service (default heap), restart, drain; W8: calls during the drain", null,
            WorkloadKind.BACKLOG_RESTART, 1_000_000, 10_000, 1024, 1, 0, 2_000,
            List.of(Metric.RATE, Metric.DISK, Metric.RESTART, Metric.DRAIN_RATE, Metric.DRAIN_CALL_P50, Metric.DRAIN_CALL_P99)),
    W9_1("W9", "anycast to 1 instance, 100 B non-persistent", WorkloadKind.ANYCAST, 1),
    W9_10("W9", "anycast to 10 instances, 100 B non-persistent", WorkloadKind.ANYCAST, 10),
    W9_100("W9", "anycast to 100 instances, 100 B non-persistent", WorkloadKind.ANYCAST, 100),
    W9_1000("W9", "anycast to 1,000 instances, 100 B non-persistent", WorkloadKind.ANYCAST, 1_000),
    W10_10K("W10", "registration with 10,000 waiting persistent seeds (100 B), until its first message",
            WorkloadKind.BACKLOG_REGISTRATION, 10_000),
    W10_100K("W10", "registration with 100,000 waiting persistent seeds (100 B), until its first message",
            WorkloadKind.BACKLOG_REGISTRATION, 100_000),
    W10_200K("W10", "registration with 200,000 waiting persistent seeds (100 B), until its first message",
            WorkloadKind.BACKLOG_REGISTRATION, 200_000),
    W10_400K("W10", "registration with 400,000 waiting persistent seeds (100 B), until its first message",
            WorkloadKind.BACKLOG_REGISTRATION, 400_000),
    W10_1M("W10", "registration with 1,000,000 waiting persistent seeds (100 B), until its first message",
            WorkloadKind.BACKLOG_REGISTRATION, 1_000_000),
    /** W1's traffic with bigger payloads (a curve): memory and rate by message size; fewer messages as they grow. */
    SIZE_100B("W1-size", "W1's traffic with 100 B payloads", 100, 300_000),
    SIZE_4K("W1-size", "W1's traffic with 4 KiB payloads", 4 * 1024, 100_000),
    SIZE_64K("W1-size", "W1's traffic with 64 KiB payloads", 64 * 1024, 20_000),
    SIZE_1M("W1-size", "W1's traffic with 1 MiB payloads", 1024 * 1024, 2_000);

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
    private final HeaderEncoding headers;
    private final int instances;
    private final boolean artemisInstallerJournal;

    /**
     * @param id     the name on the command line and in the table
     * @param direct for a routed workload (producers on one broker, consumers on another), the
     *               workload of the same traffic on one broker; null for a workload on one broker
     */
    Workload(String id, String description, Workload direct, WorkloadKind kind, int messages, int warmup, int bodyBytes,
             int pairs, int idle, int window, List<Metric> ownMetrics) {
        this(id, description, direct, kind, messages, warmup, bodyBytes, pairs, idle, window, ownMetrics,
                ClientOptions.DEFAULT_HEADER_ENCODING);
    }

    /** @param headers the frame header encoding our client asks for */
    Workload(String id, String description, Workload direct, WorkloadKind kind, int messages, int warmup, int bodyBytes,
             int pairs, int idle, int window, List<Metric> ownMetrics, HeaderEncoding headers) {
        this(id, description, direct, kind, messages, warmup, bodyBytes, pairs, idle, window, ownMetrics, headers, 0, false);
    }

    /** A point of the payload curve: W1's traffic (1 → 1, non-persistent) with {@code bodyBytes} payloads, {@code messages} after a tenth. */
    Workload(String id, String description, int bodyBytes, int messages) {
        this(id, description, null, WorkloadKind.STREAM, messages, messages / 10, bodyBytes, 1, 0, 0,
                List.of(Metric.RATE, Metric.BYTE_RATE));
    }

    /**
     * A point of a curve by its size, 100 B messages: ANYCAST to {@code size} instances (W9: 300,000
     * messages after 30,000), or a BACKLOG_REGISTRATION with {@code size} waiting seeds (W10: after
     * one with 10,000; the seeds posted before the run with 2,000 in flight).
     */
    Workload(String id, String description, WorkloadKind kind, int size) {
        this(id, description, null, kind, kind == WorkloadKind.ANYCAST ? 300_000 : size,
                kind == WorkloadKind.ANYCAST ? 30_000 : 10_000, 100, 1, 0, 2_000,
                List.of(kind == WorkloadKind.ANYCAST ? Metric.RATE : Metric.TIME), ClientOptions.DEFAULT_HEADER_ENCODING,
                kind == WorkloadKind.ANYCAST ? size : 0, false);
    }

    Workload(String id, String description, Workload direct, WorkloadKind kind, int messages, int warmup, int bodyBytes,
             int pairs, int idle, int window, List<Metric> ownMetrics, HeaderEncoding headers, int instances,
             boolean artemisInstallerJournal) {
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
        this.headers = headers;
        this.instances = instances;
        this.artemisInstallerJournal = artemisInstallerJournal;
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
        if (kind == WorkloadKind.ANYCAST) {
            return String.format(Locale.ROOT, "%s %,d instance%s", id, instances, instances == 1 ? "" : "s");
        }
        if (kind == WorkloadKind.BACKLOG_REGISTRATION) {
            return String.format(Locale.ROOT, "%s %,d seeds", id, messages);
        }
        if (id.equals("W1-size")) {
            return String.format(Locale.ROOT, "%s %,d B", id, bodyBytes);
        }
        return routed() ? id + (kind == WorkloadKind.STREAM ? " non-persistent" : " persistent") : id;
    }

    /** The x of a curve's point: W9's instances, W10's waiting seeds (a tenth with --quick), W1-size's payload bytes; else 0. */
    int curvePoint(boolean quick) {
        return kind == WorkloadKind.ANYCAST ? instances : kind == WorkloadKind.BACKLOG_REGISTRATION ? messages(quick)
                : id.equals("W1-size") ? bodyBytes : 0;
    }

    /** The payload of each message, in bytes. */
    int bodyBytes() {
        return bodyBytes;
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

    /**
     * The environment of our client JVM: the header encoding its client asks for, set whatever the
     * environment of the bench says ({@value ClientOptions#HEADER_ENCODING_VARIABLE}).
     */
    Map<String, String> openMomClientEnvironment() {
        return Map.of(ClientOptions.HEADER_ENCODING_VARIABLE, headers.wireName);
    }

    /** Whether the Artemis broker of this workload has the journal its installer would set up (ASYNCIO, tuned). */
    boolean artemisInstallerJournal() {
        return artemisInstallerJournal;
    }

    int messages(boolean quick) {
        return quick ? messages / QUICK_DIVISOR : messages;
    }

    /** The settings for a client; host and port are the broker's, filled in per run. */
    WorkloadSettings settings(boolean quick) {
        int divisor = quick ? QUICK_DIVISOR : 1;
        return new WorkloadSettings(kind, "127.0.0.1", 0, 0, messages / divisor, warmup / divisor, bodyBytes, pairs,
                idle / divisor, window, instances);
    }
}
