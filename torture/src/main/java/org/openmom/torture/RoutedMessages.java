package org.openmom.torture;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.RouterInfo;
import org.openmom.model.ServiceUser;

/**
 * R9: persistent messages posted with confirmation on server A to a service on server B, through
 * a service router on A (given with {@code -x} at start) whose link passes a {@link LinkProxy}
 * that drops it again and again; meanwhile B, then A, is killed with SIGKILL and restarted on
 * the same endpoint and journal. An acknowledging consumer on B takes the messages.
 *
 * <p>Store and forward must make every message A confirmed arrive on B (lost = 0), and B's
 * duplicate suppression must make none arrive twice, whatever the link and the crashes did.
 * The one repeat allowed is B's own at-least-once rule: a message B delivered whose
 * acknowledgement was not yet durable when B was killed may come once more per such kill
 * ({@link AcknowledgingConsumer} proves which acknowledgements were durable). A router's
 * messages leave in order (routers.md), so each producer's arrive in order within a consumer
 * session.
 */
final class RoutedMessages extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("ORDERS", "r9");
    private static final String ROUTER = "toB";
    private static final String ROUTES_FILE = "r9.routes";
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(300);
    private static final Duration QUIET = Duration.ofSeconds(10);
    /**
     * Three producers with 8 posts outstanding each: A confirms a few thousand a second, about
     * what the consumer takes (it polls and proves its acknowledgements durable), so that a
     * backlog builds while B is down and drains after. At most 20,000 ahead of the consumer
     * all the same — with 64 outstanding A confirms ten times faster, and a backlog of hundreds
     * of thousands would make the scenario about replaying it.
     */
    private static final ConfirmedProducers.Plan PLAN = ConfirmedProducers.Plan.persistentTo(CONSUMER, 3).withInFlight(8)
            .atMostAhead(20_000);

    RoutedMessages() {
        super("R9", "routed persistent messages: link dropped repeatedly, B then A SIGKILLed");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        new Run(scenario).run();
    }

    /** One run of R9: its two servers, the link between them, the producers on A and the consumer on B. */
    private static final class Run {
        private final ScenarioContext scenario;
        private final Ledger ledger;
        private final ScenarioReport report;
        private final int rounds;
        private final Duration phase;
        private final Set<String> durablyAcknowledged = ConcurrentHashMap.newKeySet();
        private final Set<String> repeatedAfterDurableAck = ConcurrentHashMap.newKeySet();
        /** Per message, how many times a kill of B caught it delivered but not durably acknowledged. */
        private final Map<String, Integer> mayComeAgain = new HashMap<>();
        private final Path homeA;
        private final Path homeB;
        private final int portA;
        private final int portB;
        private ServerChild a;
        private ServerChild b;
        private AcknowledgingConsumer consumer;
        private ConfirmedProducers producers;
        private long barriers;
        private int waitingWhenBDied;

        Run(ScenarioContext scenario) throws IOException {
            this.scenario = scenario;
            this.ledger = scenario.ledger();
            this.report = scenario.report();
            this.rounds = scenario.pick(3, 1);
            this.phase = scenario.pick(Duration.ofSeconds(6), Duration.ofSeconds(2));
            this.homeA = scenario.newHome();
            this.homeB = scenario.newHome();
            this.portA = freeLoopbackPort();
            this.portB = freeLoopbackPort();
        }

        void run() throws Exception {
            b = startB();
            try (LinkProxy link = LinkProxy.start(portB)) {
                writeRoutes(link.port());
                a = startA();
                consumer = startConsumer();
                producers = scenario.produce(a, PLAN);
                LinkDrops drops = LinkDrops.start(link, scenario.random().nextLong(),
                        scenario.pick(Duration.ofMillis(1500), Duration.ofMillis(500)), Duration.ofMillis(800));
                for (int round = 1; round <= rounds; round++) {
                    flowFor(phase, "round " + round + ", link drops");
                    killAndRestartB(round);
                    flowFor(phase, "round " + round + ", after B's restart");
                    killAndRestartA(round);
                    flowFor(phase, "round " + round + ", after A's restart");
                }
                producers.stop();
                drops.stop();
                awaitDrained();
                consumer.stop();
                barriers += consumer.barriers();
                report.figure("link cuts", link.cuts());
                report.figure("link connections", link.accepted());
            } finally {
                close(a);
                close(b);
            }
            judge();
        }

        private ServerChild startB() throws Exception {
            return scenario.startServer(homeB, "B", portB, List.of());
        }

        private ServerChild startA() throws Exception {
            return scenario.startServer(homeA, "A", portA, List.of("-x", ROUTES_FILE));
        }

        /** A's routes: the service goes to B, reached through the proxy (relative -x names are found in files/). */
        private void writeRoutes(int proxyPort) throws IOException {
            Path files = Files.createDirectories(homeA.resolve("files"));
            Files.writeString(files.resolve(ROUTES_FILE), "# R9: " + CONSUMER.service() + " lives on B, through the torture suite's proxy\n"
                    + "ServiceRouter " + ROUTER + " " + CONSUMER.service() + " B 1 127.0.0.1 ncacn_ip_tcp " + proxyPort + "\n");
        }

        private AcknowledgingConsumer startConsumer() {
            return new AcknowledgingConsumer(b, CONSUMER, ledger, durablyAcknowledged, repeatedAfterDurableAck).start();
        }

        /** Lets the traffic run for {@code length} (a phase of the scenario), then waits until some got through to B. */
        private void flowFor(Duration length, String what) throws Exception {
            long receivedBefore = ledger.receivedCount();
            int confirmedBefore = ledger.confirmedCount();
            Thread.sleep(length.toMillis()); // the length of a phase, not a wait for something
            Waits.until("messages confirmed on A and delivered on B during " + what, Duration.ofSeconds(120),
                    () -> ledger.confirmedCount() > confirmedBefore && ledger.receivedCount() > receivedBefore);
            scenario.say(what + ": " + ledger.confirmedCount() + " confirmed, " + ledger.receivedCount()
                    + " delivered so far; A's router " + routerLine());
        }

        private void killAndRestartB(int round) throws Exception {
            long delay = RandomCrash.strike(b, ledger, scenario.random(), phase);
            consumer.stop();
            barriers += consumer.barriers();
            consumer.notProvenDurable().forEach(key -> mayComeAgain.merge(key, 1, Integer::sum));
            int waiting = routerWaiting();
            waitingWhenBDied = Math.max(waitingWhenBDied, waiting);
            Thread.sleep(phase.dividedBy(2).toMillis()); // B stays down for half a phase, not a wait for something
            b = startB();
            consumer = startConsumer();
            scenario.say("round " + round + ": B killed " + delay + " ms after a confirmation (" + waiting
                    + " messages waiting in A's router) and restarted");
        }

        private void killAndRestartA(int round) throws Exception {
            long delay = RandomCrash.strike(a, ledger, scenario.random(), phase);
            producers.stop();
            a = startA();
            producers = scenario.produce(a, PLAN);
            scenario.say("round " + round + ": A killed " + delay + " ms after a confirmation and restarted");
        }

        /**
         * Waits until A's router holds nothing more, B's consumer has acknowledged everything it
         * holds, and either every confirmed message arrived or nothing arrived for a while (then
         * the books say what was lost).
         */
        private void awaitDrained() throws Exception {
            long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
            long lastReceived = -1;
            long quietSince = System.nanoTime();
            while (true) {
                long received = ledger.receivedCount();
                if (received != lastReceived) {
                    lastReceived = received;
                    quietSince = System.nanoTime();
                }
                boolean settled = ledger.allConfirmedReceived() || System.nanoTime() - quietSince > QUIET.toNanos();
                if (settled && routerWaiting() == 0 && mailboxOfConsumerEmpty()) {
                    scenario.say("drained: A's router " + routerLine());
                    return;
                }
                if (System.nanoTime() - deadline > 0) {
                    report.fail("not drained after " + DRAIN_LIMIT.toSeconds() + " s: A's router " + routerLine()
                            + ", " + ledger.missing().size() + " confirmed messages not delivered yet");
                    return;
                }
                Thread.sleep(100); // polling interval, not an assertion
            }
        }

        private int routerWaiting() throws Exception {
            return router().map(RouterInfo::waiting).orElse(Integer.MAX_VALUE);
        }

        private Optional<RouterInfo> router() throws Exception {
            return a.admin().routers().get(90, TimeUnit.SECONDS).stream().filter(r -> r.name().equals(ROUTER)).findFirst();
        }

        private String routerLine() throws Exception {
            return router().map(r -> r.state() + ", forwarded " + r.forwarded() + ", waiting " + r.waiting())
                    .orElse("missing");
        }

        private boolean mailboxOfConsumerEmpty() throws Exception {
            return b.instanceOf(CONSUMER).map(info -> info.mailboxSize() == 0 && info.handOffBacklog() == 0).orElse(false);
        }

        private void judge() {
            ledger.checkNothingLost(report);
            ledger.checkOrder(report);
            List<String> unexplained = new ArrayList<>();
            for (String key : ledger.duplicates()) {
                int repeats = ledger.timesReceived(key) - 1;
                int allowed = mayComeAgain.getOrDefault(key, 0);
                if (repeats > allowed) {
                    unexplained.add(key + " delivered " + (repeats + 1) + " times");
                }
            }
            report.check(unexplained.isEmpty(), unexplained.size() + " messages delivered twice through the router"
                    + " (not explained by an acknowledgement B had not made durable when killed), e.g. "
                    + Ledger.first(unexplained, 5));
            report.check(repeatedAfterDurableAck.isEmpty(), repeatedAfterDurableAck.size()
                    + " messages delivered again after their acknowledgement was durable on B, e.g. "
                    + Ledger.first(repeatedAfterDurableAck, 5));
            report.figure("rounds", rounds);
            report.figure("redelivered: acknowledgement not durable when B died",
                    ledger.duplicates().stream().filter(mayComeAgain::containsKey).count());
            report.figure("most waiting in A's router when B died", waitingWhenBDied);
            report.figure("durably acknowledged", durablyAcknowledged.size());
            report.figure("barriers", barriers);
            report.figure("unconfirmed but delivered", ledger.unconfirmedReceived());
        }

        private static void close(ServerChild server) throws InterruptedException {
            if (server != null) {
                server.close();
            }
        }

        /** A port free now on loopback: the server binds it a moment later, and binds it again after each restart. */
        private static int freeLoopbackPort() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }
}
