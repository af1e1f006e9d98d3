package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintStream;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The torture suite in short mode, as CI runs it: every scenario against real server processes,
 * each a test that fails with the scenario's failures and the seed that replays them
 * ({@code ./openmom torture --seed N R…}, or {@code -Dtorture.seed=N} here; {@code -Dtorture.only=R2,R5}
 * runs only those).
 */
class TortureShortTest {
    private static final long SEED = Long.getLong("torture.seed", new SecureRandom().nextLong());

    @TempDir
    static Path workDir;

    @TestFactory
    Stream<DynamicTest> everyScenarioPassesInShortMode() {
        PrintStream progress = System.out;
        TortureRun run = new TortureRun(true, SEED, workDir, progress);
        // split, not searched in: R1 must not run when only R11 is asked for
        List<String> only = Arrays.stream(System.getProperty("torture.only", "").split(",")).map(String::strip)
                .filter(id -> !id.isEmpty()).toList();
        return TortureSuite.all().stream().filter(s -> only.isEmpty() || only.contains(s.id())).map(scenario -> DynamicTest.dynamicTest(scenario.id() + " " + scenario.title(), () -> {
            ScenarioReport report = TortureSuite.run(scenario, run);
            ReportTable.print(List.of(report), progress);
            assertThat(report.failures())
                    .as("%s failed with seed %d (replay: ./openmom torture --short --seed %d %s)",
                            scenario.id(), SEED, SEED, scenario.id())
                    .isEmpty();
        }));
    }
}
