package org.openmom.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.benchmarks.kit.WorkloadResult;

class CurvePlotsTest {
    @TempDir
    Path images;

    private static Measurement anycast(double rate, double cpuSeconds) {
        return Measurement.of(new WorkloadResult((long) rate, 1.0, -1, -1, -1), cpuSeconds, 200);
    }

    @Test
    void aCurveWithTwoPointsIsPlottedAsAPng() throws Exception {
        Results results = new Results();
        results.add(Workload.W9_1, Contender.OPENMOM, anycast(300_000, 0.9));
        results.add(Workload.W9_1000, Contender.OPENMOM, anycast(250_000, 1.0));
        results.add(Workload.W9_1, Contender.ARTEMIS, anycast(50_000, 1.0));
        results.add(Workload.W9_1000, Contender.ARTEMIS, anycast(38_000, 0.8));

        assertThat(CurvePlots.write(results, images, false)).extracting(CurvePlots.Plot::file)
                .containsExactly("perf-w9-rate.png", "perf-w9-cpu.png");
        byte[] png = Files.readAllBytes(images.resolve("perf-w9-rate.png"));
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(CurvePlots.chart(results, CurvePlots.PLOTS.get(0), false).getSeriesMap()).containsOnlyKeys("OpenMOM", "Artemis");
        assertThat(images.resolve("perf-w10-time.png")).doesNotExist();
    }

    @Test
    void onePointIsNoCurve() throws Exception {
        Results results = new Results();
        results.add(Workload.W9_1000, Contender.OPENMOM, anycast(250_000, 1.0));
        assertThat(CurvePlots.write(results, images, false)).isEmpty();
    }

    @Test
    void theGeneratedSectionShowsTheFloorOurDistanceToItAndThePlots() {
        Results results = new Results();
        results.add(Workload.W3, Contender.OPENMOM, Measurement.of(new WorkloadResult(5_000, 2.0, 240_000, 900_000, 2_000_000), 1, 100));
        String section = GeneratedSection.of(MachineInfo.ofThisMachine(), new PhysicalFloor(120, 400, 60, 90, 180, 300), results,
                java.util.List.of(Workload.W3), 3, "| table |\n", CurvePlots.PLOTS.subList(0, 1));
        assertThat(section).contains("Physical floor here (measured at the start): 1 KiB write + fdatasync p50 120 µs (p99 400 µs);"
                + " loopback request/reply through a relay p50 60 µs (p99 90 µs); synced round trip (1 KiB over loopback, written into a"
                + " preallocated file and fdatasync'ed, answered) p50 180 µs (p99 300 µs); unpinned. Ours: W3 p50 240 µs = 2.0× the write"
                + " + fdatasync, 1.3× the synced round trip.");
        assertThat(section).endsWith("| table |\n\n![W9 anycast: rate by instances](images/perf-w9-rate.png)\n");
    }

    @Test
    void theFloorIsMeasuredHere(@TempDir Path data) throws Exception {
        PhysicalFloor floor = PhysicalFloor.measure(data);
        assertThat(floor.fsyncP50Micros()).isPositive().isLessThanOrEqualTo(floor.fsyncP99Micros());
        assertThat(floor.relayP50Micros()).isPositive().isLessThanOrEqualTo(floor.relayP99Micros());
        assertThat(floor.syncedP50Micros()).isPositive().isLessThanOrEqualTo(floor.syncedP99Micros());
        try (var left = Files.list(data)) {
            assertThat(left).isEmpty();
        }
    }
}
