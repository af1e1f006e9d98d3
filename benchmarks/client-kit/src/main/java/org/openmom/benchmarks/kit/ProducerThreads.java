package org.openmom.benchmarks.kit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Producers sending at the same time, one thread each, sharing a count of messages evenly. */
public final class ProducerThreads {
    /** Producer {@code index} sends one message; called {@code share} times on its own thread. */
    @FunctionalInterface
    public interface Send {
        void send(int index) throws Exception;
    }

    private ProducerThreads() {}

    /** Runs {@code producers} threads until all {@code count} messages are sent; the first failure fails the workload. */
    public static void run(int producers, int count, Send send) throws InterruptedException {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        for (int p = 0; p < producers; p++) {
            int index = p;
            int share = count / producers + (p < count % producers ? 1 : 0);
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < share; i++) {
                        send.send(index);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }, "producer-" + p);
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw new WorkloadFailure("a producer failed: " + failures.get(0), failures.get(0));
        }
    }
}
