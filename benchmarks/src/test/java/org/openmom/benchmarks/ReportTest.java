package org.openmom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
}
