package org.openmom.torture;

import java.util.concurrent.TimeUnit;
import org.openmom.admin.ServerCounters;

/**
 * Samples a server every 100 ms while a scenario loads it: the bytes of messages it holds (its
 * administration snapshot's {@code heldBytes}) and its process's resident memory; keeps the peaks.
 */
final class MemoryWatch {
    private final ServerChild server;
    private volatile boolean stopping;
    private volatile long peakHeld;
    private volatile long peakResident;
    private volatile long samples;
    private volatile String failure;
    private Thread thread;

    MemoryWatch(ServerChild server) {
        this.server = server;
    }

    MemoryWatch start() {
        thread = new Thread(this::watch, "memory-watch");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private void watch() {
        try {
            while (!stopping && server.isAlive()) {
                ServerCounters counters = server.snapshot().counters();
                peakHeld = Math.max(peakHeld, counters.heldBytes());
                peakResident = Math.max(peakResident, server.residentBytes());
                samples++;
                Thread.sleep(100); // the sampling interval
            }
        } catch (Exception e) {
            failure = e.toString();
        }
    }

    void stop() throws InterruptedException {
        stopping = true;
        thread.join(TimeUnit.SECONDS.toMillis(120));
    }

    long peakHeld() {
        return peakHeld;
    }

    long peakResident() {
        return peakResident;
    }

    long samples() {
        return samples;
    }

    String failure() {
        return failure;
    }
}
