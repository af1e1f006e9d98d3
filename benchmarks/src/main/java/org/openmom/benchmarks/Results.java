package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every run's figures and failures, by workload and broker; medians and ratios over the rounds;
 * and our rates of the last written run, for a routed workload whose direct one did not run.
 */
final class Results {
    private final Map<Workload, Map<Contender, List<Measurement>>> runs = new EnumMap<>(Workload.class);
    private final List<String> failures = new ArrayList<>();
    private final Set<Workload> workloads = new LinkedHashSet<>();
    private final Map<Workload, Double> storedRates;

    Results() {
        this(Map.of());
    }

    /** @param storedRates our rate (msg/s) per workload as the last written run left it ({@link StoredRates}) */
    Results(Map<Workload, Double> storedRates) {
        this.storedRates = storedRates;
    }

    void add(Workload workload, Contender contender, Measurement measurement) {
        workloads.add(workload);
        runs.computeIfAbsent(workload, w -> new EnumMap<>(Contender.class))
                .computeIfAbsent(contender, c -> new ArrayList<>()).add(measurement);
    }

    void failed(Workload workload, Contender contender, int round, String reason) {
        workloads.add(workload);
        failures.add(workload.shortName() + " " + contender.displayName() + " round " + round + ": " + reason);
    }

    Set<Workload> workloads() {
        return workloads;
    }

    List<String> failures() {
        return failures;
    }

    int runs(Workload workload, Contender contender) {
        return runs.getOrDefault(workload, Map.of()).getOrDefault(contender, List.of()).size();
    }

    double median(Workload workload, Contender contender, Metric metric) {
        List<Double> values = new ArrayList<>();
        for (Measurement m : runs.getOrDefault(workload, Map.of()).getOrDefault(contender, List.of())) {
            values.add(m.get(metric));
        }
        return Median.of(values);
    }

    /** Median of ours ÷ median of Artemis; NaN when either is missing. */
    double ratio(Workload workload, Metric metric) {
        return ratio(workload, metric, Contender.ARTEMIS);
    }

    /** Median of ours ÷ median of {@code peer}; NaN when either is missing. */
    double ratio(Workload workload, Metric metric, Contender peer) {
        return median(workload, Contender.OPENMOM, metric) / median(workload, peer, metric);
    }

    /**
     * Our median of a routed workload ÷ our median of its direct one (W6 → W1, W2), this run's if
     * it ran, else the last written run's rate; NaN when there is none.
     */
    double directRatio(Workload routed, Metric metric) {
        Workload direct = routed.direct();
        double reference = runs(direct, Contender.OPENMOM) > 0 ? median(direct, Contender.OPENMOM, metric)
                : metric == Metric.RATE ? storedRates.getOrDefault(direct, Double.NaN) : Double.NaN;
        return median(routed, Contender.OPENMOM, metric) / reference;
    }

    /** Where {@link #directRatio}'s divisor comes from, in words. */
    String directSource(Workload routed) {
        Workload direct = routed.direct();
        return runs(direct, Contender.OPENMOM) > 0 ? "this run"
                : storedRates.containsKey(direct) ? "last written run: " + Metric.RATE.format(storedRates.get(direct)) + " msg/s"
                : "no " + direct.id() + " figure";
    }
}
