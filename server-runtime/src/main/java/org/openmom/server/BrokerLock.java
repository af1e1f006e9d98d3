package org.openmom.server;

import com.sun.management.ThreadMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
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
 * than N µs (wall time: a holder the machine preempted counts too) is logged with where it ended,
 * and with how much of it the holder ran (its thread's CPU time): a hold of 5 ms of which 0.3 ms
 * ran was a collection's pause or a preemption, not work; and with the bytes it allocated meanwhile,
 * which tell a big allocation (zeroed, maybe in fresh pages) from the broker's own work. (Not its
 * user time: HotSpot reads that from {@code /proc} in ticks of 10 ms, a file read per hold.)
 * Without the property nothing is measured.
 *
 * <p>Long work is done a chunk per hold, and a loop of chunks lets those waiting for the lock
 * have it between two chunks ({@link #yieldToWaiters}).
 */
final class BrokerLock {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerLock.class);
    private static final int REPORTED_FRAMES = 4;
    /** How long {@link #yieldToWaiters} waits at most for a waiter to wake: a safety net, a woken thread takes microseconds. */
    private static final long YIELD_AT_MOST_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final ThreadMXBean THREADS = ManagementFactory.getPlatformMXBean(ThreadMXBean.class);

    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Holds so far: {@link #yieldToWaiters} counts the turns others had, and tests tell one hold
     * from the next. Written under the lock only (an ordered store, no atomic increment).
     */
    private final AtomicLong holds = new AtomicLong();
    /** Holds longer than this are reported; 0 (the default): not measured. */
    private final long reportedHoldNanos;
    /** Told each long hold, after the unlock. */
    private final Consumer<String> report;
    /** When the lock was taken, and the holder's CPU time and allocated bytes then, if holds are measured (guarded by the lock). */
    private long lockedAt;
    private long lockedAtCpu;
    private long lockedAtAllocated;
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
        holds.lazySet(holds.get() + 1);
        if (reportedHoldNanos > 0) {
            lockedAt = System.nanoTime();
            lockedAtCpu = THREADS.getCurrentThreadCpuTime();
            lockedAtAllocated = THREADS.getCurrentThreadAllocatedBytes();
        }
    }

    /**
     * Lets the threads that wait for the lock now have it before the caller (which does not hold
     * it) takes it again for its next chunk of work. The lock barges: a thread that releases it
     * and takes it straight back gets it before the waiter it woke has even run, so a loop of
     * chunks would stop everyone else as one long hold would. Returns once others held the lock as
     * many times as threads were waiting, or nobody waits any more, or after a safety limit.
     */
    void yieldToWaiters() {
        int waiting = lock.getQueueLength();
        if (waiting == 0) {
            return;
        }
        long turnsDone = holds.get() + waiting;
        long deadline = System.nanoTime() + YIELD_AT_MOST_NANOS;
        while (holds.get() < turnsDone && lock.hasQueuedThreads() && System.nanoTime() < deadline) {
            LockSupport.parkNanos(10_000);
        }
    }

    /**
     * Runs {@code chunk} under the lock again and again until it returns false, releasing the lock
     * between two runs and letting those waiting for it have it first: long work that would
     * otherwise stop every other client for its whole length.
     */
    void inChunks(BooleanSupplier chunk) {
        boolean more = true;
        while (more) {
            yieldToWaiters();
            lock();
            try {
                more = chunk.getAsBoolean();
            } finally {
                unlock();
            }
        }
    }

    /** How many times the lock was taken so far. */
    long holds() {
        return holds.get();
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
        long ran = THREADS.getCurrentThreadCpuTime() - lockedAtCpu;
        long allocated = THREADS.getCurrentThreadAllocatedBytes() - lockedAtAllocated;
        String where = StackWalker.getInstance().walk(frames -> frames
                .filter(frame -> !frame.getClassName().equals(BrokerLock.class.getName()))
                .limit(REPORTED_FRAMES)
                .map(frame -> frame.getClassName().substring(frame.getClassName().lastIndexOf('.') + 1) + "." + frame.getMethodName())
                .collect(Collectors.joining(" < ")));
        afterUnlock(() -> report.accept("broker lock held " + held / 1000 + " µs (running " + ran / 1000 + " µs, allocated "
                + allocated / 1024 + " KiB): " + where));
    }

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
