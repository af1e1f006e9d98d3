package org.openmom.benchmarks.kit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a client reports for the measured part: messages (or calls), elapsed seconds and, when
 * the workload times each one, latency percentiles in nanoseconds (-1 when not timed). It
 * travels as one line on the client's standard output: {@code bench:result key=value …}.
 */
public record WorkloadResult(long messages, double seconds, long p50Nanos, long p99Nanos, long p999Nanos) {
    public static final String LINE_PREFIX = "bench:result ";

    public static WorkloadResult of(long messages, double seconds, Latencies latencies) {
        return new WorkloadResult(messages, seconds, latencies.percentile(0.50), latencies.percentile(0.99),
                latencies.percentile(0.999));
    }

    public double rate() {
        return messages / seconds;
    }

    public boolean hasLatencies() {
        return p50Nanos >= 0;
    }

    public String toLine() {
        return LINE_PREFIX + "messages=" + messages + " seconds=" + seconds + " p50=" + p50Nanos
                + " p99=" + p99Nanos + " p999=" + p999Nanos;
    }

    public static WorkloadResult parse(String line) {
        if (!line.startsWith(LINE_PREFIX)) {
            throw new IllegalArgumentException("not a result line: " + line);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String word : line.substring(LINE_PREFIX.length()).trim().split(" +")) {
            int eq = word.indexOf('=');
            values.put(word.substring(0, eq), word.substring(eq + 1));
        }
        return new WorkloadResult(Long.parseLong(values.get("messages")), Double.parseDouble(values.get("seconds")),
                Long.parseLong(values.get("p50")), Long.parseLong(values.get("p99")), Long.parseLong(values.get("p999")));
    }
}
