package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.reflex.runtime.ReflexStatus;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;

/** Each kind of reflex, from a real jar, on a real server: what it does, order, short-circuit, wildcards. */
@Timeout(60)
class ReflexKindsTest extends ReflexJarServerTest {
    private TestServer start(String config) throws Exception {
        return startServer(config, ReflexSettings.defaults().withBudget(Duration.ofMillis(500)));
    }

    static BlockingQueue<ReceivedMessage> listen(OpenMomClient client) {
        BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();
        client.setMessageListener(received::add);
        return received;
    }

    static ReceivedMessage next(BlockingQueue<ReceivedMessage> queue) throws InterruptedException {
        ReceivedMessage message = queue.poll(10, TimeUnit.SECONDS);
        assertThat(message).as("a message within 10 s").isNotNull();
        return message;
    }

    static int post(OpenMomClient client, String to, String event, String text) throws Exception {
        return client.post(Post.to(ServiceUser.parse(to), event, text)).get(10, TimeUnit.SECONDS).recipients();
    }

    @Test
    void messageFiltersOnEveryServiceRunFirstThenThoseOfTheService_eachInFileOrder_andMayRewriteTheBody() throws Exception {
        start("""
                MessageFilter * t.jar * t.Tag$A
                MessageFilter CHAT t.jar say t.Tag$B
                MessageFilter * t.jar * t.Tag$C
                MessageFilter CHAT t.jar * t.Tag$A
                """);
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        post(alice, "CHAT/alice", "say", "x");
        post(alice, "CHAT/alice", "shout", "y");

        assertThat(next(got).bodyText()).isEqualTo("xACBA");
        assertThat(next(got).bodyText()).as("key * matches every event, key say only say").isEqualTo("yACA");
    }

    @Test
    void manyServicesPostingAtOnceThroughFiltersAllGetThrough() throws Exception {
        start("""
                MessageFilter * t.jar * t.Tag$A
                DeliveryFilter SINK t.jar * t.SkipBlocked
                """);
        OpenMomClient sink = server.connect("SINK", "s");
        BlockingQueue<ReceivedMessage> got = listen(sink);
        int posters = 4;
        int each = 100;
        java.util.List<java.util.concurrent.CompletableFuture<Void>> runs = new java.util.ArrayList<>();
        for (int p = 0; p < posters; p++) {
            OpenMomClient poster = server.connect("P", "p" + p);
            runs.add(java.util.concurrent.CompletableFuture.runAsync(() -> {
                for (int i = 0; i < each; i++) {
                    poster.post(org.openmom.client.Post.to(ServiceUser.of("SINK", "s"), "n", "m")).join();
                }
            }));
        }
        java.util.concurrent.CompletableFuture.allOf(runs.toArray(java.util.concurrent.CompletableFuture[]::new))
                .get(30, TimeUnit.SECONDS);

        for (int i = 0; i < posters * each; i++) {
            assertThat(next(got).bodyText()).isEqualTo("mA");
        }
        assertThat(server.registry().statuses()).extracting(ReflexStatus::failures).containsOnly(0L);
    }

    @Test
    void theFirstMessageFilterSayingNoDropsTheMessageAndStopsTheFiltersAfterIt() throws Exception {
        start("""
                MessageFilter CHAT t.jar * t.DropIfAsked
                MessageFilter CHAT t.jar * t.Witness
                """);
        OpenMomClient watch = server.connect("WATCH", "w");
        BlockingQueue<ReceivedMessage> witnessed = listen(watch);
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        assertThat(post(alice, "CHAT/alice", "say", "please drop this")).isZero();
        assertThat(post(alice, "CHAT/alice", "say", "keep this")).isEqualTo(1);

        assertThat(next(got).bodyText()).isEqualTo("keep this");
        assertThat(next(witnessed).bodyText()).as("the witness never saw the dropped one").isEqualTo("CHAT saw keep this");
    }

    @Test
    void aMessageFilterMayChangeTheDestination_andTheFiltersOfTheNewDestinationThenRun() throws Exception {
        Files.writeString(dir.resolve("server.redirects"), "OLD * NEW *\n");
        start("""
                MessageFilter * builtin * Redirect
                MessageFilter NEW t.jar * t.Tag$B
                MessageFilter OLD t.jar * t.Tag$A
                """);
        OpenMomClient fresh = server.connect("NEW", "n");
        BlockingQueue<ReceivedMessage> got = listen(fresh);

        assertThat(post(fresh, "OLD/n", "order", "o")).isEqualTo(1);

        ReceivedMessage message = next(got);
        assertThat(message.bodyText()).isEqualTo("oB");
        assertThat(message.to()).isEqualTo(ServiceUser.of("NEW", "n"));
    }

    @Test
    void registrationFiltersRunInOrderForTheirServiceKey_theFirstRefusalStopsThem() throws Exception {
        start("""
                RegistrationFilter Gate t.jar CHAT t.Secret
                RegistrationFilter Seen t.jar * t.Witness
                """);
        OpenMomClient watch = server.connect("WATCH", "w");
        BlockingQueue<ReceivedMessage> witnessed = listen(watch);

        assertThatThrownBy(() -> server.connect(ClientOptions.of("CHAT", "mallory")
                .withRegistrationMessage("guess".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(OpenMomException.class)
                .hasMessageContaining("registration filter");
        server.connect(ClientOptions.of("CHAT", "alice").withRegistrationMessage("open sesame".getBytes(StandardCharsets.UTF_8)));
        server.connect("OTHER", "o");

        assertThat(next(witnessed).bodyText()).as("posted once WATCH was in").isEqualTo("Seen registering WATCH/w");
        assertThat(next(witnessed).bodyText()).as("mallory never got past Gate").isEqualTo("Seen registering CHAT/alice");
        assertThat(next(witnessed).bodyText()).as("key CHAT does not guard OTHER").isEqualTo("Seen registering OTHER/o");
    }

    @Test
    void deregistrationFiltersAreToldOfEveryDeparture() throws Exception {
        start("""
                DeregistrationFilter Bye t.jar CHAT t.Witness
                DeregistrationFilter All t.jar * t.Witness
                """);
        OpenMomClient watch = server.connect("WATCH", "w");
        BlockingQueue<ReceivedMessage> witnessed = listen(watch);
        OpenMomClient alice = server.connect("CHAT", "alice");

        alice.close();

        assertThat(next(witnessed).bodyText()).isEqualTo("Bye gone CHAT/alice");
        assertThat(next(witnessed).bodyText()).isEqualTo("All gone CHAT/alice");
    }

    @Test
    void deregistrationFiltersAreToldOfDroppedConnectionsToo() throws Exception {
        start("DeregistrationFilter Bye t.jar CHAT t.Witness\n");
        OpenMomClient watch = server.connect("WATCH", "w");
        BlockingQueue<ReceivedMessage> witnessed = listen(watch);

        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("CHAT").user("mute"));
            assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
        } // the socket closes without BYE

        assertThat(next(witnessed).bodyText()).isEqualTo("Bye gone CHAT/mute");
    }

    @Test
    void deliveryFiltersDecidePerRecipient() throws Exception {
        start("DeliveryFilter CHAT t.jar * t.SkipBlocked\n");
        OpenMomClient alice = server.connect("CHAT", "alice");
        OpenMomClient blocked = server.connect("CHAT", "blocked");
        BlockingQueue<ReceivedMessage> aliceGot = listen(alice);
        BlockingQueue<ReceivedMessage> blockedGot = listen(blocked);

        assertThat(post(alice, "CHAT/*", "say", "hi all")).isEqualTo(1);
        post(alice, "CHAT/blocked", "say", "hi blocked");
        post(blocked, "CHAT/alice", "say", "after");

        assertThat(next(aliceGot).bodyText()).isEqualTo("hi all");
        assertThat(next(aliceGot).bodyText()).isEqualTo("after");
        assertThat(blockedGot).isEmpty();
    }

    @Test
    void deadLettersReflexesGetNonPersistentMessagesWithoutRecipient_andTheirAnswerGoesBackToTheSender() throws Exception {
        start("DeadLetters NOBODY t.jar * t.NoOne\n");
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        assertThat(post(alice, "NOBODY/x", "hello", "anyone?")).isZero();

        ReceivedMessage answer = next(got);
        assertThat(answer.bodyText()).isEqualTo("no one for NOBODY/x hello");
        assertThat(answer.event()).isEqualTo("undeliverable");
        assertThat(answer.from()).isEqualTo(ServiceUser.of("NOBODY", "S"));
        assertThat(server.broker().counters().deadLetters()).as("counted though the reflex took it (it read 0 while a reflex held 16)")
                .isEqualTo(1);
    }

    @Test
    void aReflexsOwnPostThatFindsNobodyIsDropped_notHandedToDeadLettersReflexesThatCouldPostAgain() throws Exception {
        start("""
                DeadLetters * t.jar * t.NoOne
                MessageFilter CHAT t.jar * t.Witness
                """);
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        post(alice, "CHAT/alice", "say", "hello"); // the Witness posts to WATCH, where nobody is

        assertThat(next(got).bodyText()).isEqualTo("hello");
        org.openmom.testing.Await.until("the witness's post counted as a dead letter",
                () -> server.broker().counters().deadLetters() == 1);
        post(alice, "NOBODY/x", "e", "sync");
        assertThat(next(got).bodyText()).as("no answer about WATCH came first").isEqualTo("no one for NOBODY/x e");
    }

    @Test
    void localServicesAnswerCallsReceiveCopiesAndAreListedByUsers() throws Exception {
        start("LocalService UPPER t.jar shout t.Upper\n");
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        byte[] reply = alice.call(ServiceUser.of("UPPER", "*"), "shout", "hello".getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(10)).get(10, TimeUnit.SECONDS);
        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("HELLO");

        assertThat(post(alice, "UPPER/*", "shout", "posted")).isEqualTo(1);
        ReceivedMessage answer = next(got);
        assertThat(answer.bodyText()).isEqualTo("POSTED");
        assertThat(answer.from()).isEqualTo(ServiceUser.of("UPPER", "S"));

        assertThat(alice.users(ServiceUser.parse("*/*")).get(10, TimeUnit.SECONDS))
                .extracting(UserInfo::service, UserInfo::user)
                .contains(org.assertj.core.groups.Tuple.tuple("UPPER", "S"), org.assertj.core.groups.Tuple.tuple("CHAT", "alice"));

        assertThatThrownBy(() -> alice.call(ServiceUser.of("UPPER", "*"), "whisper", new byte[0], Duration.ofSeconds(10))
                .get(10, TimeUnit.SECONDS))
                .as("only the declared event reaches the local service")
                .hasMessageContaining("no service registered as UPPER/*");
    }
}
