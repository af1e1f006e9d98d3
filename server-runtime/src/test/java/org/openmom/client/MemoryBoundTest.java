package org.openmom.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.server.BrokerCounters;
import org.openmom.testing.TestServer;

/** A consumer that takes nothing while a producer posts flat out: the server's memory bound holds. */
@Timeout(60)
class MemoryBoundTest {
    private static final long BOUND = 256 * 1024;
    private static final int BODY = 1024;

    @TempDir
    Path home;
    private TestServer server;
    private OpenMomClient producer;
    private OpenMomClient consumer;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).start();
        server.broker().setMemoryBound(BOUND);
        consumer = OpenMomClient.connect(ClientOptions.of("SLOW", "c").withPolling(true).withHome(server.home()), server.tcp());
        producer = OpenMomClient.connect(ClientOptions.of("FAST", "p").withHome(server.home()), server.tcp());
    }

    @AfterEach
    void stop() {
        producer.close();
        consumer.close();
        server.close();
    }

    @Test
    void postsPastTheBoundAreRefusedWithTheReasonAndEveryAcceptedOneIsDelivered() throws Exception {
        List<CompletableFuture<PostResult>> posts = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            byte[] body = ByteBuffer.allocate(BODY).putInt(i).array();
            posts.add(producer.post(Post.to("SLOW", "c", "load", body).persistent()));
        }
        Set<Integer> accepted = new HashSet<>();
        List<String> refusals = new ArrayList<>();
        for (int i = 0; i < posts.size(); i++) {
            try {
                posts.get(i).join();
                accepted.add(i);
            } catch (CompletionException e) {
                refusals.add(e.getCause().getMessage());
            }
        }

        BrokerCounters counters = server.broker().counters();
        assertThat(counters.heldBytes()).isLessThanOrEqualTo(BOUND).isGreaterThan(BOUND / 2);
        assertThat(counters.memoryRefusals()).isEqualTo(refusals.size()).isPositive();
        assertThat(refusals.get(0)).contains("post refused: server S/1 holds", "its memory bound of 256.0 KiB", "--max-memory");

        Set<Integer> received = new HashSet<>();
        while (received.size() < accepted.size()) {
            ReceivedMessage message = consumer.receive(Duration.ofSeconds(10));
            assertThat(message).as("message %d of %d accepted", received.size() + 1, accepted.size()).isNotNull();
            received.add(ByteBuffer.wrap(message.body()).getInt());
        }
        assertThat(received).isEqualTo(accepted);
        assertThat(consumer.receive(Duration.ofMillis(200))).isNull();
        assertThat(producer.post(Post.to("SLOW", "c", "room again", new byte[BODY]).persistent()).join().recipients()).isEqualTo(1);
    }

    @Test
    void propertiesCountAgainstTheBoundLikeBodies() throws Exception {
        String value = "p".repeat(4000); // four of them: about 32 KiB on the heap beside an empty body
        List<CompletableFuture<PostResult>> posts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            posts.add(producer.post(Post.to("SLOW", "c", "load", new byte[0]).withProperty("a", value).withProperty("b", value)
                    .withProperty("c", value).withProperty("d", value)));
        }
        int refused = 0;
        for (CompletableFuture<PostResult> post : posts) {
            try {
                post.join();
            } catch (CompletionException e) {
                assertThat(e.getCause().getMessage()).contains("its memory bound of 256.0 KiB");
                refused++;
            }
        }
        assertThat(refused).as("empty bodies, but 40 × 32 KiB of properties pass a bound of 256 KiB").isPositive();
        assertThat(server.broker().counters().heldBytes()).isLessThanOrEqualTo(BOUND).isGreaterThan(BOUND / 2);
    }
}
