package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;

/**
 * R8: lock stress. Services register, post (confirmed persistent, non-persistent, to one peer and
 * to all), call each other, acknowledge and leave, again and again, while one administrator
 * watches and unwatches and another deletes messages from mailboxes and the server's persistent
 * seeds and disables and enables instances — every path that takes the broker's locks, at once,
 * for 30 s. A watchdog dumps every thread of the server and of this JVM if no operation completes
 * for {@link #STALL_LIMIT}. Checks: no hang and no Java-level deadlock; the server still answers;
 * every confirmed persistent message was delivered, deleted by an administrator, or still waiting
 * (then delivered by a drain) — none lost.
 */
final class LockStress extends Scenario {
    private static final int SERVICES = 6;
    /** Far above any pause of a healthy server on a loaded two-core machine, far below a test's patience. */
    private static final Duration STALL_LIMIT = Duration.ofSeconds(20);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(90);
    private static final ServiceUser PROBE = ServiceUser.of("PROBE", "r8");

    LockStress() {
        super("R8", "lock stress: services register, post, call and leave while administrators watch and delete");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        Duration duration = scenario.pick(Duration.ofSeconds(30), Duration.ofSeconds(5));
        Random random = scenario.random();
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        List<ServiceUser> peers = new ArrayList<>();
        for (int i = 0; i < SERVICES; i++) {
            peers.add(StressService.who("s" + i));
        }
        Path dumps = scenario.workDir().resolve("r8-thread-dumps.txt");
        try (ServerChild server = scenario.startServer(scenario.newHome(), List.of());
                Watchdog watchdog = new Watchdog(server.pid(), STALL_LIMIT, dumps).start();
                WatchingAdministrator watcher = new WatchingAdministrator(server.openAdmin("watcher"), watchdog, new Random(random.nextLong()));
                DeletingAdministrator deleter = new DeletingAdministrator(server.openAdmin("deleter"), ledger, watchdog,
                        new Random(random.nextLong()))) {
            StressThreads threads = new StressThreads();
            List<StressService> services = new ArrayList<>();
            for (ServiceUser peer : peers) {
                StressService service = new StressService(server, peer.user(), peers, ledger, watchdog, new Random(random.nextLong()), threads);
                services.add(service);
                threads.start("service-" + peer.user(), service::cycle);
            }
            threads.start("watcher", watcher::cycle);
            threads.start("deleter", deleter::cycle);
            long end = System.nanoTime() + duration.toNanos();
            while (System.nanoTime() - end < 0 && watchdog.stall() == null) {
                Thread.sleep(100); // the stress itself: the participants run, the watchdog watches
            }
            List<String> hung = threads.stop(STOP_LIMIT);
            String stall = watchdog.stall() != null ? watchdog.stall()
                    : hung.isEmpty() ? null : watchdog.dumpNow(hung + " did not finish their cycle within " + STOP_LIMIT.toSeconds() + " s");
            report.check(stall == null, "hang: " + stall);
            report.check(threads.failure() == null, "a participant failed: " + threads.failure());
            report.check(server.isAlive(), "the server died: " + server.stderrTail(5));
            if (stall != null || !server.isAlive()) {
                return; // the drain would only wait on the hang; the dumps say why
            }
            int waiting = ledger.missing().size();
            report.check(roundTrip(server), "the server did not carry a message of a new client after the stress");
            drain(scenario, server, peers, watchdog);
            report.check(watchdog.stall() == null, "hang while draining: " + watchdog.stall());
            checkNoDeadlock(report, server, dumps);

            ledger.checkNothingLost(report);
            long deleted = deleter.persistentDeleted().stream().filter(key -> !ledger.wasReceived(key)).count();
            report.figure("seconds", duration.toSeconds());
            report.figure("operations", watchdog.operations());
            report.figure("registrations", services.stream().mapToLong(StressService::registrations).sum());
            report.figure("non-persistent posted", services.stream().mapToLong(StressService::nonPersistentPosted).sum());
            report.figure("calls answered", services.stream().mapToLong(StressService::callsAnswered).sum());
            report.figure("requests failed", services.stream().mapToLong(StressService::requestsFailed).sum());
            report.figure("watches", watcher.watches());
            report.figure("watch events", watcher.events());
            report.figure("deleted", deleter.deleted());
            report.figure("status changes", deleter.statusChanges());
            report.figure("refused: instance gone", deleter.refusals());
            report.figure("confirmed persistent: deleted undelivered", deleted);
            report.figure("waiting after the stress", waiting);
        }
    }

    /** A new client posts to itself and gets the message back: the server still serves. */
    private static boolean roundTrip(ServerChild server) throws Exception {
        try (OpenMomClient probe = server.connect(server.clientOptions(PROBE).withPolling(true))) {
            probe.post(Post.to(PROBE, "probe", "after the stress")).get(30, TimeUnit.SECONDS);
            ReceivedMessage back = probe.receive(Duration.ofSeconds(30));
            return back != null && back.bodyText().equals("after the stress");
        }
    }

    /**
     * Every service registers once more and takes what waits for it (persistent messages into the
     * ledger), until its mailbox is empty with nothing more to be handed over (issue #19: a backlog
     * comes a chunk at a time as the service acknowledges).
     */
    private static void drain(ScenarioContext scenario, ServerChild server, List<ServiceUser> services, Watchdog watchdog) throws Exception {
        for (ServiceUser who : services) {
            try (OpenMomClient consumer = server.connect(server.clientOptions(who))) {
                consumer.setMessageListener(message -> {
                    if (message.isPersistent()) {
                        scenario.ledger().received(message.body());
                    }
                    watchdog.progress();
                });
                scenario.awaitEmptyMailbox(server, who, Duration.ofSeconds(120));
            }
        }
    }

    /** The JVMs' own deadlock detection, on both sides, once the stress is over. */
    private static void checkNoDeadlock(ScenarioReport report, ServerChild server, Path dumps) throws Exception {
        String serverDump = ThreadDumps.of(server.pid());
        String ownDump = ThreadDumps.ofThisJvm();
        boolean deadlock = ThreadDumps.showsDeadlock(serverDump) || ThreadDumps.showsDeadlock(ownDump);
        if (deadlock) {
            ThreadDumps.write(dumps, serverDump, ownDump);
        }
        report.check(!deadlock, "a Java-level deadlock: every thread of both JVMs in " + dumps);
    }
}
