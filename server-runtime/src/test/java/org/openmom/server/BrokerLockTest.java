package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/** The lock order's guard rails: no re-entry, and what must not run under the lock runs after it. */
class BrokerLockTest {
    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, MessageStore.NONE);

    @Test
    void aSinkThatCallsBackIntoTheBrokerFailsAtOnceInsteadOfNesting() {
        RecordingSink caller = new RecordingSink();
        Instance sender = broker.register(ServiceUser.of("A", "a"), new byte[0], DeliveryMode.CALLBACK, 10, caller).instance();
        Sink reentrant = new Sink() {
            @Override
            public void registered(Instance instance) {}

            @Override
            public void deliver(Message message) {
                broker.users(ServiceUser.parse("*/*"));
            }

            @Override
            public boolean isWritable() {
                return true;
            }

            @Override
            public void replied(long requestId, byte[] body) {}

            @Override
            public void callFailed(long requestId, String reason) {}
        };
        broker.register(ServiceUser.of("B", "b"), new byte[0], DeliveryMode.CALLBACK, 10, reentrant);

        assertThatThrownBy(() -> broker.send(sender, ServiceUser.of("B", "b"), "e", 0, new byte[0]))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("entered again under its own lock");
        assertThat(broker.users(ServiceUser.parse("*/*"))).as("the lock was released all the same").hasSize(2);
    }

    @Test
    void workNotedUnderTheLockRunsOnceItIsReleased() {
        BrokerLock lock = new BrokerLock();
        List<Boolean> heldWhileRunning = new ArrayList<>();
        lock.lock();
        lock.afterUnlock(() -> heldWhileRunning.add(lock.isHeldByCurrentThread()));
        lock.afterUnlock(() -> heldWhileRunning.add(lock.isHeldByCurrentThread()));
        assertThat(heldWhileRunning).isEmpty();
        lock.unlock();
        assertThat(heldWhileRunning).containsExactly(false, false);

        lock.lock();
        lock.unlock();
        assertThat(heldWhileRunning).as("run once").hasSize(2);
    }

    @Test
    void aLongHoldIsReportedAfterTheUnlockWithWhereItEnded() throws InterruptedException {
        List<String> reports = new ArrayList<>();
        BrokerLock[] lock = new BrokerLock[1];
        lock[0] = new BrokerLock(1_000, report -> reports.add(report + (lock[0].isHeldByCurrentThread() ? " (under the lock)" : "")));
        lock[0].lock();
        Thread.sleep(2); // 2 ms against a 1 µs limit
        lock[0].unlock();

        assertThat(reports).singleElement().asString()
                .matches("broker lock held [0-9]+ µs \\(running [0-9]+ µs, allocated [0-9]+ KiB\\): "
                        + "BrokerLockTest\\.aLongHoldIsReportedAfterTheUnlockWithWhereItEnded < .*")
                .doesNotContain("(under the lock)");
    }

    @Test
    void holdsWithinTheLimitOrUnmeasuredAreNotReported() {
        List<String> reports = new ArrayList<>();
        BrokerLock withinLimit = new BrokerLock(60_000_000_000L, reports::add);
        withinLimit.lock();
        withinLimit.unlock();
        BrokerLock unmeasured = new BrokerLock(0, reports::add);
        unmeasured.lock();
        unmeasured.unlock();

        assertThat(reports).isEmpty();
    }

    @Test
    void aThreadWaitingForTheLockHasItBetweenTwoChunksOfLongWork() throws InterruptedException {
        BrokerLock lock = new BrokerLock();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        Thread waiter = new Thread(() -> {
            lock.lock();
            order.add("waiter");
            lock.unlock();
        });
        int[] chunks = {0};
        lock.inChunks(() -> {
            chunks[0]++;
            order.add("chunk " + chunks[0]);
            if (chunks[0] == 1) {
                waiter.start();
                while (waiter.getState() != Thread.State.WAITING) { // parked in the lock's queue
                    Thread.onSpinWait();
                }
            }
            return chunks[0] < 3;
        });
        waiter.join();

        assertThat(order).containsExactly("chunk 1", "waiter", "chunk 2", "chunk 3");
    }
}
