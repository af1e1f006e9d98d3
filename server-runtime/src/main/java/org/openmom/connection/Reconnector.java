package org.openmom.connection;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a server again after a loss: {@link Failover} rounds with a pause between them that
 * doubles from the first delay up to the maximum, on a thread of its own (rounds block, the
 * owner's callbacks may too), until one round succeeds or the owner stops it. The lost address
 * is tried last: the next one first (failover), then around.
 */
public final class Reconnector<T> {
    private static final Logger LOG = LoggerFactory.getLogger(Reconnector.class);

    private final Failover<T> failover;
    private final Duration firstDelay;
    private final Duration maxDelay;
    private final String name;
    private Thread thread;
    private boolean stopped;
    /** The address index of a loss told while the thread was finishing, or -1. */
    private int lostAgain = -1;

    public Reconnector(Failover<T> failover, Duration firstDelay, Duration maxDelay, String name) {
        this.failover = failover;
        this.firstDelay = firstDelay;
        this.maxDelay = maxDelay;
        this.name = name;
    }

    /** Starts finding a server, unless already at it; {@code regained} gets the session. */
    public synchronized void start(int lostAddressIndex, Consumer<Failover.Reached<T>> regained) {
        if (stopped) {
            return;
        }
        if (thread != null) {
            // the session just regained was lost again before the thread ended: go on
            lostAgain = lostAddressIndex;
            return;
        }
        thread = new Thread(() -> run(lostAddressIndex, regained), "openmom-reconnect-" + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Ends the search for good; a round under way is abandoned. */
    public synchronized void stop() {
        stopped = true;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run(int lostAddressIndex, Consumer<Failover.Reached<T>> regained) {
        int lost = lostAddressIndex;
        while (findAgain(lost, regained)) {
            synchronized (this) {
                if (lostAgain < 0 || stopped) {
                    thread = null;
                    return;
                }
                lost = lostAgain;
                lostAgain = -1;
            }
        }
    }

    /** Rounds until one succeeds (true) or the thread is stopped (false). */
    private boolean findAgain(int lostAddressIndex, Consumer<Failover.Reached<T>> regained) {
        long delay = firstDelay.toMillis();
        int next = (lostAddressIndex + 1) % failover.addresses().size();
        while (true) {
            try {
                regained.accept(failover.round(next).get());
                return true;
            } catch (ExecutionException e) {
                LOG.debug("{}: reconnecting failed: {}", name, e.getCause().getMessage());
                next = lostAddressIndex;
            } catch (InterruptedException stop) {
                return false;
            }
            try {
                Thread.sleep(delay); // back-off between rounds, not synchronisation
            } catch (InterruptedException stop) {
                return false;
            }
            delay = Math.min(delay * 2, maxDelay.toMillis());
        }
    }
}
