package org.openmom.torture;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.openmom.model.ServiceUser;

/**
 * R1: producers post persistent messages with confirmation to an absent service; the server is
 * killed (SIGKILL) at a random moment, restarted, and the service drains what waits for it. Every
 * confirmed message must arrive, each producer's in order. No message may come twice either: the
 * drain of a round acknowledged everything before the next round's first confirmation, and the
 * journal writes in order, so those acknowledgements were durable before the crash.
 */
final class CrashDuringSends implements Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("SINK", "r1");

    @Override
    public String id() {
        return "R1";
    }

    @Override
    public String title() {
        return "SIGKILL during confirmed persistent sends";
    }

    @Override
    public void run(TortureRun run, ScenarioReport report) throws Exception {
        Random random = run.randomFor(id());
        int rounds = 5;
        Duration latest = run.pick(Duration.ofMillis(2000), Duration.ofMillis(700));
        Ledger ledger = report.ledger();
        ConfirmedProducers.Sequences sequences = new ConfirmedProducers.Sequences();
        java.nio.file.Path home = run.newHome("r1");
        ServerChild server = ServerChild.start(run, home, List.of());
        try {
            for (int round = 1; round <= rounds; round++) {
                ConfirmedProducers producers = new ConfirmedProducers(server,
                        ConfirmedProducers.Plan.persistentTo(CONSUMER, 3), ledger, sequences).start();
                long delay = RandomCrash.strike(server, ledger, random, latest);
                producers.stop();
                int confirmed = ledger.confirmedCount();
                server = ServerChild.start(run, home, List.of());
                DrainingConsumer.drain(server, CONSUMER, ledger, Duration.ofSeconds(300));
                run.say(id(), "round " + round + ": killed " + delay + " ms after a confirmation, "
                        + confirmed + " confirmed so far, " + ledger.missing().size() + " missing after restart");
                report.check(ledger.missing().isEmpty(), "round " + round + ": confirmed messages missing after the restart: "
                        + Ledger.first(ledger.missing(), 5));
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
