package org.openmom.app.common.task;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The one way the desktop programs run disk and network work: off the FX application thread,
 * with the result (or the failure) handed back on it. {@link #busyProperty()} is true while any
 * work runs, for progress indicators.
 *
 * <p>Both threads are executors given to the constructor, so a view model runs without a
 * window in a test: {@link #inCallingThread()} does the work at once in the caller, and a test
 * that talks to a real server can hand results to a thread of its own.
 */
public final class BackgroundWork implements AutoCloseable {
    private final Executor worker;
    private final Executor fxThread;
    private final Runnable onClose;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /**
     * @param worker   runs the work (and starts asynchronous requests)
     * @param fxThread runs what the work's results change: the thread the view model lives on
     */
    public BackgroundWork(Executor worker, Executor fxThread) {
        this(worker, fxThread, () -> { });
    }

    private BackgroundWork(Executor worker, Executor fxThread, Runnable onClose) {
        this.worker = worker;
        this.fxThread = fxThread;
        this.onClose = onClose;
        busy.bind(running.greaterThan(0));
    }

    /** What the programs use: work on a pool of daemon threads, results on the FX application thread. */
    public static BackgroundWork forJavaFx() {
        ExecutorService pool = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "openmom-background");
            thread.setDaemon(true);
            return thread;
        });
        return new BackgroundWork(pool, Platform::runLater, pool::shutdownNow);
    }

    /**
     * Work and its result in the thread that asks for it, before {@link #run} returns: for tests
     * of view models whose work is blocking (files, a blocking probe). The results of asynchronous
     * requests arrive in the thread that completes them.
     */
    public static BackgroundWork inCallingThread() {
        return new BackgroundWork(Runnable::run, Runnable::run);
    }

    /** Runs {@code work} in the background; {@code onSuccess} or {@code onFailure} run on the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        follow(() -> CompletableFuture.completedFuture(work.call()), onSuccess, onFailure);
    }

    /**
     * Follows work that is already asynchronous (a network request returning a future):
     * {@code start} runs in the background, so even opening the request never blocks the FX
     * thread, and {@code onSuccess} or {@code onFailure} run on the FX thread.
     */
    public <T> void follow(Callable<? extends CompletableFuture<T>> start, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        running.set(running.get() + 1);
        CompletableFuture.supplyAsync(() -> {
            try {
                return start.call();
            } catch (Exception e) {
                throw new WorkFailedException(e);
            }
        }, worker).thenCompose(future -> future).whenCompleteAsync((result, error) -> {
            running.set(running.get() - 1);
            if (error == null) {
                onSuccess.accept(result);
            } else {
                onFailure.accept(unwrap(error));
            }
        }, fxThread);
    }

    /** Hands {@code event} from another thread (a connection's I/O thread) to the FX thread. */
    public void onFxThread(Runnable event) {
        fxThread.execute(event);
    }

    /**
     * Runs {@code action} on the FX thread once {@code delay} has passed, unless the returned
     * handle is cancelled first (on the FX thread).
     */
    public Cancellable after(Duration delay, Runnable action) {
        AtomicBoolean cancelled = new AtomicBoolean();
        CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS, fxThread).execute(() -> {
            if (!cancelled.get()) {
                action.run();
            }
        });
        return () -> cancelled.set(true);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof WorkFailedException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    /** Stops the threads this object made (none when they were given to it). */
    @Override
    public void close() {
        onClose.run();
    }

    /** Something scheduled that has not happened yet. */
    @FunctionalInterface
    public interface Cancellable {
        void cancel();
    }

    private static final class WorkFailedException extends RuntimeException {
        WorkFailedException(Exception cause) {
            super(cause);
        }
    }
}
