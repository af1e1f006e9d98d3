package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openmom.model.ServiceUser;

/**
 * R1: producers post persistent messages with confirmation to an absent service; the server is
 * killed (SIGKILL) at a random moment, restarted, and the service drains what waits for it. Every
 * confirmed message must arrive, each producer's in order. No message may come twice either: the
 * drain of a round acknowledged everything before the next round's first confirmation, and the
 * journal writes in order, so those acknowledgements were durable before the crash.
 */
final class CrashDuringSends extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("SINK", "r1");

    CrashDuringSends() {
        super("R1", "SIGKILL during confirmed persistent sends");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        int rounds = 5;
        Duration latest = scenario.pick(Duration.ofMillis(2000), Duration.ofMillis(700));
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        Path home = scenario.newHome();
        ServerChild server = scenario.startServer(home, List.of());
        try {
            for (int round = 1; round <= rounds; round++) {
                ConfirmedProducers producers = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(CONSUMER, 3));
                long delay = RandomCrash.strike(server, ledger, scenario.random(), latest);
                producers.stop();
                int confirmed = ledger.confirmedCount();
                server = scenario.startServer(home, List.of());
                DrainingConsumer.drain(server, CONSUMER, ledger, Duration.ofSeconds(300));
                scenario.say("round " + round + ": killed " + delay + " ms after a confirmation, "
                        + confirmed + " confirmed so far, " + ledger.missing().size() + " missing after restart");
                scenario.checkNoneMissing("round " + round + ": confirmed messages missing after the restart");
            }
        } finally {
            server.close();
        }
        ledger.checkNothingLost(report);
        ledger.checkOrder(report);
        ledger.checkNoDuplicates(report);
        report.figure("rounds", rounds);
        report.figure("unconfirmed but delivered", ledger.unconfirmedReceived());
    }
}
