package org.openmom.client;

import io.netty.channel.EventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Future;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.openmom.model.ServiceUser;
import org.openmom.transport.NettyTransport;

/**
 * The threads a client works on: network event loops for its connections, and an executor for
 * its dispatch (its listener and call handler, see {@link Dispatch}).
 *
 * <p>By default the clients of a JVM share one set: as many event loops as processors, and a
 * {@link DispatchPool}. A thousand services in one JVM (a test rig, a bench, a farm of workers)
 * then run on a handful of threads instead of two thousand that the machine's cores take turns
 * at. The set is made by the first client and stopped when the last one closes, reference-counted
 * rather than left to daemon threads: a program that closes its clients, or a test that counts its
 * threads, finds none left, and a JVM that opens clients again gets a new set. It is the one
 * process-wide object of the client library, as a JVM's network threads are meant to be shared
 * (Artemis's client keeps global pools the same way).
 *
 * <p>{@link ClientOptions#ownThreads()} gives a client one event loop and one dispatch thread of
 * its own, as every client had before the set was shared.
 */
final class ClientThreads {
    private static final Object SHARED_LOCK = new Object();
    /** The set the open clients share, or null when none is open (guarded by SHARED_LOCK). */
    private static Set shared;

    private final Set set;
    private final boolean ownSet;
    private final AtomicBoolean released = new AtomicBoolean();

    /** Event loops and a dispatch executor, started and stopped together. */
    private static final class Set {
        final EventLoopGroup network;
        final Executor dispatch;
        final Runnable stopDispatch;
        /** The clients using it, while shared (guarded by SHARED_LOCK). */
        int users;

        Set(EventLoopGroup network, Executor dispatch, Runnable stopDispatch) {
            this.network = network;
            this.dispatch = dispatch;
            this.stopDispatch = stopDispatch;
        }

        /** Returns once the threads ended, unless called on one of the event loops (a connection listener closing its client). */
        void stop() {
            stopDispatch.run();
            Future<?> ended = network.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            boolean onOneOfThem = false;
            for (EventExecutor loop : network) {
                onOneOfThem |= loop.inEventLoop();
            }
            if (!onOneOfThem) {
                ended.awaitUninterruptibly(2, TimeUnit.SECONDS);
            }
        }
    }

    private ClientThreads(Set set, boolean ownSet) {
        this.set = set;
        this.ownSet = ownSet;
    }

    /** The JVM's shared set, made when no client holds it; {@link #release()} it once. */
    static ClientThreads shared() {
        synchronized (SHARED_LOCK) {
            if (shared == null) {
                int processors = Runtime.getRuntime().availableProcessors();
                EventLoopGroup network = NettyTransport.newGroup(processors, "openmom-client");
                DispatchPool pool = new DispatchPool(processors, network.next());
                shared = new Set(network, pool, pool::stop);
            }
            shared.users++;
            return new ClientThreads(shared, false);
        }
    }

    /** A set for {@code who} alone: one event loop, one dispatch thread. */
    static ClientThreads own(ServiceUser who) {
        ExecutorService dispatch = Executors.newSingleThreadExecutor(new DefaultThreadFactory("openmom-dispatch-" + who, true));
        return new ClientThreads(new Set(NettyTransport.newGroup(1, "openmom-client"), dispatch, () -> DispatchPool.stop(dispatch)), true);
    }

    EventLoopGroup network() {
        return set.network;
    }

    Executor dispatch() {
        return set.dispatch;
    }

    /**
     * The client is done with its threads: its own stop; the shared ones stop when it was their
     * last user. Returns once they are stopped. A second release does nothing.
     */
    void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        if (ownSet) {
            set.stop();
            return;
        }
        synchronized (SHARED_LOCK) {
            if (--set.users > 0) {
                return;
            }
            shared = null; // a client connecting from now on makes a new set
        }
        set.stop();
    }
}
