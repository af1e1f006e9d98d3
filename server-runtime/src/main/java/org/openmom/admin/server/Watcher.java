package org.openmom.admin.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.WatchRequest;

/**
 * One watch of one administration connection: a bounded queue filled by the broker (under its
 * lock, never waiting) and drained on the connection's thread in batches while the connection
 * is writable. The queue takes no lock, so the broker never waits for a drain in progress. When the queue is full the watcher drops what it holds and sends one
 * RESYNC_NEEDED instead: a slow administrator never slows the broker.
 */
final class Watcher {
    static final int CAPACITY = 10_000;
    private static final int BATCH = 256;

    private final long id;
    private final WatchRequest request;
    private final WatchPeer peer;
    private final Queue<ChangeEvent> queue = new ConcurrentLinkedQueue<>();
    /** The events in {@link #queue}, which bounds it: reserved before an offer, released after a poll. */
    private final AtomicInteger queued = new AtomicInteger();
    private final AtomicBoolean overflowed = new AtomicBoolean();
    private final AtomicBoolean drainScheduled = new AtomicBoolean();
    private final Runnable drain = this::drain;
    private volatile boolean closed;
    /** Touched by the drain only (the connection's thread). */
    private long sequence;

    Watcher(long id, WatchRequest request, WatchPeer peer) {
        this.id = id;
        this.request = request;
        this.peer = peer;
    }

    long id() {
        return id;
    }

    WatchPeer peer() {
        return peer;
    }

    boolean wantsMessages() {
        return request.messages();
    }

    boolean wantsLog() {
        return request.log();
    }

    /** Any thread, never blocks. */
    void offer(ChangeEvent event) {
        if (closed) {
            return;
        }
        if (queued.incrementAndGet() > CAPACITY) {
            queued.decrementAndGet();
            overflowed.set(true);
        } else {
            queue.offer(event);
        }
        schedule();
    }

    /** The connection can take frames again. */
    void schedule() {
        if (!closed && drainScheduled.compareAndSet(false, true)) {
            peer.executor().execute(drain);
        }
    }

    /** On the connection's thread, like the drain. */
    void close() {
        closed = true;
        clear();
    }

    private ChangeEvent poll() {
        ChangeEvent next = queue.poll();
        if (next != null) {
            queued.decrementAndGet();
        }
        return next;
    }

    private void clear() {
        while (poll() != null) {
            // dropped
        }
    }

    private void drain() {
        drainScheduled.set(false);
        while (!closed && peer.isWritable()) {
            List<ChangeEvent> batch = new ArrayList<>(Math.min(BATCH, queued.get() + 1));
            if (overflowed.getAndSet(false)) {
                clear();
                batch.add(new ChangeEvent(ChangeKind.RESYNC_NEEDED, 0, System.currentTimeMillis(), 0, null, 0, null, null,
                        -1, null, "more than " + CAPACITY + " events waited for this watcher: take a new snapshot"));
            }
            ChangeEvent next;
            while (batch.size() < BATCH && (next = poll()) != null) {
                batch.add(next);
            }
            if (batch.isEmpty()) {
                return;
            }
            List<ChangeEvent> numbered = new ArrayList<>(batch.size());
            for (ChangeEvent event : batch) {
                numbered.add(event.withSequence(++sequence));
            }
            peer.sendEvents(id, numbered);
        }
        // not writable: what is queued waits for schedule() from the connection, or overflows
    }
}
