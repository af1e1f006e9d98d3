package org.openmom.transport;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work one event loop gives to others, gathered while it runs and handed over once per target
 * loop when it is done with what it read. A broker spreading the messages of one socket read over
 * many connections (anycast to many instances, fan-out) drains the connections of another event
 * loop: one task and at most one wake-up of that loop per read instead of one task per message
 * (each a queue insertion, and a wake-up whenever the loop went back to sleep between two
 * messages). The hand-over runs as a task of the giving loop, after the reads of its pass: no
 * frame waits for a later read or a timer, so one request at a time is not slowed.
 *
 * <p>One per event loop thread; only that thread touches it.
 */
final class LoopHandOffs {
    private static final FastThreadLocal<LoopHandOffs> OF_THIS_LOOP = new FastThreadLocal<>() {
        @Override
        protected LoopHandOffs initialValue() {
            return new LoopHandOffs();
        }
    };

    /** The work for each other loop since the last hand-over, in the order given. */
    private Map<EventExecutor, List<Runnable>> gathered = new IdentityHashMap<>();
    private final Runnable handOver = this::handOver;

    private LoopHandOffs() {}

    /**
     * Runs {@code work} on {@code target} soon: at once through its queue when the caller is not an
     * event loop, else once the caller's loop is done with its current pass. Returns false, doing
     * nothing, when the caller is {@code target} itself.
     */
    static boolean give(EventExecutor target, Runnable work) {
        EventExecutor here = ThreadExecutorMap.currentExecutor();
        if (here == target) {
            return false;
        }
        if (here == null) {
            target.execute(work);
            return true;
        }
        OF_THIS_LOOP.get().gather(here, target, work);
        return true;
    }

    private void gather(EventExecutor here, EventExecutor target, Runnable work) {
        if (gathered.isEmpty()) {
            try {
                here.execute(handOver); // our own queue: runs after this pass's reads, no wake-up needed
            } catch (RejectedExecutionException stopping) {
                target.execute(work);
                return;
            }
        }
        gathered.computeIfAbsent(target, loop -> new ArrayList<>()).add(work);
    }

    private void handOver() {
        Map<EventExecutor, List<Runnable>> handed = gathered;
        gathered = new IdentityHashMap<>();
        for (Map.Entry<EventExecutor, List<Runnable>> entry : handed.entrySet()) {
            List<Runnable> work = entry.getValue();
            try {
                entry.getKey().execute(() -> work.forEach(Runnable::run));
            } catch (RejectedExecutionException shuttingDown) {
                // the target loop is stopping with its server: its connections are closing too
            }
        }
    }
}
