package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a loop asks for itself runs once, after everything else of the iteration it was asked in. */
@Timeout(30)
class AfterLoopIterationTest {
    private final EventLoopGroup group = NettyTransport.newGroup(1, "after-iteration-test");

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Test
    void askedManyTimesInOneIterationItRunsOnceAfterTheTasksQueuedMeanwhile() throws Exception {
        EventLoop loop = group.next();
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);
        Runnable commit = () -> {
            ran.add("commit");
            done.countDown();
        };
        List<Boolean> accepted = Collections.synchronizedList(new ArrayList<>());

        loop.execute(() -> {
            for (int i = 0; i < 3; i++) {
                accepted.add(AfterLoopIteration.run(commit));
                loop.execute(() -> ran.add("task")); // like the hand-offs a read queues for other loops
            }
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        loop.submit(() -> { }).await(10, TimeUnit.SECONDS); // the iteration is over
        assertThat(accepted).containsExactly(true, true, true);
        assertThat(ran).containsExactly("task", "task", "task", "commit");
    }

    @Test
    void askedAgainWhileItRunsItRunsAgain() throws Exception {
        EventLoop loop = group.next();
        CountDownLatch twice = new CountDownLatch(2);
        AtomicBoolean askedAgain = new AtomicBoolean();
        Runnable[] commit = new Runnable[1];
        commit[0] = () -> {
            twice.countDown();
            if (askedAgain.compareAndSet(false, true)) {
                AfterLoopIteration.run(commit[0]); // a commit's completion writing again
            }
        };

        loop.execute(() -> AfterLoopIteration.run(commit[0]));

        assertThat(twice.await(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aThreadThatIsNoEventLoopIsRefused() {
        AtomicBoolean ran = new AtomicBoolean();

        assertThat(AfterLoopIteration.run(() -> ran.set(true))).isFalse();

        assertThat(ran).isFalse();
    }
}
