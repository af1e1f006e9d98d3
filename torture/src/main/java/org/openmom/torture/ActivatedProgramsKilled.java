package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.model.ServiceUser;

/**
 * R11: the program a server starts on demand (an Activation line, docs/activation.md) is SIGKILLed
 * again and again under persistent load. Nobody runs service WORK: the server starts
 * {@link ActivatedForwarderMain}, which forwards each message to DONE (read here into the ledger)
 * before acknowledging it; each kill leaves messages unacknowledged, which wait for the next
 * process the server starts. Every confirmed message must reach DONE.
 */
final class ActivatedProgramsKilled extends Scenario {
    private static final ServiceUser WORK = ServiceUser.of("WORK", "r11");

    ActivatedProgramsKilled() {
        super("R11", "activated programs SIGKILLed during persistent load");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        // fewer kills than the supervisor's crash loop (5 quick exits in a row): it must restart, not give up
        int kills = scenario.pick(4, 3);
        int messages = scenario.pick(2_000, 400);
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        Path home = scenario.newHome();
        Path config = writeConfiguration(home);
        try (ServerChild server = scenario.startServer(home, List.of("-c", config.toString()));
                DrainingConsumer done = DrainingConsumer.register(server, ActivatedForwarderMain.DONE, ledger)) {
            ConfirmedProducers producers = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(WORK, 2).limitedTo(messages));
            for (int kill = 1; kill <= kills; kill++) {
                long before = ledger.counts().received();
                Waits.until("a started program forwarding messages", Duration.ofSeconds(120),
                        () -> running(server).isPresent() && ledger.counts().received() > before);
                long pid = running(server).orElseThrow().pids().get(0);
                ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
                scenario.say("kill " + kill + ": SIGKILL to pid " + pid + " after " + ledger.counts().received() + " forwarded");
            }
            producers.awaitSettled();
            Waits.until("every confirmed message forwarded", Duration.ofSeconds(180), () -> ledger.missing().isEmpty());
            done.awaitEmptyMailbox(Duration.ofSeconds(60));
            ActivationInfo activation = server.snapshot().activations().get(0);
            report.check(activation.state() != ActivationState.FAILED, "the program was taken for a crash loop: " + activation.problem());
            report.figure("kills", kills);
            report.figure("starts", activation.starts());
        }
        ledger.checkNothingLost(report);
        // a process killed between storing its copy and acknowledging forwards that message again: at least once
        report.figure("forwarded again after a kill", ledger.duplicates().size());
    }

    private static Optional<ActivationInfo> running(ServerChild server) throws Exception {
        return server.snapshot().activations().stream().filter(a -> a.state() == ActivationState.RUNNING && !a.pids().isEmpty()).findFirst();
    }

    /** The journal and the Activation line, and the script that starts the forwarder with this JVM's class path. */
    private static Path writeConfiguration(Path home) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path script = home.resolve("forwarder.sh");
        Files.writeString(script, "#!/bin/sh\nexec '" + java + "' -Xmx64m -XX:+UseSerialGC -cp '" + System.getProperty("java.class.path")
                + "' " + ActivatedForwarderMain.class.getName() + "\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return Files.writeString(home.resolve("r11.conf"), "LoggingService Journal builtin * r11.journal\n"
                + "Activation " + WORK.service() + " forwarder.sh WAIT 1\n", StandardCharsets.UTF_8);
    }
}
