package org.openmom.reflex.runtime;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs reflex code within its time budget and keeps the failure policy's books.
 *
 * <p>The broker calls reflexes while holding its lock, so a reflex that loops or blocks would
 * stop the whole server. Each call therefore runs on a thread of a small dedicated pool while
 * the broker thread waits at most the budget; an overrun is interrupted and counted as a
 * failure, and the broker carries on with the policy's answer. A call that still runs a moment
 * after the interrupt (a loop that never looks) is stopped ({@link RunawayThreads}); until then it
 * keeps its pool thread: the pool is bounded, and when every thread is stuck the calls fail at
 * once (also counted) instead of queueing. After {@code failuresBeforeDisable} failures in a row
 * the reflex is disabled.
 */
final class ReflexRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReflexRunner.class);
    /** Calls are serialised by the broker lock; extra threads only stand in for stuck ones. */
    private static final int MAX_THREADS = 16;
    /** How long an overrunning call has to react to its interrupt before its thread is stopped. */
    private static final long INTERRUPT_GRACE_MILLIS = 1000;

    private final Duration budget;
    private final int failuresBeforeDisable;
    private final ThreadPoolExecutor pool;
    /** Stops the threads of calls that ignored their interrupt. */
    private final ScheduledExecutorService reaper = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "openmom-reflex-reaper");
        thread.setDaemon(true);
        return thread;
    });
    /** Where failures are logged: after the broker's call, as it holds its lock meanwhile. */
    private final Executor logging;

    ReflexRunner(ReflexSettings settings, Executor logging) {
        this.logging = logging;
        this.budget = settings.budget();
        this.failuresBeforeDisable = settings.failuresBeforeDisable();
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(0, MAX_THREADS, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "openmom-reflex-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Runs {@code call} for {@code reflex}. Returns its result, or empty when it threw, overran
     * the budget or could not start: the caller then applies the failure policy.
     */
    <T> Optional<T> run(DeclaredReflex reflex, String what, Callable<T> call) {
        ClassLoader loader = reflex.instance().getClass().getClassLoader();
        RunningCall running = new RunningCall();
        Future<T> future;
        try {
            future = pool.submit(() -> {
                Thread thread = Thread.currentThread();
                ClassLoader previous = thread.getContextClassLoader();
                thread.setContextClassLoader(loader);
                running.started(thread);
                try {
                    return call.call();
                } finally {
                    running.ended();
                    thread.setContextClassLoader(previous);
                }
            });
        } catch (RejectedExecutionException e) {
            failed(reflex, what, "could not start: every reflex thread is busy with reflexes that overran their budget", null);
            return Optional.empty();
        }
        try {
            T result = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            reflex.succeeded();
            return Optional.ofNullable(result);
        } catch (TimeoutException e) {
            future.cancel(true);
            stopLater(running, reflex.label());
            failed(reflex, what, "ran past its time budget of " + budget.toMillis() + " ms", null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            failed(reflex, what, "threw " + cause.getClass().getName() + ": " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            failed(reflex, what, "was abandoned: the server thread waiting for it was interrupted", null);
        }
        return Optional.empty();
    }

    private void failed(DeclaredReflex reflex, String what, String failure, Throwable cause) {
        int inARow = reflex.failed();
        if (cause != null) {
            logging.execute(() -> LOG.warn("{} {} on {}", reflex.label(), failure, what, cause));
        } else {
            logging.execute(() -> LOG.warn("{} {} on {}", reflex.label(), failure, what));
        }
        if (inARow >= failuresBeforeDisable && reflex.isEnabled()) {
            reflex.setEnabled(false, "disabled after " + inARow + " failures in a row; last: " + failure);
            logging.execute(() -> LOG.error("{} disabled after {} failures in a row; enable it again once fixed", reflex.label(), inARow));
        }
    }

    private void stopLater(RunningCall running, String reflex) {
        try {
            reaper.schedule(() -> running.stopIfRunning(reflex), INTERRUPT_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            // the server is stopping: its threads end with it
        }
    }

    /**
     * The pool thread running one call, while it runs: the thread goes back to the pool after, and
     * must not be stopped then in the middle of another reflex's call.
     */
    private static final class RunningCall {
        private Thread thread;

        synchronized void started(Thread current) {
            thread = current;
        }

        synchronized void ended() {
            thread = null;
        }

        synchronized void stopIfRunning(String reflex) {
            if (thread != null) {
                RunawayThreads.stop(thread, reflex);
            }
        }
    }

    @Override
    public void close() {
        reaper.shutdownNow();
        pool.shutdownNow();
    }
}
