package org.openmom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmom.benchmarks.kit.WorkloadResult;

class ReportTest {
    @Test
    void medianOfOddAndEvenCounts() {
        assertThat(Median.of(List.of(3.0, 1.0, 2.0))).isEqualTo(2.0);
        assertThat(Median.of(List.of(4.0, 1.0, 2.0, 3.0))).isEqualTo(2.5);
        assertThat(Median.of(List.of())).isNaN();
    }

    @Test
    void brokerCpuIsPerMillionMessages() {
        Measurement m = Measurement.of(new WorkloadResult(500_000, 2.0, -1, -1, -1), 3.0, 200.0);
        assertThat(m.get(Metric.RATE)).isEqualTo(250_000.0);
        assertThat(m.get(Metric.BROKER_CPU)).isEqualTo(6.0);
        assertThat(m.get(Metric.P50)).isNaN();
    }

    @Test
    void targetsAreJudgedOnTheRatioOfMedians() {
        Results results = new Results();
        for (double[] rates : new double[][] {{200_000, 90_000}, {150_000, 80_000}, {260_000, 70_000}}) {
            results.add(Workload.W1, Contender.OPENMOM, Measurement.of(new WorkloadResult((long) rates[0], 1.0, -1, -1, -1), 1, 100));
            results.add(Workload.W1, Contender.ARTEMIS, Measurement.of(new WorkloadResult((long) rates[1], 1.0, -1, -1, -1), 1, 200));
        }
        assertThat(results.ratio(Workload.W1, Metric.RATE)).isEqualTo(200_000.0 / 80_000);
        assertThat(Target.W1_RATE.judge(results).met()).isTrue();
        assertThat(Target.W2_RATE.judge(results)).isNull();
        // the same CPU time for 200,000 vs 80,000 messages: less per message
        assertThat(Target.BROKER_CPU.judge(results).met()).isTrue();

        String table = ReportTable.render(results, 3);
        assertThat(table).contains("| W1 1 → 1, 100 B non-persistent, no confirmation | rate (msg/s) | 200,000 | 80,000 | 2.50× | ≥ 2× met |");
        assertThat(table).contains("* W1 rate ≥ 2× Artemis: **met** (W1 2.50×)");
    }

    /** NATS core's runs (--nats) get a table of their own, held to their own target; without them, neither shows. */
    @Test
    void natsCoreHasItsOwnTableAndTarget() {
        Results results = new Results();
        results.add(Workload.W1, Contender.OPENMOM, rate(500_000));
        results.add(Workload.W1, Contender.ARTEMIS, rate(100_000));
        assertThat(Target.W1_RATE_NATS.judge(results)).as("NATS did not run").isNull();
        assertThat(ReportTable.render(results, 1)).doesNotContain("NATS");

        results.add(Workload.W1, Contender.NATS, rate(400_000));

        assertThat(results.ratio(Workload.W1, Metric.RATE, Contender.NATS)).isEqualTo(1.25);
        assertThat(Target.W1_RATE_NATS.judge(results).met()).isTrue();
        String table = ReportTable.render(results, 1);
        assertThat(table).contains("| W1 1 → 1, 100 B non-persistent, no confirmation | rate (msg/s) | 500,000 | 100,000 | 5.00× | ≥ 2× met |");
        assertThat(table).contains("| workload | figure | OpenMOM | NATS core | OpenMOM ÷ NATS core | target |");
        assertThat(table).contains("| W1 1 → 1, 100 B non-persistent, no confirmation | rate (msg/s) | 500,000 | 400,000 | 1.25× | ≥ 1× met |");
        assertThat(table).contains("* W1 rate ≥ 1× NATS core: **met** (W1 1.25×)");
        assertThat(Contender.NATS.runs(Workload.W1)).isTrue();
        assertThat(Contender.NATS.runs(Workload.W2)).as("NATS core stores nothing").isFalse();
    }

    @Test
    void aFailedRunShowsInTheTable() {
        Results results = new Results();
        results.add(Workload.W4, Contender.OPENMOM, Measurement.of(new WorkloadResult(10, 1.0, 100_000, 200_000, 300_000), 0, 100));
        results.failed(Workload.W4, Contender.ARTEMIS, 1, "Artemis broker failed to start on port 7411 (exit 1)");
        String table = ReportTable.render(results, 1);
        assertThat(table).contains("| p50 (µs) | 100 | failed | — | ≤ 0.7× |");
        assertThat(table).contains("* W4 p50 ≤ 0.7× Artemis: **not met** (W4 —)");
        assertThat(table).contains("* W4 Artemis round 1: Artemis broker failed to start on port 7411 (exit 1)");
    }

    @Test
    void onlyTheGeneratedSectionIsReplaced() {
        String doc = "# Performance\nintro\n" + PerformanceDocSection.BEGIN + "\nold figures\n" + PerformanceDocSection.END + "\nafter\n";
        assertThat(PerformanceDocSection.replace(doc, "new figures\n"))
                .isEqualTo("# Performance\nintro\n" + PerformanceDocSection.BEGIN + "\nnew figures\n" + PerformanceDocSection.END + "\nafter\n");
        assertThatThrownBy(() -> PerformanceDocSection.replace("no markers", "x")).hasMessageContaining("--no-write");
    }

    @Test
    void w6IsHeldToOurDirectRatesOfThisRunAndToArtemisBridged() {
        Results results = new Results(Map.of(Workload.W1, 400_000.0));
        results.add(Workload.W1, Contender.OPENMOM, rate(500_000));
        results.add(Workload.W6_NON_PERSISTENT, Contender.OPENMOM, rate(300_000));
        results.add(Workload.W6_NON_PERSISTENT, Contender.ARTEMIS, rate(100_000));

        assertThat(results.directRatio(Workload.W6_NON_PERSISTENT, Metric.RATE)).isEqualTo(0.6);
        assertThat(Target.W6_RATE_DIRECT.judge(results).met()).isTrue();
        assertThat(Target.W6_RATE.judge(results).met()).isTrue();
        String table = ReportTable.render(results, 1);
        assertThat(table).contains("| W6 routed A → B (Artemis: core bridge), W1's traffic: 100 B non-persistent | rate (msg/s) | 300,000 | 100,000 | 3.00× | ≥ 2× met, ≥ 0.5× W1: 0.60× met |");
        assertThat(table).contains("* W6 rate ≥ 0.5× our direct W1 / W2: **met** (W6 non-persistent 0.60× of W1 (this run))");
    }

    @Test
    void withoutW1InTheRunW6IsHeldToTheLastWrittenRate() {
        Results results = new Results(Map.of(Workload.W2, 100_000.0));
        results.add(Workload.W6_PERSISTENT, Contender.OPENMOM, rate(40_000));
        results.add(Workload.W6_PERSISTENT, Contender.ARTEMIS, rate(10_000));

        Target.Verdict verdict = Target.W6_RATE_DIRECT.judge(results);
        assertThat(verdict.met()).isFalse();
        assertThat(verdict.ratios()).isEqualTo("W6 persistent 0.40× of W2 (last written run: 100,000 msg/s)");
        assertThat(new Results().directSource(Workload.W6_PERSISTENT)).isEqualTo("no W2 figure");
        assertThat(new Results().directRatio(Workload.W6_PERSISTENT, Metric.RATE)).isNaN();
    }

    @Test
    void storedRatesAreReadBackFromAWrittenTable() {
        Results results = new Results();
        results.add(Workload.W1, Contender.OPENMOM, rate(468_115));
        results.add(Workload.W1, Contender.ARTEMIS, rate(93_490));
        results.add(Workload.W6_PERSISTENT, Contender.OPENMOM, rate(51_000));
        String doc = "# Performance\n| W1 | rate (msg/s) | 1 | 1 | 1× | not ours |\n" + PerformanceDocSection.BEGIN + "\n"
                + ReportTable.render(results, 3) + PerformanceDocSection.END + "\n";

        assertThat(StoredRates.parse(doc)).isEqualTo(Map.of(Workload.W1, 468_115.0, Workload.W6_PERSISTENT, 51_000.0));
        assertThat(StoredRates.parse("no markers")).isEmpty();
    }

    @Test
    void w6OnTheCommandLineSelectsBothItsParts() {
        assertThat(Workload.selectedBy(List.of("w6", "W1"))).containsExactly(Workload.W1, Workload.W6_NON_PERSISTENT,
                Workload.W6_PERSISTENT);
        assertThat(Workload.ids(Workload.selectedBy(List.of("W6")))).isEqualTo("W6");
        assertThat(Workload.selectedBy(List.of())).hasSize(Workload.values().length);
        assertThatThrownBy(() -> Workload.selectedBy(List.of("W11")))
                .hasMessage("unknown workload 'W11' — give some of W1 W1-json W2 W3 W3-nio W4 W5 W6 W7 W9 W10 W1-size");
    }

    @Test
    void aCurveIsSelectedWholeAndJudgedAgainstItsOwnPoints() {
        assertThat(Workload.selectedBy(List.of("w10"))).containsExactly(Workload.W10_10K, Workload.W10_100K, Workload.W10_200K,
                Workload.W10_400K, Workload.W10_1M);
        Results results = new Results();
        results.add(Workload.W10_200K, Contender.OPENMOM, time(400));
        results.add(Workload.W10_400K, Contender.OPENMOM, time(1_200));
        results.add(Workload.W10_400K, Contender.ARTEMIS, time(300));
        String table = ReportTable.render(results, 1);
        assertThat(table).contains("| W10 registration with 400,000 waiting persistent seeds (100 B), until its first message | time (ms) | 1,200 | 300 | 4.00× "
                + "| ≤ 1,000 ms **not met**, ≤ 2.5× W10 200,000 seeds: 3.00× **not met** |");
        assertThat(table).contains("* W10 registration with 400,000 waiting seeds ≤ 1 s: **not met** (W10 400,000 seeds 1,200 ms)");
        assertThat(table).contains("* W10 linear: 400,000 seeds ≤ 2.5× the time of 200,000 (2× is linear): **not met** "
                + "(W10 400,000 seeds 3.00× of W10 200,000 seeds)");
    }

    private static Measurement time(double millis) {
        return Measurement.of(new WorkloadResult(400_000, millis / 1e3, -1, -1, -1), 1, 100);
    }

    private static Measurement rate(double messagesPerSecond) {
        return Measurement.of(new WorkloadResult((long) messagesPerSecond, 1.0, -1, -1, -1), 1, 100);
    }
}
