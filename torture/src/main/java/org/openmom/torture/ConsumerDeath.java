package org.openmom.torture;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.openmom.admin.ServiceInfo;
import org.openmom.model.ServiceUser;

/**
 * R5: a consumer dies holding unacknowledged messages — its process killed (SIGKILL) or its
 * connection dropped (TCP reset, no BYE) — and every message it held must reach the next instance
 * of the same service. The next instance either registers after the death (then only persistent
 * messages are posted: non-persistent ones with nobody registered are dead letters by design) or
 * is already registered as a standby when the holder dies (then non-persistent messages too).
 */
final class ConsumerDeath extends Scenario {
    private static final int WINDOW = 100;

    /** A consumer holding messages in flight, until it dies. */
    private interface Holder {
        void die() throws Exception;
    }

    private enum Death { PROCESS_KILLED, CONNECTION_DROPPED }

    ConsumerDeath() {
        super("R5", "consumer dies holding unacknowledged messages");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        int rounds = scenario.pick(8, 4);
        int messages = scenario.pick(300, 150);
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        long held = 0;
        try (ServerChild server = scenario.startServer(scenario.newHome(), List.of())) {
            for (int round = 1; round <= rounds; round++) {
                // rounds cycle through: killed/dropped × next registers after the death / standby before it
                Death death = round % 2 == 1 ? Death.PROCESS_KILLED : Death.CONNECTION_DROPPED;
                boolean standby = ((round - 1) / 2) % 2 == 1;
                ServiceUser who = ServiceUser.of("WORK", "r5-" + round);
                Holder holder = death == Death.PROCESS_KILLED ? holdingProcess(server, who) : holdingConnection(server, who);
                awaitInstances(server, who, 1);
                ConfirmedProducers.Plan plan = ConfirmedProducers.Plan.persistentTo(who, 1).limitedTo(messages);
                scenario.produce(server, plan).awaitSettled();
                if (standby) {
                    scenario.produce(server, plan.nonPersistent()).awaitSettled();
                }
                int total = standby ? 2 * messages : messages;
                Waits.until(who + " holding " + Math.min(WINDOW, total) + " in flight", Duration.ofSeconds(120), () -> {
                    Optional<ServiceInfo> info = server.instanceOf(who);
                    return info.isPresent() && info.get().mailboxSize() == total && info.get().inFlight() == Math.min(WINDOW, total);
                });
                held += Math.min(WINDOW, total);
                DrainingConsumer next = standby ? DrainingConsumer.register(server, who, ledger) : null;
                holder.die();
                if (next == null) {
                    awaitInstances(server, who, 0); // the holder's messages are back in the server mailbox
                    next = DrainingConsumer.register(server, who, ledger);
                }
                try {
                    next.awaitEmptyMailbox(Duration.ofSeconds(120));
                } finally {
                    next.close();
                }
                scenario.say("round " + round + ": " + death + (standby ? ", standby registered before" : ", next registered after")
                        + ", " + total + " posted; " + ledger.missing().size() + " missing");
                scenario.checkNoneMissing("round " + round + " (" + death + (standby ? ", standby" : "")
                        + "): messages the dead consumer held never reached the next one");
            }
        }
        ledger.checkNothingLost(report);
        report.check(ledger.duplicates().isEmpty(), "messages delivered twice to the next instances: " + Ledger.first(ledger.duplicates(), 5));
        report.figure("rounds", rounds);
        report.figure("held in flight at death", held);
    }

    private static void awaitInstances(ServerChild server, ServiceUser who, int count) throws Exception {
        Waits.until(count + " instances of " + who, Duration.ofSeconds(120),
                () -> server.snapshot().services().stream().filter(s -> s.who().equals(who)).count() == count);
    }

    /** A consumer process whose listener never returns; dies by SIGKILL. */
    private static Holder holdingProcess(ServerChild server, ServiceUser who) throws Exception {
        ChildJvm child = ChildJvm.start(server.home(), "holder", List.of("-Xmx64m", "-XX:+UseSerialGC"),
                HoldingConsumerMain.class.getName(),
                List.of(Integer.toString(server.tcpPort()), server.home().toString(), who.toString(), Integer.toString(WINDOW)));
        child.awaitLine("holding: ", Duration.ofSeconds(120));
        return child::kill;
    }

    /** A raw connection that registers and never acknowledges; dies by a TCP reset. */
    private static Holder holdingConnection(ServerChild server, ServiceUser who) throws Exception {
        RawConnection connection = new RawConnection(server.tcpPort(), 60_000);
        connection.register(who.service(), who.user(), WINDOW);
        return connection::abort;
    }
}
