package org.openmom.torture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** R8's watchdog and thread dumps, on this JVM standing in for the server. */
@Timeout(120)
class WatchdogTest {
    private static final long THIS_JVM = ProcessHandle.current().pid();

    @TempDir
    Path dir;

    @Test
    void withoutProgressItDumpsEveryThreadOnceAndSaysWhere() throws Exception {
        Path dumps = dir.resolve("dumps.txt");
        try (Watchdog watchdog = new Watchdog(THIS_JVM, Duration.ofMillis(300), dumps).start()) {
            Waits.until("the watchdog to notice the stall", Duration.ofSeconds(60), () -> watchdog.stall() != null);
            assertThat(watchdog.stall()).startsWith("no operation completed for").endsWith("every thread of both JVMs in " + dumps);
        }
        assertThat(Files.readString(dumps)).contains("==== server child ====", "==== torture JVM", "Full thread dump", "\"watchdog\"");
    }

    @Test
    void progressKeepsItQuiet() throws Exception {
        try (Watchdog watchdog = new Watchdog(THIS_JVM, Duration.ofSeconds(1), dir.resolve("dumps.txt")).start()) {
            for (int i = 0; i < 25; i++) {
                watchdog.progress();
                Thread.sleep(100); // operations completing, ten a second
            }
            assertThat(watchdog.stall()).isNull();
            assertThat(watchdog.operations()).isEqualTo(25);
        }
        assertThat(dir.resolve("dumps.txt")).doesNotExist();
    }

    @Test
    void aDeadlockShowsInTheDump() throws Exception {
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHold = new CountDownLatch(2);
        // interruptible locks, so the deadlock can be broken after the dump and leaves no stuck threads behind
        Thread a = locking(first, second, bothHold);
        Thread b = locking(second, first, bothHold);
        try {
            Waits.until("both threads to wait for the other's lock", Duration.ofSeconds(30),
                    () -> first.hasQueuedThreads() && second.hasQueuedThreads());
            assertThat(ThreadDumps.showsDeadlock(ThreadDumps.ofThisJvm())).isTrue();
        } finally {
            a.interrupt();
            b.interrupt();
            a.join();
            b.join();
        }
        assertThat(ThreadDumps.showsDeadlock(ThreadDumps.ofThisJvm())).isFalse();
    }

    private static Thread locking(ReentrantLock held, ReentrantLock wanted, CountDownLatch bothHold) {
        Thread thread = new Thread(() -> {
            held.lock();
            try {
                bothHold.countDown();
                bothHold.await(); // each holds its lock before either reaches for the other's
                wanted.lockInterruptibly();
                wanted.unlock();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                held.unlock();
            }
        }, "deadlocked-" + held.hashCode());
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
