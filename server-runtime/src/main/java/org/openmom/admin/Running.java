package org.openmom.admin;

import java.util.concurrent.CompletableFuture;

/**
 * A streaming request running on the server (a search, an export): its parts reach the
 * caller's listener as they come, each saying how far the server is ({@link #progress}), {@link #finished} completes with the final count once the
 * last part is in, and {@link #close} cancels it (the server stops at its next message).
 *
 * @param <T> what the request says when it is over
 */
public interface Running<T> extends AutoCloseable {
    /**
     * Completes after the last part was given to the listener; fails with {@link AdminException}
     * when the server refused or stopped the request, or the connection was lost.
     */
    CompletableFuture<T> finished();

    /** How far the server is, as its last part said ({@link Progress#NONE} before the first); any thread. */
    default Progress progress() {
        return Progress.NONE;
    }

    /** Cancels the request: no part reaches the listener after this returns. Idempotent. */
    @Override
    void close();
}
