package org.openmom.transport;

import io.netty.channel.SingleThreadEventLoop;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.FastThreadLocal;
import io.netty.util.internal.ThreadExecutorMap;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.concurrent.RejectedExecutionException;

/**
 * Work an event loop does for itself once it is done with the current iteration: after the frames
 * it read, the locks their handling took and the tasks queued meanwhile (other loops' hand-offs
 * among them, {@link LoopHandOffs}) — the last thing before it looks at its sockets again. The
 * same work asked for many times in one iteration runs once.
 *
 * <p>Used to let the loop that read a persistent message commit the journal group itself when
 * nothing else is waiting for it (see {@code JournalWriter}).
 */
public final class AfterLoopIteration {
    private static final FastThreadLocal<Set<Runnable>> ASKED_THIS_ITERATION = new FastThreadLocal<>() {
        @Override
        protected Set<Runnable> initialValue() {
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
    };

    private AfterLoopIteration() {}

    /**
     * Runs {@code work} on the calling event loop after its current iteration, once however often it
     * is asked for until then. Returns false, doing nothing, when the caller is not an event loop
     * (or its loop is shutting down).
     */
    public static boolean run(Runnable work) {
        EventExecutor here = ThreadExecutorMap.currentExecutor();
        if (!(here instanceof SingleThreadEventLoop loop)) {
            return false;
        }
        Set<Runnable> asked = ASKED_THIS_ITERATION.get();
        if (!asked.add(work)) {
            return true;
        }
        try {
            loop.executeAfterEventLoopIteration(() -> {
                asked.remove(work);
                work.run();
            });
            return true;
        } catch (RejectedExecutionException shuttingDown) {
            asked.remove(work);
            return false;
        }
    }
}
