package org.openmom.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker lock (see the lock order in {@link Broker}'s Javadoc). It is never taken twice by
 * one thread: a Sink, observer, store or reflex that called back into the broker under it would
 * break the lock order, and with assertions on (every test run) that fails at once instead of
 * nesting silently. Work that must not run under it — a log line, which may write to disk — is
 * noted with {@link #afterUnlock} and runs once the lock is released.
 *
 * <p>No operation should hold it for more than about a millisecond (issue #19). To check that on a
 * running server, start its JVM with {@code -Dopenmom.broker.lockHoldMicros=N}: every hold longer
 * than N µs (wall time: a holder the machine preempted counts too) is logged with where it ended.
 * Without the property nothing is measured.
 */
final class BrokerLock {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerLock.class);
    private static final int REPORTED_FRAMES = 4;

    private final ReentrantLock lock = new ReentrantLock();
    /** Holds longer than this are reported; 0 (the default): not measured. */
    private final long reportedHoldNanos;
    /** Told each long hold, after the unlock. */
    private final Consumer<String> report;
    /** When the lock was taken, if holds are measured (guarded by the lock). */
    private long lockedAt;
    /** Guarded by the lock; null when nothing waits, so an ordinary unlock costs one field read. */
    private List<Runnable> afterUnlock;

    BrokerLock() {
        this(Long.getLong("openmom.broker.lockHoldMicros", 0L) * 1000, LOG::warn);
    }

    /** Reports to {@code report} every hold longer than {@code reportedHoldNanos} (0: none). */
    BrokerLock(long reportedHoldNanos, Consumer<String> report) {
        this.reportedHoldNanos = reportedHoldNanos;
        this.report = report;
    }

    void lock() {
        assert !lock.isHeldByCurrentThread()
                : "the broker was entered again under its own lock: a Sink, observer, store or reflex called back into it";
        lock.lock();
        if (reportedHoldNanos > 0) {
            lockedAt = System.nanoTime();
        }
    }

    /** Runs {@code work} on this thread once the lock is released (the caller holds it). */
    void afterUnlock(Runnable work) {
        if (afterUnlock == null) {
            afterUnlock = new ArrayList<>(2);
        }
        afterUnlock.add(work);
    }

    void unlock() {
        if (reportedHoldNanos > 0) {
            reportLongHold();
        }
        List<Runnable> work = afterUnlock;
        if (work == null) { // the usual case: no write here, only the lock's own
            lock.unlock();
            return;
        }
        afterUnlock = null;
        lock.unlock();
        for (Runnable next : work) {
            next.run();
        }
    }

    /** Logs (once the lock is released) a hold longer than the reported limit, with the frames that ended it. */
    private void reportLongHold() {
        long held = System.nanoTime() - lockedAt;
        if (held <= reportedHoldNanos) {
            return;
        }
        String where = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(BrokerLock.class.getName()))
                .limit(REPORTED_FRAMES)
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName())
                .collect(Collectors.joining(" < ")));
        afterUnlock(() -> report.accept("broker lock held " + held / 1000 + " µs: " + where));
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
