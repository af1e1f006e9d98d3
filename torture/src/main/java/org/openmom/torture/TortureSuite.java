package org.openmom.torture;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Every scenario, in order, and running a selection of them. */
final class TortureSuite {
    private TortureSuite() {
    }

    static List<Scenario> all() {
        return List.of(
                new CrashDuringSends(),
                new CrashWithLiveConsumer(),
                new PowerLoss(),
                new JournalDamage(),
                new ConsumerDeath(),
                new MemoryBound(),
                new FrameFuzzing(),
                new LockStress(),
                new RoutedMessages(),
                new FullDisk(),
                new ActivatedProgramsKilled());
    }

    static Optional<Scenario> named(String id) {
        return all().stream().filter(s -> s.id().equalsIgnoreCase(id.trim())).findFirst();
    }

    /** Runs one scenario; an exception fails it with one line (its stack trace goes to the progress output). */
    static ScenarioReport run(Scenario scenario, TortureRun run) {
        ScenarioReport report = new ScenarioReport(scenario.id(), scenario.title());
        run.say(scenario.id(), scenario.title() + (run.shortMode() ? " (short)" : "") + ", seed " + run.seed());
        long start = System.nanoTime();
        try {
            scenario.run(new ScenarioContext(run, scenario.id(), report));
        } catch (Exception | AssertionError e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            run.progress().print(trace);
            report.fail("did not finish: " + e);
        }
        report.duration(Duration.ofNanos(System.nanoTime() - start));
        run.say(scenario.id(), (report.passed() ? "passed" : "FAILED") + " in "
                + String.format(Locale.ROOT, "%.1f s", report.duration().toMillis() / 1000.0));
        return report;
    }

    static List<ScenarioReport> run(List<Scenario> scenarios, TortureRun run) {
        List<ScenarioReport> reports = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            reports.add(run(scenario, run));
        }
        return reports;
    }
}
