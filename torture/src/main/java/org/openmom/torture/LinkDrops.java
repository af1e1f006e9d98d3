package org.openmom.torture;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Drops a {@link LinkProxy}'s link again and again until stopped: once the router has connected
 * through it, a random time up (carrying messages), a cut (a reset half of the times) and a
 * random time down. Each cut drops a live link, whatever the router's back-off between attempts.
 * Its own seeded randomness, so the scenario's stream does not depend on how many cuts the timing
 * allowed.
 */
final class LinkDrops {
    private final LinkProxy link;
    private final Random random;
    private final Duration longestUp;
    private final Duration longestDown;
    private final Thread thread;
    private volatile boolean stopping;

    private LinkDrops(LinkProxy link, long seed, Duration longestUp, Duration longestDown) {
        this.link = link;
        this.random = new Random(seed);
        this.longestUp = longestUp;
        this.longestDown = longestDown;
        this.thread = new Thread(this::dropAgainAndAgain, "link-drops");
        thread.setDaemon(true);
    }

    static LinkDrops start(LinkProxy link, long seed, Duration longestUp, Duration longestDown) {
        LinkDrops drops = new LinkDrops(link, seed, longestUp, longestDown);
        drops.thread.start();
        return drops;
    }

    private void dropAgainAndAgain() {
        try {
            while (!stopping) {
                while (!stopping && !link.linkOpen()) {
                    Thread.sleep(5); // polling for the router's next connection, not an assertion
                }
                Thread.sleep(randomMillis(longestUp)); // the random moment of the next drop
                if (!stopping) {
                    link.cut(Duration.ofMillis(randomMillis(longestDown)), random.nextBoolean());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private long randomMillis(Duration longest) {
        return 1 + (long) (random.nextDouble() * longest.toMillis());
    }

    /** No more drops; the link comes back once the current down time has passed. */
    void stop() throws InterruptedException {
        stopping = true;
        thread.interrupt();
        thread.join(TimeUnit.SECONDS.toMillis(10));
    }
}
