package org.openmom.torture;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The participants of a stress scenario, each repeating its cycle on a thread of its own until
 * stopped. A cycle that throws ends only its own thread; the first such failure is kept for the
 * report (a stressed server may refuse or drop a client, but a participant must not die of it
 * unnoticed).
 */
final class StressThreads {
    /** One round of what a participant does (register, post, leave; or watch, delete, …). */
    interface Cycle {
        void run() throws Exception;
    }

    private final List<Thread> threads = new ArrayList<>();
    private final AtomicReference<String> failure = new AtomicReference<>();
    private volatile boolean stopping;

    void start(String name, Cycle cycle) {
        Thread thread = new Thread(() -> {
            try {
                while (!stopping) {
                    cycle.run();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                failure.compareAndSet(null, name + ": " + e);
            }
        }, name);
        thread.setDaemon(true); // a hung participant must not keep the suite's JVM alive
        threads.add(thread);
        thread.start();
    }

    boolean stopping() {
        return stopping;
    }

    /** Asks every participant to finish its cycle and waits up to {@code limit}; returns those still running. */
    List<String> stop(Duration limit) throws InterruptedException {
        stopping = true;
        long deadline = System.nanoTime() + limit.toNanos();
        List<String> hung = new ArrayList<>();
        for (Thread thread : threads) {
            thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            if (thread.isAlive()) {
                hung.add(thread.getName());
            }
        }
        return hung;
    }

    /** The first cycle that threw, or null. */
    String failure() {
        return failure.get();
    }
}
