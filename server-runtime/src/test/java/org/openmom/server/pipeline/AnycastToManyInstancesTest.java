package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/**
 * Anycast over many instances, each on its own connection (issue #19's W9 in small): the
 * deliveries of one read go to many connections on all the server's event loops, through the
 * drains handed over between loops, and every message still reaches exactly one instance.
 */
@Timeout(120)
class AnycastToManyInstancesTest {
    private static final int INSTANCES = 200;
    private static final int MESSAGES = 20_000;

    @Test
    void everyMessageReachesExactlyOneOfTwoHundredInstances(@TempDir Path home) throws Exception {
        try (TestServer server = TestServer.named("S").home(home).start()) { // closes its clients, then itself
            ConcurrentHashMap<Integer, Integer> receivedBy = new ConcurrentHashMap<>();
            AtomicInteger duplicates = new AtomicInteger();
            AtomicInteger busyInstances = new AtomicInteger();
            CountDownLatch all = new CountDownLatch(MESSAGES);
            for (int i = 0; i < INSTANCES; i++) {
                int instance = i;
                AtomicInteger count = new AtomicInteger();
                OpenMomClient worker = server.connect("WORKER", "w" + i);
                worker.setMessageListener(message -> {
                    if (receivedBy.putIfAbsent(Integer.parseInt(message.bodyText()), instance) != null) {
                        duplicates.incrementAndGet();
                    }
                    if (count.getAndIncrement() == 0) {
                        busyInstances.incrementAndGet();
                    }
                    all.countDown();
                });
            }
            OpenMomClient producer = server.connect("P", "p");

            for (int m = 0; m < MESSAGES; m++) {
                producer.send(Post.to(ServiceUser.parse("WORKER/*"), "job", Integer.toString(m)).anycast());
            }

            assertThat(all.await(60, TimeUnit.SECONDS)).as("%d of %d delivered", MESSAGES - all.getCount(), MESSAGES).isTrue();
            assertThat(receivedBy).hasSize(MESSAGES);
            assertThat(duplicates.get()).isZero();
            assertThat(busyInstances.get()).as("instances that got work").isEqualTo(INSTANCES);
            Await.until("every delivery acknowledged", () -> server.broker().counters().acknowledged() == MESSAGES);
        }
    }
}
