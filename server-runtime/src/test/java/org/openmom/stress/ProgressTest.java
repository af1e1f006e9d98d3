package org.openmom.stress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import org.junit.jupiter.api.Test;

/** The stress test's watchdog: a stall fails with every thread's stack and locks, a deadlock named. */
class ProgressTest {
    @Test
    void aStallFailsWithTheThreadsAndWhatIsMissing() {
        Progress progress = new Progress(1);
        assertThatThrownBy(() -> progress.awaitUntil("never", () -> false, () -> ": 3 left"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no progress for 1 s while waiting until never: 3 left")
                .hasMessageContaining("\"" + Thread.currentThread().getName() + "\" RUNNABLE")
                .hasMessageContaining("org.openmom.stress.ThreadDump.now(");
    }

    @Test
    void aDeadlockIsNamedWithTheLocksItsThreadsHoldAndWaitFor() throws Exception {
        ReentrantLock first = new ReentrantLock();
        ReentrantLock second = new ReentrantLock();
        CountDownLatch bothHoldOne = new CountDownLatch(2);
        Thread a = deadlocking("deadlock-a", first, second, bothHoldOne);
        Thread b = deadlocking("deadlock-b", second, first, bothHoldOne);
        try {
            bothHoldOne.await();
            String dump = "";
            for (int i = 0; i < 100 && !dump.startsWith("DEADLOCKED"); i++) {
                Thread.sleep(10); // until both wait for the other's lock
                dump = ThreadDump.now();
            }
            assertThat(dump).startsWith("DEADLOCKED").contains("\"deadlock-a\" WAITING on java.util.concurrent.locks.ReentrantLock")
                    .contains("owned by \"deadlock-b\"").contains("- holds java.util.concurrent.locks.ReentrantLock");
        } finally {
            a.interrupt();
            b.interrupt();
        }
    }

    private static Thread deadlocking(String name, ReentrantLock mine, ReentrantLock theirs, CountDownLatch bothHoldOne) {
        Thread thread = new Thread(() -> {
            mine.lock();
            try {
                bothHoldOne.countDown();
                bothHoldOne.await();
                theirs.lockInterruptibly();
                theirs.unlock();
            } catch (InterruptedException released) {
                // the test is over
            } finally {
                mine.unlock();
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
