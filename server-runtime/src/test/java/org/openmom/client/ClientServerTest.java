package org.openmom.client;

import org.openmom.model.ServerAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.openmom.wire.UserInfo;

/** Real servers on loopback and local sockets, real clients. */
@Timeout(30)
class ClientServerTest {
    @TempDir
    Path home;
    private TestServer server;
    private final java.util.List<OpenMomClient> clients = new java.util.ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(OpenMomClient::close);
        server.close();
    }

    private OpenMomClient connect(String service, String user, ServerAddress address) {
        OpenMomClient client = OpenMomClient.connect(ClientOptions.of(service, user).withHome(server.home()), address);
        clients.add(client);
        return client;
    }

    private static BlockingQueue<ReceivedMessage> listen(OpenMomClient client) {
        BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();
        client.setMessageListener(received::add);
        return received;
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void registeredServicesReceiveFanOutOverTcpAndLocal() throws Exception {
        OpenMomClient alice = connect("CHAT", "alice", server.tcp());
        OpenMomClient bob = connect("CHAT", "bob", server.local());
        BlockingQueue<ReceivedMessage> aliceGot = listen(alice);
        BlockingQueue<ReceivedMessage> bobGot = listen(bob);

        PostResult result = alice.post(Post.to(ServiceUser.parse("CHAT/*"), "say", "hello")).get(5, TimeUnit.SECONDS);

        assertThat(result.recipients()).isEqualTo(2);
        ReceivedMessage atBob = bobGot.poll(5, TimeUnit.SECONDS);
        assertThat(atBob.bodyText()).isEqualTo("hello");
        assertThat(atBob.from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
        assertThat(atBob.event()).isEqualTo("say");
        assertThat(aliceGot.poll(5, TimeUnit.SECONDS).bodyText()).isEqualTo("hello");
    }

    @Test
    void manyMessagesArriveInOrderAndAreAcknowledged() throws Exception {
        OpenMomClient producer = connect("P", "p", server.tcp());
        OpenMomClient consumer = connect("C", "c", server.tcp());
        BlockingQueue<ReceivedMessage> got = listen(consumer);
        for (int i = 0; i < 5_000; i++) {
            producer.send(Post.to(ServiceUser.of("C", "c"), "n", Integer.toString(i)));
        }
        for (int i = 0; i < 5_000; i++) {
            assertThat(got.poll(5, TimeUnit.SECONDS).bodyText()).isEqualTo(Integer.toString(i));
        }
        Await.until("all acknowledged", () -> server.broker().counters().acknowledged() == 5_000);
    }

    @Test
    void anycastSpreadsOverInstancesByLoad() throws Exception {
        Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        CountDownLatch all = new CountDownLatch(300);
        CountDownLatch busy = new CountDownLatch(1);
        for (int i = 0; i < 3; i++) {
            String user = "w" + i;
            OpenMomClient worker = connect("WORK", user, server.tcp());
            counts.put(user, new AtomicInteger());
            worker.setMessageListener(m -> {
                awaitQuietly(busy); // nothing is acknowledged while busy: every load keeps growing
                counts.get(user).incrementAndGet();
                all.countDown();
            });
        }
        OpenMomClient producer = connect("P", "p", server.tcp());
        for (int i = 0; i < 300; i++) {
            producer.post(Post.to(ServiceUser.parse("WORK/*"), "job", "x").anycast()).get(5, TimeUnit.SECONDS);
        }
        // equal loads: ties go round-robin, so each holds exactly a third
        assertThat(server.broker().users(ServiceUser.parse("WORK/*"))).extracting(UserInfoView::undelivered)
                .containsExactly(100, 100, 100);
        busy.countDown();
        assertThat(all.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(counts.values().stream().mapToInt(AtomicInteger::get).sum()).isEqualTo(300);
    }

    /** Reads the undelivered count of a broker user entry. */
    private interface UserInfoView {
        static int undelivered(org.openmom.server.UserEntry entry) {
            return entry.undelivered();
        }
    }

    @Test
    void persistentMessageToAnAbsentUserIsDeliveredWhenItRegisters() throws Exception {
        OpenMomClient alice = connect("CHAT", "alice", server.tcp());
        PostResult result = alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "while you were out").persistent())
                .get(5, TimeUnit.SECONDS);
        assertThat(result.waiting()).isTrue();

        OpenMomClient bob = connect("CHAT", "bob", server.local());
        BlockingQueue<ReceivedMessage> got = listen(bob);
        ReceivedMessage message = got.poll(5, TimeUnit.SECONDS);
        assertThat(message.bodyText()).isEqualTo("while you were out");
        assertThat(message.isPersistent()).isTrue();
    }

    @Test
    void unacknowledgedMessagesAreRedeliveredAfterTheConsumerDrops() throws Exception {
        OpenMomClient first = connect("WORK", "w", server.tcp());
        CountDownLatch stuck = new CountDownLatch(1);
        CountDownLatch firstGotIt = new CountDownLatch(1);
        first.setMessageListener(m -> {
            firstGotIt.countDown();
            awaitQuietly(stuck); // never acknowledges before the drop
        });
        OpenMomClient producer = connect("P", "p", server.tcp());
        producer.post(Post.to(ServiceUser.of("WORK", "w"), "job", "important")).get(5, TimeUnit.SECONDS);
        assertThat(firstGotIt.await(5, TimeUnit.SECONDS)).isTrue();

        OpenMomClient second = connect("WORK", "w", server.tcp());
        BlockingQueue<ReceivedMessage> got = listen(second);
        first.dropConnectionForTest();

        assertThat(got.poll(5, TimeUnit.SECONDS).bodyText()).isEqualTo("important");
        stuck.countDown();
    }

    @Test
    void pollingReceivesOnlyWhenAsked() throws Exception {
        OpenMomClient poller = OpenMomClient.connect(ClientOptions.of("Q", "q").withPolling(true).withHome(server.home()), server.tcp());
        clients.add(poller);
        OpenMomClient producer = connect("P", "p", server.tcp());
        assertThat(poller.receive(Duration.ofMillis(100))).isNull();
        for (int i = 0; i < 3; i++) {
            producer.post(Post.to(ServiceUser.of("Q", "q"), "e", "m" + i)).get(5, TimeUnit.SECONDS);
        }
        assertThat(poller.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("m0");
        assertThat(poller.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("m1");
        assertThat(poller.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("m2");
        assertThat(poller.receive(Duration.ofMillis(100))).isNull();
    }

    @Test
    void aPolledMessageIsAcknowledgedOnlyWhenTheNextIsAskedFor() throws Exception {
        OpenMomClient producer = connect("P", "p", server.tcp());
        OpenMomClient crashing = OpenMomClient.connect(ClientOptions.of("Q", "q").withPolling(true).withHome(server.home())
                .withReconnect(false), server.tcp());
        clients.add(crashing);
        producer.post(Post.to(ServiceUser.of("Q", "*"), "e", "handled")).get(5, TimeUnit.SECONDS);
        producer.post(Post.to(ServiceUser.of("Q", "*"), "e", "in hand")).get(5, TimeUnit.SECONDS);
        assertThat(crashing.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("handled");
        assertThat(crashing.receive(Duration.ofSeconds(5)).bodyText()).isEqualTo("in hand");

        OpenMomClient next = OpenMomClient.connect(ClientOptions.of("Q", "q").withPolling(true).withHome(server.home()), server.tcp());
        clients.add(next);
        crashing.dropConnectionForTest();

        assertThat(next.receive(Duration.ofSeconds(5)).bodyText()).as("the one being handled comes back").isEqualTo("in hand");
        assertThat(next.receive(Duration.ofMillis(300))).as("the one handled before does not").isNull();
    }

    @Test
    void callsAreAnsweredAndUsersListed() throws Exception {
        OpenMomClient echo = connect("ECHO", "e", server.tcp());
        echo.setMessageListener(m -> { });
        echo.setCallHandler(call -> text("re:" + call.bodyText()));
        OpenMomClient caller = connect("C", "c", server.local());

        byte[] reply = caller.call(ServiceUser.of("ECHO", "*"), "ping", text("x"), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("re:x");

        assertThatThrownBy(() -> caller.call(ServiceUser.of("NOBODY", "*"), "ping", text("x"), Duration.ofSeconds(5)).join())
                .hasMessageContaining("NOBODY");

        List<UserInfo> users = caller.users(ServiceUser.parse("*")).get(5, TimeUnit.SECONDS);
        assertThat(users).extracting(u -> u.service() + "/" + u.user()).containsExactly("C/c", "ECHO/e");
    }

    @Test
    void aServiceWithOnlyACallHandlerAnswersCalls() throws Exception {
        OpenMomClient echo = connect("ECHO", "e", server.tcp());
        echo.setCallHandler(call -> text("re:" + call.bodyText()));
        OpenMomClient caller = connect("C", "c", server.tcp());

        byte[] reply = caller.call(ServiceUser.of("ECHO", "e"), "ping", text("x"), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo("re:x");
    }

    @Test
    void nonBlockingCallHandlersAnswerOnTheNetworkThreadAndUnansweredCallsTimeOut() throws Exception {
        OpenMomClient echo = connect("ECHO", "e", server.tcp());
        echo.setMessageListener(m -> { });
        echo.setNonBlockingCallHandler(call -> text(Thread.currentThread().getName()));
        OpenMomClient slow = connect("SLOW", "s", server.tcp());
        slow.setMessageListener(m -> { });
        CountDownLatch release = new CountDownLatch(1);
        slow.setCallHandler(call -> {
            awaitQuietly(release);
            return text("late");
        });
        OpenMomClient caller = connect("C", "c", server.tcp());

        byte[] thread = caller.call(ServiceUser.of("ECHO", "e"), "ping", text("x"), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS);
        assertThat(new String(thread, StandardCharsets.UTF_8)).doesNotStartWith("openmom-dispatch");

        long start = System.nanoTime();
        assertThatThrownBy(() -> caller.call(ServiceUser.of("SLOW", "s"), "ping", text("x"), Duration.ofMillis(200)).get(5, TimeUnit.SECONDS))
                .hasCauseInstanceOf(java.util.concurrent.TimeoutException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
        release.countDown();
        // the connection goes on after a timed-out call
        assertThat(caller.call(ServiceUser.of("ECHO", "e"), "ping", text("y"), Duration.ofSeconds(5)).get(5, TimeUnit.SECONDS)).isNotEmpty();
    }

    @Test
    void disabledServiceAndServer() throws Exception {
        OpenMomClient bob = connect("CHAT", "bob", server.tcp());
        BlockingQueue<ReceivedMessage> got = listen(bob);
        OpenMomClient alice = connect("CHAT", "alice", server.tcp());
        server.broker().setServiceEnabled(ServiceUser.of("CHAT", "bob"), false);
        assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "e", "x")).get(5, TimeUnit.SECONDS).recipients()).isZero();
        server.broker().setServiceEnabled(ServiceUser.of("CHAT", "bob"), true);
        assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "e", "y")).get(5, TimeUnit.SECONDS).recipients()).isEqualTo(1);
        assertThat(got.poll(5, TimeUnit.SECONDS).bodyText()).isEqualTo("y");

        server.broker().setEnabled(false);
        assertThatThrownBy(() -> alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "e", "z")).join())
                .hasMessageContaining("disabled");
        assertThatThrownBy(() -> connect("CHAT", "carol", server.tcp()))
                .isInstanceOf(OpenMomException.class).hasMessageContaining("refused").hasMessageContaining("disabled");
    }

    @Test
    void refusedConnectionNamesTheAddressAndTheFix() {
        assertThatThrownBy(() -> OpenMomClient.connect(ClientOptions.of("A", "a").withHome(server.home()),
                ServerAddress.local("NOPE.1")))
                .isInstanceOf(OpenMomException.class)
                .hasMessageContaining("local:NOPE.1")
                .hasMessageContaining("start a server");
    }

    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
