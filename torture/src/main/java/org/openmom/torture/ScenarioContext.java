package org.openmom.torture;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.openmom.model.ServiceUser;

/**
 * What one scenario runs with: its mode and seeded randomness, its ledger and report, its
 * servers' homes and child processes, its producers (whose sequences go on across restarts),
 * and its progress lines — so a scenario reads as what it does to the server and what it checks.
 */
final class ScenarioContext {
    private final TortureRun run;
    private final String id;
    private final ScenarioReport report;
    private final Random random;
    private final ConfirmedProducers.Sequences sequences = new ConfirmedProducers.Sequences();

    ScenarioContext(TortureRun run, String id, ScenarioReport report) {
        this.run = run;
        this.id = id;
        this.report = report;
        this.random = run.randomFor(id);
    }

    boolean shortMode() {
        return run.shortMode();
    }

    /** The full-mode figure or the short-mode one. */
    int pick(int full, int shortValue) {
        return run.pick(full, shortValue);
    }

    Duration pick(Duration full, Duration shortValue) {
        return run.pick(full, shortValue);
    }

    /** The scenario's own stream of the run's seed ({@link TortureRun#randomFor}): one per scenario run. */
    Random random() {
        return random;
    }

    ScenarioReport report() {
        return report;
    }

    Ledger ledger() {
        return report.ledger();
    }

    /** The run's folder, for files a scenario leaves for a person to read. */
    Path workDir() {
        return run.workDir();
    }

    /** A fresh, empty OPENMOM_HOME for a server of this scenario. */
    Path newHome() throws IOException {
        return run.newHome(id.toLowerCase(Locale.ROOT));
    }

    /** {@code openmom server} in a child JVM on {@code home}, with extra {@code serverArgs}; waits until it is ready. */
    ServerChild startServer(Path home, List<String> serverArgs) throws Exception {
        return ServerChild.start(run, home, serverArgs);
    }

    /** As {@link #startServer(Path, List)}, as server {@code name}/1 on TCP port {@code port} (0: any free port). */
    ServerChild startServer(Path home, String name, int port, List<String> serverArgs) throws Exception {
        return ServerChild.start(run, home, name, port, serverArgs);
    }

    /** Producers of {@code plan} posting to {@code server}, started; their sequences go on where this scenario's last ones stopped. */
    ConfirmedProducers produce(ServerChild server, ConfirmedProducers.Plan plan) {
        return new ConfirmedProducers(server, plan, report.ledger(), sequences).start();
    }

    /**
     * Waits until the registered instance of {@code who} holds nothing (everything delivered and
     * acknowledged) and has nothing more to be handed over from the server mailbox.
     */
    void awaitEmptyMailbox(ServerChild server, ServiceUser who, Duration limit) throws Exception {
        Waits.until("the mailbox of " + who + " to empty", limit,
                () -> server.instanceOf(who).map(info -> info.mailboxSize() == 0 && info.handOffBacklog() == 0).orElse(false));
    }

    /** Fails the scenario when a confirmed message has not arrived (yet): {@code when} says at which point of it. */
    void checkNoneMissing(String when) {
        Ledger ledger = report.ledger();
        report.check(ledger.missing().isEmpty(), when + ": " + Ledger.first(ledger.missing(), 5));
    }

    /** A progress line, tagged with the scenario's id. */
    void say(String text) {
        run.say(id, text);
    }
}
