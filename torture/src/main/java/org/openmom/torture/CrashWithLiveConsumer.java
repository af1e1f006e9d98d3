package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openmom.model.ServiceUser;

/**
 * R2: as R1, but the service is registered and acknowledging while the producers post and the
 * server is killed. Nothing confirmed may be lost; a message may come twice only if its
 * acknowledgement was not yet durable at the crash ({@link AcknowledgingConsumer} knows which
 * were).
 */
final class CrashWithLiveConsumer extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("WORK", "r2");

    CrashWithLiveConsumer() {
        super("R2", "SIGKILL with a live consumer acknowledging");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        int rounds = scenario.pick(5, 3);
        Duration latest = scenario.pick(Duration.ofMillis(2000), Duration.ofMillis(700));
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        Set<String> durablyAcknowledged = ConcurrentHashMap.newKeySet();
        Set<String> repeatedAfterDurableAck = ConcurrentHashMap.newKeySet();
        long barriers = 0;
        Path home = scenario.newHome();
        ServerChild server = scenario.startServer(home, List.of());
        try {
            AcknowledgingConsumer consumer = new AcknowledgingConsumer(server, CONSUMER, ledger, durablyAcknowledged, repeatedAfterDurableAck).start();
            for (int round = 1; round <= rounds; round++) {
                ConfirmedProducers producers = scenario.produce(server, ConfirmedProducers.Plan.persistentTo(CONSUMER, 3));
                long delay = RandomCrash.strike(server, ledger, scenario.random(), latest);
                producers.stop();
                consumer.stop();
                barriers += consumer.barriers();
                server = scenario.startServer(home, List.of());
                consumer = new AcknowledgingConsumer(server, CONSUMER, ledger, durablyAcknowledged, repeatedAfterDurableAck).start();
                scenario.say("round " + round + ": killed " + delay + " ms after a confirmation; "
                        + ledger.confirmedCount() + " confirmed, " + durablyAcknowledged.size() + " durably acknowledged so far");
            }
            // the last restart: everything still held comes to the consumer, which acknowledges it
            scenario.awaitEmptyMailbox(server, CONSUMER, Duration.ofSeconds(300));
            consumer.stop();
            barriers += consumer.barriers();
        } finally {
            server.close();
        }
        ledger.checkNothingLost(report);
        ledger.checkOrder(report);
        report.check(repeatedAfterDurableAck.isEmpty(), repeatedAfterDurableAck.size()
                + " messages delivered again after their acknowledgement was durable, e.g. " + Ledger.first(repeatedAfterDurableAck, 5));
        report.figure("rounds", rounds);
        report.figure("durably acknowledged", durablyAcknowledged.size());
        report.figure("barriers", barriers);
        report.figure("unconfirmed but delivered", ledger.unconfirmedReceived());
    }
}
