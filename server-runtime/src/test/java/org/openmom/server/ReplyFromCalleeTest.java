package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** A REPLY reaches the caller only from the instance its CALL was delivered to (issue #18, item 1). */
@Timeout(30)
class ReplyFromCalleeTest {
    private static final ServiceUser CALLEE = ServiceUser.of("CALLEE", "c");

    @TempDir
    Path home;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aThirdServiceSprayingRepliesOverTheNextIdsDoesNotAnswerTheCall_theCalleeDoes() throws Exception {
        CountDownLatch called = new CountDownLatch(1);
        CountDownLatch forgeriesSent = new CountDownLatch(1);
        OpenMomClient callee = server.connect(CALLEE.service(), CALLEE.user());
        callee.setMessageListener(message -> {});
        callee.setCallHandler(call -> {
            called.countDown();
            await(forgeriesSent);
            return text("the real answer");
        });
        OpenMomClient caller = server.connect("CALLER", "a");

        try (RawPeer forger = registered("EVIL", "e")) {
            long lastId = postToItself(forger, 2);
            CompletableFuture<byte[]> answer = caller.call(CALLEE, "ask", text("question"), Duration.ofSeconds(10));
            assertThat(called.await(10, TimeUnit.SECONDS)).as("the callee got the call").isTrue();
            for (long id = lastId + 1; id <= lastId + 20; id++) {
                forger.send(Header.of(FrameType.REPLY).id(id), text("forged"));
            }
            postToItself(forger, 3); // answered once the server has handled every REPLY before it
            forgeriesSent.countDown();

            assertThat(new String(answer.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("the real answer");
        }
        assertThat(server.broker().counters().strayReplies()).as("every forged REPLY ignored").isEqualTo(20);
    }

    @Test
    void aCallReHomedAfterItsCalleeLeftIsAnsweredByTheInstanceItWentTo() throws Exception {
        OpenMomClient caller = server.connect("CALLER", "a");
        try (RawPeer first = registered(CALLEE.service(), CALLEE.user())) {
            CompletableFuture<byte[]> answer = caller.call(CALLEE, "ask", text("question"), Duration.ofSeconds(10));
            Header delivered = first.readUntil(FrameType.DELIVER);
            assertThat(delivered.flags() & Message.CALL).as("a call").isNotZero();

            OpenMomClient second = server.connect(CALLEE.service(), CALLEE.user());
            second.setMessageListener(message -> {});
            second.setCallHandler(call -> text("from the second"));
            first.close(); // leaves without replying: the call goes to the second instance

            assertThat(new String(answer.get(10, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("from the second");
        }
    }

    private RawPeer registered(String service, String user) throws Exception {
        RawPeer peer = new RawPeer(server.tcpPort(), 10_000);
        peer.hello();
        peer.send(Header.of(FrameType.REGISTER).req(1).service(service).user(user));
        assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
        return peer;
    }

    /** Posts to the peer itself, as a forger learns the current message id; returns that id. */
    private static long postToItself(RawPeer peer, long req) throws Exception {
        peer.send(Header.of(FrameType.POST).req(req).toService("EVIL").toUser("e").event("probe"));
        Header posted = peer.readUntil(FrameType.POSTED);
        assertThat(posted.req()).isEqualTo(req);
        return posted.id();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
