package org.openmom.torture;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.ServerCounters;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;

/**
 * R6: a consumer stops taking messages (its listener blocks) for 30 s while producers post as
 * fast as they can — persistent and non-persistent, with confirmation — to a server started with
 * {@code --max-memory}. The server must stay up, the bytes it holds ({@code heldBytes}, polled
 * through the administration API) must never pass its bound by more than {@link #SLACK_BYTES},
 * its process must stay under {@link #RSS_LIMIT_BYTES} resident, producers must be slowed or
 * refused (not the server killed), and once the consumer resumes every confirmed message must
 * arrive and the server must hold nothing any more.
 */
final class MemoryBound extends Scenario {
    private static final ServiceUser CONSUMER = ServiceUser.of("SLOW", "r6");
    /**
     * A post is refused when its one copy would pass the bound; the scenario's messages have one
     * recipient, so the bound holds exactly. The slack only covers a snapshot taken between two
     * copies of a fanned-out message, which this scenario does not post: one message.
     */
    private static final long SLACK_BYTES = 8 * 1024;
    /** The server child runs with -Xmx256m; heap, metaspace, code, thread stacks and Netty's buffers stay under this. */
    private static final long RSS_LIMIT_BYTES = 512L * 1024 * 1024;

    MemoryBound() {
        super("R6", "memory bound: consumer paused, producers flat out");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        // 16 MiB in both modes: a consumer's mailbox also slows its senders once it holds 16 MiB of
        // bodies (Broker's byte backlog mark, issue #19), so one paused consumer never takes a
        // larger bound to its slow-down mark (3/4) — the bound would go untested.
        int boundMiB = 16;
        long bound = boundMiB * 1024L * 1024;
        Duration pause = scenario.pick(Duration.ofSeconds(30), Duration.ofSeconds(5));
        // Big enough that the mailbox's backlog mark in messages (10,000, which slows senders too)
        // holds more than the bound: otherwise that mark, not the bound, stops the producers.
        int padding = scenario.pick(8192, 4096);
        Ledger ledger = scenario.ledger();
        ScenarioReport report = scenario.report();
        try (ServerChild server = scenario.startServer(scenario.newHome(), List.of("--max-memory", boundMiB + "M"))) {
            ledger.newSession();
            CountDownLatch resume = new CountDownLatch(1);
            OpenMomClient consumer = server.connect(server.clientOptions(CONSUMER));
            consumer.setMessageListener(message -> {
                awaitQuietly(resume); // paused: the first message blocks the listener, nothing is acknowledged
                ledger.received(message.body());
            });
            ConfirmedProducers.Plan persistent = ConfirmedProducers.Plan.persistentTo(CONSUMER, 2).padded(padding);
            ConfirmedProducers producers = scenario.produce(server, persistent);
            ConfirmedProducers others = scenario.produce(server, persistent.nonPersistent().named("n"));
            MemoryWatch watch = new MemoryWatch(server).start();
            long pausedUntil = System.nanoTime() + pause.toNanos();
            while (System.nanoTime() - pausedUntil < 0 && server.isAlive()) {
                Thread.sleep(100); // the pause itself: producers run, the watch samples
            }
            resume.countDown();
            producers.stop();
            others.stop();
            report.check(server.isAlive(), "the server died under the load: " + server.stderrTail(5));
            scenario.awaitEmptyMailbox(server, CONSUMER, Duration.ofSeconds(300));
            consumer.close();
            Waits.until("the server to hold no message", Duration.ofSeconds(60), () -> server.snapshot().counters().heldBytes() == 0);
            watch.stop();
            ServerCounters last = server.snapshot().counters();

            report.check(watch.peakHeld() <= bound + SLACK_BYTES, "heldBytes reached " + watch.peakHeld()
                    + ", past the bound of " + bound + " by more than " + SLACK_BYTES);
            report.check(watch.peakHeld() >= bound * 3 / 4, "heldBytes peaked at " + watch.peakHeld()
                    + ": the producers never pushed the server to its slow-down mark (3/4 of " + bound + "), the bound was not tested");
            report.check(last.memoryBound() == bound, "the server reports a bound of " + last.memoryBound() + ", not " + bound);
            report.check(watch.peakResident() <= RSS_LIMIT_BYTES, "the server's resident memory reached "
                    + watch.peakResident() / (1024 * 1024) + " MiB, over " + RSS_LIMIT_BYTES / (1024 * 1024) + " MiB");
            report.check(watch.failure() == null, "watching the server failed: " + watch.failure());
            ledger.checkNothingLost(report);
            ledger.checkOrder(report);
            report.figure("bound MiB", bound / (1024 * 1024));
            report.figure("peak held MiB", String.format("%.1f", watch.peakHeld() / (1024.0 * 1024)));
            report.figure("peak RSS MiB", watch.peakResident() / (1024 * 1024));
            report.figure("refused at the bound", last.memoryRefusals());
            report.figure("producers' refusals", producers.refused() + others.refused());
            report.figure("samples", watch.samples());
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
