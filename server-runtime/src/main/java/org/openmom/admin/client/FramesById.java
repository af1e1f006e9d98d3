package org.openmom.admin.client;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Frames the server sends unasked for something it started on request (a watch's events, a
 * stream's parts), routed by its id to the listener attached for it. What comes before the
 * listener is attached waits for it: the answer naming the id may complete its future on the
 * caller's thread (a caller that attaches after the answer arrived), while the event loop
 * already reads the frames that follow it. What comes after it was detached is dropped (the
 * last frames of something closed, on the way). Thread-safe; listeners run under its lock, in order.
 *
 * @param <T> what a frame carries
 */
final class FramesById<T> {
    private final Map<Long, Consumer<T>> listeners = new HashMap<>();
    private final Map<Long, List<T>> early = new HashMap<>();
    private final Set<Long> detached = new HashSet<>();

    /** {@code listener} gets what came for {@code id} so far, then what comes. */
    synchronized void attach(long id, Consumer<T> listener) {
        listeners.put(id, listener);
        List<T> waiting = early.remove(id);
        if (waiting != null) {
            waiting.forEach(listener);
        }
    }

    synchronized void detach(long id) {
        listeners.remove(id);
        early.remove(id);
        detached.add(id);
    }

    synchronized void deliver(long id, T item) {
        Consumer<T> listener = listeners.get(id);
        if (listener != null) {
            listener.accept(item);
        } else if (!detached.contains(id)) {
            early.computeIfAbsent(id, key -> new ArrayList<>()).add(item);
        }
    }

    /** The connection is gone: with {@code tell}, every listener gets null (its end); all is forgotten. */
    synchronized void closed(boolean tell) {
        if (tell) {
            new ArrayList<>(listeners.values()).forEach(listener -> listener.accept(null));
        }
        listeners.clear();
        early.clear();
    }
}
