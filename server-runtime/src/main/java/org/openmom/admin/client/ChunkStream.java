package org.openmom.admin.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import org.openmom.admin.AdminException;
import org.openmom.admin.Progress;
import org.openmom.admin.Running;

/**
 * A streaming answer as its caller holds it: the ADMIN_CHUNK parts of one stream go to the
 * caller's listener until the last one completes {@link #finished}; closing cancels it.
 *
 * @param <P> what a part carries (hits, messages)
 * @param <T> how the stream ends
 */
final class ChunkStream<P, T> implements Running<T> {
    /** One ADMIN_CHUNK read: its items, and in the last one the end or the error. */
    record Part<P, T>(List<P> items, Progress progress, T end, String error) {}

    private final CompletableFuture<T> finished = new CompletableFuture<>();
    private final Consumer<List<P>> listener;
    private final Function<byte[], Part<P, T>> reader;
    private final String server;
    private volatile Runnable cancel = () -> {};
    private volatile boolean closed;
    private volatile Progress progress = Progress.NONE;

    ChunkStream(Consumer<List<P>> listener, Function<byte[], Part<P, T>> reader, String server) {
        this.listener = listener;
        this.reader = reader;
        this.server = server;
    }

    /** The server started the stream: {@code cancel} tells it to stop. */
    void started(Runnable cancelOnServer) {
        this.cancel = cancelOnServer;
        if (closed) {
            cancelOnServer.run();
        }
    }

    /** The request was refused or failed before the stream started. */
    void failed(Throwable error) {
        finished.completeExceptionally(error);
    }

    /** One ADMIN_CHUNK body, on the event loop; null: the connection is gone. */
    void received(byte[] body) {
        if (finished.isDone()) {
            return;
        }
        if (body == null) {
            finished.completeExceptionally(new AdminException(server + ": connection lost before the end of the answer"));
            return;
        }
        Part<P, T> part;
        try {
            part = reader.apply(body);
        } catch (RuntimeException e) {
            finished.completeExceptionally(new AdminException(server + ": " + e.getMessage(), e));
            return;
        }
        if (part.progress() != null) {
            progress = part.progress();
        }
        if (!closed && part.items() != null && !part.items().isEmpty()) {
            try {
                listener.accept(part.items());
            } catch (RuntimeException e) { // e.g. the file of an export cannot be written: the stream ends
                finished.completeExceptionally(new AdminException(server + ": " + e.getMessage(), e));
                cancel.run();
                return;
            }
        }
        if (part.error() != null) {
            finished.completeExceptionally(new AdminException(server + ": " + part.error()));
        } else if (part.end() != null) {
            finished.complete(part.end());
        }
    }

    @Override
    public Progress progress() {
        return progress;
    }

    boolean isOver() {
        return finished.isDone();
    }

    @Override
    public CompletableFuture<T> finished() {
        return finished;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (!finished.isDone()) {
            cancel.run();
            finished.completeExceptionally(new AdminException(server + ": cancelled"));
        }
    }
}
