package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openmom.model.ServiceUser;

/**
 * R10: the server's disk fills up under persistent load (a tmpfs of the run, filled to the last
 * byte while producers post for a consumer that is away). The journal must refuse new messages
 * rather than pretend to keep them: no refused post is ever delivered; the failure must show in
 * the status; the consumer then takes everything confirmed and acknowledges it while the disk is
 * still full; once space returns the server takes messages again by itself (no restart); and
 * after a SIGKILL and a restart no acknowledged message comes back and no confirmed one is lost.
 */
final class FullDisk extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("WORK", "r10");

    FullDisk() {
        super("R10", "the disk fills up under persistent load");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        int rounds = scenario.pick(3, 1);
        int confirmedBeforeFull = scenario.pick(3_000, 500);
        int padding = scenario.pick(4096, 1024);
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        long refused = 0;
        try (TmpfsDisk disk = TmpfsDisk.mount(scenario.workDir().resolve("r10-disk"), scenario.pick(96, 48))) {
            Path home = disk.folder("home");
            try (ServerChild server = scenario.startServer(home, List.of())) {
                for (int round = 1; round <= rounds; round++) {
                    int confirmedAtStart = ledger.confirmedCount();
                    ConfirmedProducers producers = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(CONSUMER, 2)
                            .padded(padding).named("r" + round + "-"));
                    Waits.until(confirmedBeforeFull + " confirmed posts", Duration.ofSeconds(120),
                            () -> ledger.confirmedCount() - confirmedAtStart >= confirmedBeforeFull);
                    long ballast = disk.fill();
                    Waits.until("posts refused on the full disk", Duration.ofSeconds(120), () -> producers.refused() >= 50);
                    List<String> troubles = server.snapshot().counters().storeTroubles();
                    producers.stop();
                    refused += producers.refused();
                    report.check(!troubles.isEmpty(), "round " + round + ": the status says nothing of the full disk");

                    // everything confirmed is delivered and acknowledged while the disk is still full
                    DrainingConsumer.drain(server, CONSUMER, ledger, Duration.ofSeconds(180));
                    scenario.checkNoneMissing("round " + round + ", disk full");

                    disk.free();
                    Waits.until("the journal to write again by itself", Duration.ofSeconds(30),
                            () -> server.snapshot().counters().storeTroubles().isEmpty());
                    ConfirmedProducers after = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(CONSUMER, 1)
                            .limitedTo(200).named("r" + round + "-after-"));
                    after.awaitSettled();
                    report.check(after.refused() == 0, "round " + round + ": " + after.refused() + " posts refused after space returned");
                    scenario.say("round " + round + ": " + (ballast >> 20) + " MiB ballast, " + producers.refused()
                            + " posts refused on the full disk, " + troubles.get(0));
                }
                server.kill();
            }
            try (ServerChild again = scenario.startServer(home, List.of())) {
                // what was acknowledged before the kill must not come back; the last round's 200 wait
                DrainingConsumer.drain(again, CONSUMER, ledger, Duration.ofSeconds(180));
            }
        }
        ledger.checkNothingLost(report);
        report.check(ledger.refusedButReceived().isEmpty(), "refused posts delivered anyway: " + Ledger.first(ledger.refusedButReceived(), 5));
        report.check(ledger.duplicates().isEmpty(), "acknowledged messages delivered again after the restart: "
                + Ledger.first(ledger.duplicates(), 5));
        report.figure("rounds", rounds);
        report.figure("posts refused (disk full)", refused);
    }
}
