package org.openmom.torture;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Notices a hang: every participant reports each operation it completes; when none completes for
 * {@code stallLimit}, the watchdog dumps every thread of the server child and of this JVM to a
 * file once and records the stall, so the scenario fails with the dumps instead of hanging.
 */
final class Watchdog implements AutoCloseable {
    private final long serverPid;
    private final Duration stallLimit;
    private final Path dumpFile;
    private final AtomicLong lastProgress = new AtomicLong(System.nanoTime());
    private final AtomicLong operations = new AtomicLong();
    private final AtomicReference<String> stall = new AtomicReference<>();
    private final Thread thread;
    private volatile boolean closed;

    /** Watches the operations on the server whose process is {@code serverPid}. */
    Watchdog(long serverPid, Duration stallLimit, Path dumpFile) {
        this.serverPid = serverPid;
        this.stallLimit = stallLimit;
        this.dumpFile = dumpFile;
        this.thread = new Thread(this::watch, "watchdog");
        thread.setDaemon(true);
    }

    Watchdog start() {
        thread.start();
        return this;
    }

    /** An operation completed (a post confirmed, a message delivered, an administrator's answer, …). */
    void progress() {
        operations.incrementAndGet();
        lastProgress.set(System.nanoTime());
    }

    long operations() {
        return operations.get();
    }

    /** What the stall was and where its thread dumps are, or null while things move. */
    String stall() {
        return stall.get();
    }

    private void watch() {
        while (!closed && stall.get() == null) {
            long quiet = System.nanoTime() - lastProgress.get();
            if (quiet > stallLimit.toNanos()) {
                stall.set(dumpNow("no operation completed for " + Duration.ofNanos(quiet).toSeconds() + " s"));
                return;
            }
            try {
                Thread.sleep(200); // sampling interval of the progress clock, not an ordering
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Dumps every thread of both JVMs now, for a hang noticed elsewhere (a wait that gave up); returns {@code what} and where the dumps are. */
    String dumpNow(String what) {
        try {
            boolean serverAlive = ProcessHandle.of(serverPid).map(ProcessHandle::isAlive).orElse(false);
            String serverDump = serverAlive ? ThreadDumps.of(serverPid) : "(the server process " + serverPid + " is gone)";
            String ownDump = ThreadDumps.ofThisJvm();
            ThreadDumps.write(dumpFile, serverDump, ownDump);
            return what + (ThreadDumps.showsDeadlock(serverDump) ? "; the server reports a Java-level deadlock" : "")
                    + (ThreadDumps.showsDeadlock(ownDump) ? "; the torture JVM reports a Java-level deadlock" : "")
                    + "; every thread of both JVMs in " + dumpFile;
        } catch (Exception e) {
            return what + "; the thread dumps failed: " + e;
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
    }
}
