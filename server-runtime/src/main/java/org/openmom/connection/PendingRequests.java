package org.openmom.connection;

import io.netty.channel.EventLoop;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;

/**
 * The requests of one connection waiting for their answer, by {@code req}: numbered here,
 * completed when the answer is read, failed at their deadline or when the connection ends.
 */
final class PendingRequests {
    /** How often waiting requests are checked for their deadline: the lateness of a timeout at most. */
    static final long SWEEP_MILLIS = 100;

    private final String place;
    private final EventLoop loop;
    private final Map<Long, Pending> waiting = new ConcurrentHashMap<>();
    private final AtomicLong lastReq = new AtomicLong();
    private final AtomicBoolean sweepScheduled = new AtomicBoolean();
    /** Set once the connection ended: a request added after {@link #failAll} fails at once. */
    private volatile ConnectionException ended;

    private record Pending(CompletableFuture<Frame> answer, FrameType asked, long timeoutMillis, long deadlineNanos) {}

    PendingRequests(String place, EventLoop loop) {
        this.place = place;
        this.loop = loop;
    }

    /** Registers a request of type {@code asked} and returns its fresh {@code req}, or 0 when the connection has ended. */
    long add(FrameType asked, CompletableFuture<Frame> answer, Duration timeout) {
        long req = lastReq.incrementAndGet();
        long millis = timeout.toMillis();
        waiting.put(req, new Pending(answer, asked, millis, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis)));
        ConnectionException gone = ended;
        if (gone != null) {
            // failAll ran before the put: nobody else will fail this one
            if (waiting.remove(req) != null) {
                answer.completeExceptionally(gone);
            }
            return 0;
        }
        scheduleSweep();
        return req;
    }

    /** Completes request {@code req}; false when it is not waiting (already timed out, or never asked). */
    boolean answer(long req, Frame frame) {
        Pending pending = waiting.remove(req);
        if (pending == null) {
            return false;
        }
        pending.answer().complete(frame);
        return true;
    }

    /** Fails request {@code req} with the server's refusal; false when it is not waiting. */
    boolean refuse(long req, String reason) {
        Pending pending = waiting.remove(req);
        if (pending == null) {
            return false;
        }
        pending.answer().completeExceptionally(new ConnectionException(ConnectionException.Kind.REFUSED, place + ": " + reason));
        return true;
    }

    /** Fails every waiting request, and every later one, with {@code reason}. */
    void failAll(ConnectionException reason) {
        ended = reason;
        for (Long req : waiting.keySet()) {
            Pending pending = waiting.remove(req);
            if (pending != null) {
                pending.answer().completeExceptionally(reason);
            }
        }
    }

    /**
     * Deadlines are checked by one sweep every {@value #SWEEP_MILLIS} ms on the event loop while
     * requests wait, not by a timer per request: a timer per request woke a timer thread on
     * every call, one more thread on the round trip's path.
     */
    private void scheduleSweep() {
        if (sweepScheduled.compareAndSet(false, true)) {
            try {
                loop.schedule(this::sweep, SWEEP_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                sweepScheduled.set(false);
                failAll(new ConnectionException(ConnectionException.Kind.LOST, place + ": not connected (the client is closed)"));
            }
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        waiting.values().removeIf(pending -> {
            if (now - pending.deadlineNanos() < 0) {
                return false;
            }
            pending.answer().completeExceptionally(new RequestTimeoutException(place + ": no answer to " + pending.asked()
                    + " within " + pending.timeoutMillis() + " ms"));
            return true;
        });
        // cleared before looking again: a request added meanwhile either sees the flag clear or is seen here
        sweepScheduled.set(false);
        if (!waiting.isEmpty()) {
            scheduleSweep();
        }
    }
}
