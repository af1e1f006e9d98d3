package org.openmom.benchmarks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openmom.benchmarks.kit.WorkloadResult;

/** The figures of one run of one workload on one broker. */
record Measurement(Map<Metric, Double> values) {

    /**
     * @param brokerCpuSeconds broker CPU time during the measured part
     * @param brokerPeakRssMiB broker VmHWM at the end of the run
     */
    static Measurement of(WorkloadResult result, double brokerCpuSeconds, double brokerPeakRssMiB) {
        return of(result, brokerCpuSeconds, brokerPeakRssMiB, 0);
    }

    /** @param bodyBytes each message's payload, for the payload rate */
    static Measurement of(WorkloadResult result, double brokerCpuSeconds, double brokerPeakRssMiB, int bodyBytes) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.RATE, result.rate());
        values.put(Metric.TIME, result.seconds() * 1e3);
        values.put(Metric.BYTE_RATE, result.rate() * bodyBytes / (1024.0 * 1024.0));
        if (result.hasLatencies()) {
            values.put(Metric.P50, result.p50Nanos() / 1e3);
            values.put(Metric.P99, result.p99Nanos() / 1e3);
            values.put(Metric.P999, result.p999Nanos() / 1e3);
        }
        values.put(Metric.BROKER_CPU, brokerCpuSeconds / result.messages() * 1e6);
        values.put(Metric.BROKER_PEAK_RSS, brokerPeakRssMiB);
        return new Measurement(values);
    }

    /** The same with {@code more} figures (W7's restart and drain, W8's calls). */
    Measurement with(Map<Metric, Double> more) {
        Map<Metric, Double> all = new EnumMap<>(values);
        all.putAll(more);
        return new Measurement(all);
    }

    double get(Metric metric) {
        Double value = values.get(metric);
        return value == null ? Double.NaN : value;
    }

    /** One progress line: {@code rate 123,456 msg/s, p50 80 µs, …}. */
    String summary(List<Metric> metrics) {
        return metrics.stream()
                .filter(values::containsKey)
                .map(m -> m.label() + " " + m.format(values.get(m)) + " " + m.unit())
                .collect(Collectors.joining(", "));
    }
}
