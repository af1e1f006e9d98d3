package org.openmom.client;

import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openmom.connection.ClientConnection;

/**
 * One client's dispatch in callback mode: its batches of deliveries handled one at a time, in the
 * order they were read, on a thread of an executor that may serve many clients (see
 * {@link ClientThreads}). The work goes in turns: a batch arriving at an idle dispatch starts a
 * turn on the executor; a turn handles what waits (up to {@value #BATCHES_PER_TURN} batches, so
 * a busy client lets the others of a shared pool have their turn) and ends. At most one turn runs
 * at a time, so the client's handler is never entered twice at once, and an idle client holds no
 * thread.
 */
final class Dispatch implements Runnable {
    private static final int BATCHES_PER_TURN = 16;
    /** Whether the current thread runs a turn (of any client): a client closed from its own listener must not wait for it. */
    private static final ThreadLocal<Boolean> IN_TURN = ThreadLocal.withInitial(() -> false);

    /** The DELIVERs of one socket read. */
    record Batch(ClientConnection session, List<ReceivedMessage> messages) {}

    /** What the client does with its batches, in turns. */
    interface Handler {
        /**
         * Handles {@code batch}'s messages from index {@code from} on; returns the index of the
         * first one it could not handle yet (the size when it handled all).
         */
        int handle(Batch batch, int from);

        /** Whether a batch it stopped in can go on now (its listener came). */
        boolean canResume();
    }

    private final Executor executor;
    private final Handler handler;
    private final Queue<Batch> inbox = new ConcurrentLinkedQueue<>();
    /** Set while a turn is on the executor's queue or running. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean started;
    private volatile boolean stopped;
    /** Where the handler stopped (turns only; turns never overlap, and the scheduled flag orders them). */
    private Batch current;
    private int next;
    /** Whether the last turn ended in {@link #current} because the handler could not go on. */
    private volatile boolean stalled;
    /** The thread of the turn under way, to interrupt on stop (guarded by this). */
    private Thread running;

    Dispatch(Executor executor, Handler handler) {
        this.executor = executor;
        this.handler = handler;
    }

    static boolean inTurn() {
        return IN_TURN.get();
    }

    /** The batches queued until now and from now on are handled (the client has a handler). */
    void start() {
        started = true;
        schedule();
    }

    /** A socket read's deliveries (network thread). */
    void add(Batch batch) {
        inbox.add(batch);
        schedule();
    }

    /** The handler may go on where it stopped. */
    void wake() {
        schedule();
    }

    /**
     * No turn starts any more; a turn under way ends after its batch, and its thread is interrupted
     * (a listener blocked in a wait ends) unless the caller is that turn itself.
     */
    void stop() {
        stopped = true;
        synchronized (this) {
            if (running != null && running != Thread.currentThread()) {
                running.interrupt();
            }
        }
    }

    private void schedule() {
        if (!started || stopped || !scheduled.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(this);
        } catch (RejectedExecutionException closing) {
            scheduled.set(false); // the client is closing: what is left returns to the server unacknowledged
        }
    }

    /** One turn. */
    @Override
    public void run() {
        synchronized (this) {
            running = Thread.currentThread();
        }
        IN_TURN.set(true);
        try {
            handleSome();
        } finally {
            IN_TURN.set(false);
            synchronized (this) {
                running = null;
                if (stopped) {
                    Thread.interrupted(); // an interrupt of stop() meant for this turn, not for the thread's next work
                }
            }
            scheduled.set(false);
            // re-checked after the flag is down: whatever came meanwhile found the flag up and left it to us
            if (stalled ? handler.canResume() : !inbox.isEmpty()) {
                schedule();
            }
        }
    }

    private void handleSome() {
        stalled = false;
        for (int batches = 0; batches < BATCHES_PER_TURN && !stopped; batches++) {
            if (current == null) {
                current = inbox.poll();
                next = 0;
                if (current == null) {
                    return;
                }
            }
            next = handler.handle(current, next);
            if (next < current.messages().size()) {
                stalled = true;
                return;
            }
            current = null;
        }
    }
}
