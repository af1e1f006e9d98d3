package org.openmom.torture;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code openmom torture}: runs the reliability scenarios and prints their table; exit 1 if any failed. */
@Command(name = "torture", mixinStandardHelpOptions = true,
        description = {
            "Reliability scenarios against real OpenMOM server processes (docs/reliability.md):",
            "  R1 SIGKILL during confirmed persistent sends",
            "  R2 SIGKILL with a live consumer acknowledging",
            "  R3 power loss: journals cut back to their last sync",
            "  R4 journal damage and mirror repair",
            "  R5 a consumer dies holding unacknowledged messages",
            "  R6 memory bound: consumer paused, producers flat out",
            "  R7 fuzzing of the frame decoder, in process and over TCP",
            "  R8 lock stress: services come and go while administrators watch and delete",
            "  R9 routed persistent messages: the link between two servers dropped, each server SIGKILLed",
            "  R10 the disk fills up under persistent load (needs root: a small tmpfs)",
            "  R11 activated programs SIGKILLed during persistent load",
            "Prints a table of the results. Exit code 0 when every scenario passed, 1 when one failed, 2 on a usage error.",
        })
public final class TortureMain implements Callable<Integer> {

    @Option(names = "--short", description = "short mode: the same checks, fewer messages and shorter budgets (as in the tests)")
    private boolean shortMode;

    @Option(names = "--seed", paramLabel = "N", description = "seed of every random choice (default: a new one, printed) — give it again to replay a failure")
    private Long seed;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "where the servers' homes go (default: a new temporary folder, deleted after a run that passed)")
    private Path workDir;

    @Parameters(paramLabel = "SCENARIO", arity = "0..*", description = "scenarios to run (R1 … R11; default: all)")
    private List<String> scenarioIds = new ArrayList<>();

    public static void main(String[] args) {
        System.exit(new CommandLine(new TortureMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        List<Scenario> scenarios = new ArrayList<>();
        for (String id : scenarioIds) {
            scenarios.add(TortureSuite.named(id).orElseThrow(() -> new CommandLine.ParameterException(
                    new CommandLine(this), "unknown scenario '" + id + "' — give some of " + ids())));
        }
        if (scenarios.isEmpty()) {
            scenarios = TortureSuite.all();
        }
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        boolean temporary = workDir == null;
        Path dir = temporary ? Files.createTempDirectory("openmom-torture-") : Files.createDirectories(workDir);
        System.out.println("openmom torture" + (shortMode ? " --short" : "") + " --seed " + runSeed + " (work dir " + dir + ")");
        TortureRun run = new TortureRun(shortMode, runSeed, dir, System.out);
        List<ScenarioReport> reports = TortureSuite.run(scenarios, run);
        System.out.println();
        ReportTable.print(reports, System.out);
        boolean passed = reports.stream().allMatch(ScenarioReport::passed);
        if (passed && temporary) {
            WorkDir.delete(dir);
        } else if (!passed) {
            System.out.println("servers' homes (journals, logs) kept in " + dir + "; replay with --seed " + runSeed);
        }
        return passed ? 0 : 1;
    }

    private static List<String> ids() {
        return TortureSuite.all().stream().map(Scenario::id).toList();
    }
}
