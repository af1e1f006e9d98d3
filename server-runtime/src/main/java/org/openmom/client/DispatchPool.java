package org.openmom.client;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run the listeners and call handlers of the clients sharing {@link ClientThreads}:
 * as many as the machine has processors, plus one more whenever all of them are held by listeners
 * that block (a listener may wait on I/O, on a lock, or on a call another client of this JVM must
 * answer). A watch on a network thread looks every {@value #WATCH_MILLIS} ms: turns waiting while
 * no turn ended since the last look means every thread is stuck, so one more is started; once
 * nothing waits, the extra ones go again. Idle threads end after {@value #IDLE_SECONDS} s, so an
 * idle JVM holds none.
 */
final class DispatchPool implements Executor {
    /** Long enough that a busy pool is not taken for a stuck one, short against a stuck listener. */
    static final long WATCH_MILLIS = 100;
    private static final long IDLE_SECONDS = 2;
    /** A bound on runaway growth: a thousand listeners all blocked at once is a program's fault. */
    private static final int MAX_THREADS = 1024;

    private final int base;
    private final ThreadPoolExecutor pool;
    private final ScheduledFuture<?> watch;
    private long turnsAtLastLook;

    DispatchPool(int base, ScheduledExecutorService watcher) {
        this.base = base;
        this.pool = new ThreadPoolExecutor(base, MAX_THREADS, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                new DefaultThreadFactory("openmom-dispatch", true));
        pool.allowCoreThreadTimeOut(true);
        this.watch = watcher.scheduleWithFixedDelay(this::look, WATCH_MILLIS, WATCH_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public void execute(Runnable turn) {
        pool.execute(turn);
    }

    /** The watch: grows the pool while it is stuck, shrinks it back once nothing waits. */
    private void look() {
        long turns = pool.getCompletedTaskCount();
        boolean waiting = !pool.getQueue().isEmpty();
        int size = pool.getCorePoolSize();
        if (waiting && turns == turnsAtLastLook && size < MAX_THREADS) {
            pool.setCorePoolSize(size + 1); // starts a thread for the waiting turns
        } else if (!waiting && size > base) {
            pool.setCorePoolSize(size - 1); // the extra thread ends once idle
        }
        turnsAtLastLook = turns;
    }

    void stop() {
        watch.cancel(false);
        stop(pool);
    }

    /**
     * Stops the threads of {@code dispatch}, giving a listener still running 2 s before it is
     * interrupted. A client closed by its own listener does not wait for itself: its thread ends
     * once the listener returns.
     */
    static void stop(ExecutorService dispatch) {
        dispatch.shutdown();
        if (Dispatch.inTurn()) {
            return;
        }
        try {
            if (!dispatch.awaitTermination(2, TimeUnit.SECONDS)) {
                dispatch.shutdownNow();
            }
        } catch (InterruptedException e) {
            dispatch.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
