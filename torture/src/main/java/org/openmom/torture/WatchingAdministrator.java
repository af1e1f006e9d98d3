package org.openmom.torture;

import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.admin.AdminSession;
import org.openmom.admin.Watch;
import org.openmom.admin.WatchRequest;

/**
 * R8's administrator who watches: starts a watch (every message, or the structure only), follows
 * it for a moment, stops it, reads a snapshot — as the Explorer does when a person clicks around.
 */
final class WatchingAdministrator implements AutoCloseable {
    private static final long ANSWER_SECONDS = 60;

    private final AdminSession session;
    private final Watchdog watchdog;
    private final Random random;
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong watches = new AtomicLong();

    WatchingAdministrator(AdminSession session, Watchdog watchdog, Random random) {
        this.session = session;
        this.watchdog = watchdog;
        this.random = random;
    }

    void cycle() throws Exception {
        WatchRequest request = random.nextBoolean() ? WatchRequest.everything() : WatchRequest.structure();
        Watch watch = session.watch(request, event -> {
            events.incrementAndGet();
            watchdog.progress();
        }).get(ANSWER_SECONDS, TimeUnit.SECONDS);
        watches.incrementAndGet();
        watchdog.progress();
        try {
            Thread.sleep(Duration.ofMillis(100 + random.nextInt(900)).toMillis()); // a person looking at the tree
        } finally {
            watch.close();
        }
        session.snapshot().get(ANSWER_SECONDS, TimeUnit.SECONDS);
        watchdog.progress();
    }

    long events() {
        return events.get();
    }

    long watches() {
        return watches.get();
    }

    @Override
    public void close() {
        session.close();
    }
}
