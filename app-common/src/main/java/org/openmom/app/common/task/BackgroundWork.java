package org.openmom.app.common.task;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The one way the desktop programs run disk and network work: off the FX application thread,
 * with the result (or the failure) handed back on it. {@link #busyProperty()} is true while any
 * work runs, for progress indicators.
 */
public final class BackgroundWork implements AutoCloseable {
    private final Executor worker;
    private final Executor fxThread;
    private final ExecutorService ownedPool;
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** Work on a small pool of daemon threads, results on the FX application thread. */
    public BackgroundWork() {
        this(Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "openmom-background");
            thread.setDaemon(true);
            return thread;
        }), Platform::runLater);
    }

    private BackgroundWork(ExecutorService pool, Executor fxThread) {
        this.worker = pool;
        this.ownedPool = pool;
        this.fxThread = fxThread;
        busy.bind(running.greaterThan(0));
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

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof java.util.concurrent.CompletionException || cause instanceof WorkFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Override
    public void close() {
        ownedPool.shutdownNow();
    }

    private static final class WorkFailedException extends RuntimeException {
        WorkFailedException(Exception cause) {
            super(cause);
        }
    }
}
