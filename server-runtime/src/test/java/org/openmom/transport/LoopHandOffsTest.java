package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work given by one event loop to another arrives together, in order, once the giver is done with its pass. */
@Timeout(30)
class LoopHandOffsTest {
    private final EventLoopGroup group = NettyTransport.newGroup(2, "hand-off-test");

    @AfterEach
    void stop() {
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    @Test
    void theWorkOfOnePassReachesTheOtherLoopInOneTaskInOrder() throws Exception {
        EventLoop giver = group.next();
        EventLoop taker = group.next();
        assertThat(taker).isNotSameAs(giver);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(1);

        giver.execute(() -> {
            for (int i = 0; i < 1_000; i++) {
                int n = i;
                LoopHandOffs.give(taker, () -> {
                    ran.add(taker.inEventLoop() ? "work " + n : "elsewhere");
                    if (n == 999) {
                        done.countDown();
                    }
                });
                if (i == 500) {
                    taker.execute(() -> ran.add("queued directly in the middle"));
                }
            }
        });

        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        List<String> expected = new ArrayList<>();
        expected.add("queued directly in the middle");
        for (int i = 0; i < 1_000; i++) {
            expected.add("work " + i);
        }
        assertThat(ran).containsExactlyElementsOf(expected);
    }

    @Test
    void workForTheCallersOwnLoopIsLeftToTheCaller() throws Exception {
        EventLoop loop = group.next();
        assertThat(loop.submit(() -> LoopHandOffs.give(loop, () -> { })).get(10, TimeUnit.SECONDS)).isFalse();
    }

    @Test
    void workFromAThreadOfNoLoopGoesStraightToTheTarget() throws Exception {
        EventLoop loop = group.next();
        CountDownLatch ran = new CountDownLatch(1);

        assertThat(LoopHandOffs.give(loop, ran::countDown)).isTrue();

        assertThat(ran.await(10, TimeUnit.SECONDS)).isTrue();
    }
}
