package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.failure;
import static org.openmom.testing.Answers.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.openmom.testing.Await;

/** What an administration session reads and changes on a real server. */
@Timeout(60)
class AdminSessionTest {
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;

    @Test
    void theSnapshotShowsTheServerItsServicesAndCounters() throws Exception {
        try (TestServer server = TestServer.named("SNAP").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                OpenMomClient bob = server.connectOnce("CHAT", "bob");
                AdminSession session = server.admin()) {
            for (int i = 0; i < 3; i++) {
                alice.post(Post.to(BOB, "say", "hello " + i)).get(5, TimeUnit.SECONDS);
            }
            alice.post(Post.to(ServiceUser.of("CHAT", "carol"), "say", "later").persistent()).get(5, TimeUnit.SECONDS);

            ServerSnapshot snapshot = get(session.snapshot());

            ServerInfo info = snapshot.server();
            assertThat(info.name()).isEqualTo("SNAP");
            assertThat(info.role()).isEqualTo(1);
            assertThat(info.status()).isEqualTo(Status.ENABLED);
            assertThat(info.pid()).isEqualTo(ProcessHandle.current().pid());
            assertThat(info.endpoints()).extracting(EndpointInfo::toString)
                    .contains("ncalrpc:SNAP.1", "ncacn_ip_tcp:" + server.tcpPort());
            assertThat(info.uptimeMillis()).isGreaterThanOrEqualTo(0);
            assertThat(snapshot.services()).extracting(s -> s.who().toString()).containsExactly("CHAT/alice", "CHAT/bob");
            ServiceInfo alicesInfo = snapshot.services().get(0);
            assertThat(alicesInfo.status()).isEqualTo(Status.ENABLED);
            assertThat(alicesInfo.administration()).isFalse();
            assertThat(alicesInfo.remoteAddress()).startsWith("127.0.0.1:");
            assertThat(alicesInfo.connectedSinceMillis()).isLessThanOrEqualTo(snapshot.takenAtMillis());
            assertThat(snapshot.administrationServices()).extracting(s -> s.who().toString()).containsExactly("ADMIN/tester");
            assertThat(snapshot.counters().posted()).isEqualTo(4);
            assertThat(snapshot.counters().waitingSeeds()).isEqualTo(1);
            assertThat(snapshot.counters().services()).isEqualTo(2);
            assertThat(snapshot.counters().administrationServices()).isEqualTo(1);
            assertThat(snapshot.reflexes()).as("the default configuration declares no reflex (its journal is built in)").isEmpty();
        }
    }

    @Test
    void aMessageIsReadWholeWithItsHeadersAndEveryMailboxHoldingIt() throws Exception {
        try (TestServer server = TestServer.named("MSG").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                // polling without fetching: the message stays in bob's mailbox
                OpenMomClient bob = OpenMomClient.connect(ClientOptions.of(BOB).withPolling(true)
                        .withHome(new OpenMomHome(home)).withReconnect(false), server.tcp());
                AdminSession session = server.admin()) {
            byte[] body = "x".repeat(500).getBytes(StandardCharsets.UTF_8);
            PostResult posted = alice.post(new Post(BOB, "big", 0, body)).get(5, TimeUnit.SECONDS);

            MessageDetail detail = get(session.message(posted.messageId()));

            assertThat(detail.body()).isEqualTo(body);
            assertThat(detail.summary().from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
            assertThat(detail.summary().event()).isEqualTo("big");
            assertThat(detail.summary().size()).isEqualTo(500);
            long bobsInstance = get(session.snapshot()).services().get(1).instanceId();
            assertThat(detail.foundIn()).contains(MailboxRef.service(bobsInstance), MailboxRef.server(MailboxKind.MESSAGE_SEEDS));
            assertThat(failure(session.message(9_999))).contains("no message 9999");
        }
    }

    @Test
    void aMessageAsLargeAsTheServerAcceptsIsReadWhole() throws Exception {
        try (TestServer server = TestServer.named("HUGE").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                OpenMomClient bob = OpenMomClient.connect(ClientOptions.of(BOB).withPolling(true)
                        .withHome(new OpenMomHome(home)).withReconnect(false), server.tcp());
                AdminSession session = server.admin()) {
            // the largest body the server takes: the maximum frame less 32 KiB and the names at their worst escape
            int names = ("CHAT" + "alice" + BOB.service() + BOB.user() + "huge").length();
            byte[] body = new byte[org.openmom.wire.WireCodec.DEFAULT_MAX_FRAME_SIZE - 32 * 1024 - 6 * names];
            body[body.length - 1] = 42;
            long id = alice.post(new Post(BOB, "huge", 0, body)).get(10, TimeUnit.SECONDS).messageId();

            MessageDetail detail = get(session.message(id));

            assertThat(detail.body()).hasSize(body.length);
            assertThat(detail.body()[body.length - 1]).isEqualTo((byte) 42);
            assertThat(session.isConnected()).isTrue();
        }
    }

    @Test
    void deletingAMessageRemovesItFromTheMailboxAndReportsHowManyWent() throws Exception {
        try (TestServer server = TestServer.named("DEL").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            long first = alice.post(Post.to(BOB, "say", "one").persistent()).get(5, TimeUnit.SECONDS).messageId();
            long second = alice.post(Post.to(BOB, "say", "two").persistent()).get(5, TimeUnit.SECONDS).messageId();
            MailboxRef seeds = MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS);
            assertThat(get(session.mailbox(MailboxQuery.first(seeds, 10))).total()).isEqualTo(2);

            DeleteResult result = get(session.delete(seeds, List.of(first, 12_345L)));

            assertThat(result.deleted()).isEqualTo(1);
            assertThat(result.notFound()).containsExactly(12_345L);
            MailboxPage page = get(session.mailbox(MailboxQuery.first(seeds, 10)));
            assertThat(page.messages()).extracting(MessageSummary::id).containsExactly(second);
            assertThat(get(session.snapshot()).counters().deleted()).isEqualTo(1);
        }
    }

    @Test
    void aDeletedPersistentMessageDoesNotComeBackAfterARestart() throws Exception {
        long kept;
        try (TestServer server = TestServer.named("JRNL").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            long deleted = alice.post(Post.to(BOB, "say", "delete me").persistent()).get(5, TimeUnit.SECONDS).messageId();
            kept = alice.post(Post.to(BOB, "say", "keep me").persistent()).get(5, TimeUnit.SECONDS).messageId();
            assertThat(get(session.delete(null, List.of(deleted))).deleted()).isEqualTo(1);
        }
        try (TestServer server = TestServer.named("JRNL").home(home).start();
                AdminSession session = server.admin()) {
            MailboxPage page = get(session.mailbox(MailboxQuery.first(MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS), 10)));
            assertThat(page.messages()).extracting(MessageSummary::id).containsExactly(kept);
            BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
            try (OpenMomClient bob = server.connectOnce("CHAT", "bob")) {
                bob.setMessageListener(got::add);
                assertThat(got.poll(10, TimeUnit.SECONDS).bodyText()).isEqualTo("keep me");
                assertThat(got.poll(300, TimeUnit.MILLISECONDS)).as("the deleted one is gone from the journal").isNull();
            }
        }
    }

    @Test
    void aMessageDeletedFromAServiceMailboxIsNeverDelivered() throws Exception {
        try (TestServer server = TestServer.named("DELQ").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                OpenMomClient bob = OpenMomClient.connect(ClientOptions.of("CHAT", "bob").withPolling(true)
                        .withHome(new OpenMomHome(home)).withReconnect(false), server.tcp());
                AdminSession session = server.admin()) {
            long one = alice.post(Post.to(BOB, "say", "one")).get(5, TimeUnit.SECONDS).messageId();
            alice.post(Post.to(BOB, "say", "two")).get(5, TimeUnit.SECONDS);
            long bobsInstance = get(session.snapshot()).services().get(1).instanceId();
            MailboxPage before = get(session.mailbox(MailboxQuery.first(MailboxRef.service(bobsInstance), 10)));
            assertThat(before.messages()).extracting(m -> new String(m.preview(), StandardCharsets.UTF_8)).containsExactly("one", "two");
            assertThat(before.messages()).noneMatch(MessageSummary::inFlight);

            assertThat(get(session.delete(MailboxRef.service(bobsInstance), List.of(one))).deleted()).isEqualTo(1);

            assertThat(bob.receive(Duration.ofSeconds(10)).bodyText()).isEqualTo("two");
            assertThat(bob.receive(Duration.ofMillis(300))).as("the deleted message never comes").isNull();
        }
    }

    @Test
    void aDisabledServiceGetsNoNewMessagesUntilEnabledAgain() throws Exception {
        try (TestServer server = TestServer.named("STAT").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                OpenMomClient bob = server.connectOnce("CHAT", "bob");
                AdminSession session = server.admin()) {
            BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
            bob.setMessageListener(got::add);
            ServiceInfo bobsInfo = get(session.snapshot()).services().get(1);

            ServiceInfo disabled = get(session.setServiceStatus(bobsInfo.instanceId(), Status.DISABLED));

            assertThat(disabled.status()).isEqualTo(Status.DISABLED);
            assertThat(alice.post(Post.to(BOB, "say", "while disabled")).get(5, TimeUnit.SECONDS).recipients()).isZero();
            assertThat(get(session.snapshot()).services().get(1).status()).isEqualTo(Status.DISABLED);
            get(session.setServiceStatus(bobsInfo.instanceId(), Status.ENABLED));
            assertThat(alice.post(Post.to(BOB, "say", "enabled again")).get(5, TimeUnit.SECONDS).recipients()).isEqualTo(1);
            assertThat(got.poll(10, TimeUnit.SECONDS).bodyText()).isEqualTo("enabled again");
            assertThat(got.poll(200, TimeUnit.MILLISECONDS)).isNull();
            assertThat(get(session.setServicesStatus(ServiceUser.of("CHAT", "*"), Status.DISABLED))).isEqualTo(2);
            assertThat(failure(session.setServiceStatus(9_999, Status.ENABLED))).contains("no service instance 9999");
        }
    }

    @Test
    void aDisabledServerRefusesRegistrationsAndPosts() throws Exception {
        try (TestServer server = TestServer.named("OFF").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            assertThat(get(session.setServerStatus(Status.DISABLED)).status()).isEqualTo(Status.DISABLED);
            assertThat(failure(alice.post(Post.to(BOB, "say", "x")))).contains("disabled");
            assertThat(get(session.setServerStatus(Status.ENABLED)).status()).isEqualTo(Status.ENABLED);
        }
    }

    @Test
    void theAdministrationServicePostsTestMessages() throws Exception {
        try (TestServer server = TestServer.named("POST").home(home).start();
                OpenMomClient bob = server.connectOnce("CHAT", "bob");
                AdminSession session = server.admin()) {
            BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
            bob.setMessageListener(got::add);
            PostResult result = get(session.post(Post.to(BOB, "test", "from the explorer")));
            assertThat(result.recipients()).isEqualTo(1);
            ReceivedMessage message = got.poll(10, TimeUnit.SECONDS);
            assertThat(message.from()).isEqualTo(ServiceUser.of("ADMIN", "tester"));
        }
    }

    @Test
    void theLogTailShowsRecentLinesAndTheLevelDecidesWhichAreKept() throws Exception {
        try (TestServer server = TestServer.named("LOG").home(home).start(); AdminSession session = server.admin()) {
            try (OpenMomClient carol = server.connectOnce("CHAT", "carol")) {
                Await.until("carol's registration is in the log", () -> tailHas(session, "registered as CHAT/carol"));
            }
            assertThat(get(session.setLogLevel(LogLevel.SYSTEM))).isEqualTo(LogLevel.DEFAULT);
            try (OpenMomClient dave = server.connectOnce("CHAT", "dave")) {
                assertThat(tailHas(session, "CHAT/dave")).as("level 0 keeps no connection lines").isFalse();
            }
            assertThat(get(session.setLogLevel(LogLevel.DEFAULT))).isEqualTo(LogLevel.SYSTEM);
            LogTail tail = get(session.logTail(5));
            assertThat(tail.level()).isEqualTo(LogLevel.DEFAULT);
            assertThat(tail.lines()).hasSizeLessThanOrEqualTo(5);
            assertThat(tail.nextSequence()).isGreaterThan(1);
        }
    }

    private static boolean tailHas(AdminSession session, String text) {
        try {
            return get(session.logTail(500)).lines().stream().anyMatch(line -> line.text().contains(text));
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
