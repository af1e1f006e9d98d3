package org.openmom.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The broker lock (see the lock order in {@link Broker}'s Javadoc). It is never taken twice by
 * one thread: a Sink, observer, store or reflex that called back into the broker under it would
 * break the lock order, and with assertions on (every test run) that fails at once instead of
 * nesting silently. Work that must not run under it — a log line, which may write to disk — is
 * noted with {@link #afterUnlock} and runs once the lock is released.
 */
final class BrokerLock {
    private final ReentrantLock lock = new ReentrantLock();
    /** Guarded by the lock; null when nothing waits, so an ordinary unlock costs one field read. */
    private List<Runnable> afterUnlock;

    void lock() {
        assert !lock.isHeldByCurrentThread()
                : "the broker was entered again under its own lock: a Sink, observer, store or reflex called back into it";
        lock.lock();
    }

    /** Runs {@code work} on this thread once the lock is released (the caller holds it). */
    void afterUnlock(Runnable work) {
        if (afterUnlock == null) {
            afterUnlock = new ArrayList<>(2);
        }
        afterUnlock.add(work);
    }

    void unlock() {
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

    boolean isHeldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }
}
