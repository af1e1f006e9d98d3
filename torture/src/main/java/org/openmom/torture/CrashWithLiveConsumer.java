package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.openmom.model.ServiceUser;

/**
 * R2: as R1, but the service is registered and acknowledging while the producers post and the
 * server is killed. Nothing confirmed may be lost; a message may come twice only if its
 * acknowledgement was not yet durable at the crash ({@link AcknowledgingConsumer} knows which
 * were).
 */
final class CrashWithLiveConsumer implements Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("WORK", "r2");

    @Override
    public String id() {
        return "R2";
    }

    @Override
    public String title() {
        return "SIGKILL with a live consumer acknowledging";
    }

    @Override
    public void run(TortureRun run, ScenarioReport report) throws Exception {
        Random random = run.randomFor(id());
        int rounds = run.pick(5, 3);
        Duration latest = run.pick(Duration.ofMillis(2000), Duration.ofMillis(700));
        Ledger ledger = report.ledger();
        ConfirmedProducers.Sequences sequences = new ConfirmedProducers.Sequences();
        Set<String> durablyAcknowledged = ConcurrentHashMap.newKeySet();
        Set<String> repeatedAfterDurableAck = ConcurrentHashMap.newKeySet();
        long barriers = 0;
        Path home = run.newHome("r2");
        ServerChild server = ServerChild.start(run, home, List.of());
        try {
            AcknowledgingConsumer consumer = new AcknowledgingConsumer(server, CONSUMER, ledger, durablyAcknowledged, repeatedAfterDurableAck).start();
            for (int round = 1; round <= rounds; round++) {
                ConfirmedProducers producers = new ConfirmedProducers(server,
                        ConfirmedProducers.Plan.persistentTo(CONSUMER, 3), ledger, sequences).start();
                long delay = RandomCrash.strike(server, ledger, random, latest);
                producers.stop();
                consumer.stop();
                barriers += consumer.barriers();
                server = ServerChild.start(run, home, List.of());
                consumer = new AcknowledgingConsumer(server, CONSUMER, ledger, durablyAcknowledged, repeatedAfterDurableAck).start();
                run.say(id(), "round " + round + ": killed " + delay + " ms after a confirmation; "
                        + ledger.confirmedCount() + " confirmed, " + durablyAcknowledged.size() + " durably acknowledged so far");
            }
            // the last restart: everything still held comes to the consumer, which acknowledges it
            ServerChild last = server;
            Waits.until("the mailbox of " + CONSUMER + " to empty", Duration.ofSeconds(300),
                    () -> last.instanceOf(CONSUMER).map(info -> info.mailboxSize() == 0).orElse(false));
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
