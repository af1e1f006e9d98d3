package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.failure;
import static org.openmom.testing.Answers.get;

import java.nio.file.Path;
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
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

/** The stream of change events an administrator watches instead of polling. */
@Timeout(60)
class WatchTest {
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;

    private final BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();

    @Test
    void registrationsPostsDeliveriesDeletesAndStatusesAreWatched() throws Exception {
        try (TestServer server = TestServer.named("WATCH").home(home).start(); AdminSession session = server.admin()) {
            Watch watch = get(session.watch(WatchRequest.everything(), events::add));
            try (OpenMomClient alice = server.connectOnce("CHAT", "alice");
                    OpenMomClient bob = server.connectOnce("CHAT", "bob")) {
                ChangeEvent registered = next(ChangeKind.REGISTERED);
                assertThat(registered.who()).isEqualTo(ServiceUser.of("CHAT", "alice"));
                long bobsInstance = next(ChangeKind.REGISTERED).instanceId();

                bob.setMessageListener(m -> { });
                long id = alice.post(Post.to(BOB, "say", "hi")).get(5, TimeUnit.SECONDS).messageId();
                ChangeEvent posted = next(ChangeKind.POSTED);
                assertThat(posted.messageId()).isEqualTo(id);
                assertThat(posted.who()).isEqualTo(ServiceUser.of("CHAT", "alice"));
                ChangeEvent delivered = next(ChangeKind.DELIVERED);
                assertThat(delivered.instanceId()).isEqualTo(bobsInstance);
                assertThat(next(ChangeKind.ACKNOWLEDGED).messageId()).isEqualTo(id);

                long waiting = alice.post(Post.to(ServiceUser.of("CHAT", "carol"), "say", "later").persistent())
                        .get(5, TimeUnit.SECONDS).messageId();
                assertThat(next(ChangeKind.POSTED).mailbox()).isEqualTo(MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS));
                get(session.delete(null, List.of(waiting)));
                ChangeEvent deleted = next(ChangeKind.DELETED);
                assertThat(deleted.messageId()).isEqualTo(waiting);
                assertThat(deleted.mailbox()).isEqualTo(MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS));

                get(session.setServiceStatus(bobsInstance, Status.DISABLED));
                ChangeEvent status = next(ChangeKind.STATUS_CHANGED);
                assertThat(status.instanceId()).isEqualTo(bobsInstance);
                assertThat(status.status()).isEqualTo(Status.DISABLED);
            }
            assertThat(next(ChangeKind.UNREGISTERED).who()).isNotNull();

            watch.close();
            events.clear();
            try (OpenMomClient late = server.connectOnce("CHAT", "late")) {
                assertThat(events.poll(300, TimeUnit.MILLISECONDS)).as("nothing after close").isNull();
            }
        }
    }

    @Test
    void aStructureWatchLeavesOutMessageTrafficAndEventsAreNumberedWithoutGaps() throws Exception {
        try (TestServer server = TestServer.named("QUIET").home(home).start(); AdminSession session = server.admin()) {
            get(session.watch(WatchRequest.structure(), events::add));
            try (OpenMomClient alice = server.connectOnce("CHAT", "alice")) {
                alice.post(Post.to(BOB, "say", "nobody")).get(5, TimeUnit.SECONDS);
                try (OpenMomClient bob = OpenMomClient.connect(ClientOptions.of(BOB).withHome(new OpenMomHome(home))
                        .withReconnect(false), server.tcp())) {
                    ChangeEvent first = next(ChangeKind.REGISTERED);
                    ChangeEvent second = next(ChangeKind.REGISTERED);
                    assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
                    assertThat(second.who()).isEqualTo(BOB);
                }
            }
        }
    }

    @Test
    void theLogCanBeFollowed() throws Exception {
        try (TestServer server = TestServer.named("FOLLOW").home(home).start(); AdminSession session = server.admin()) {
            get(session.watch(WatchRequest.logOnly(), events::add));
            try (OpenMomClient dave = server.connectOnce("CHAT", "dave")) {
                ChangeEvent line;
                do {
                    line = next(ChangeKind.LOG);
                } while (!line.log().text().contains("registered as CHAT/dave"));
                assertThat(line.log().level()).isEqualTo(LogLevel.CONNECTIONS);
            }
        }
    }

    @Test
    void aLostConnectionIsReportedOnce() throws Exception {
        BlockingQueue<String> lost = new LinkedBlockingQueue<>();
        TestServer server = TestServer.named("LOST").home(home).start();
        try (AdminSession session = server.admin()) {
            session.addConnectionLostListener(lost::add);
            server.close();
            assertThat(lost.poll(15, TimeUnit.SECONDS)).startsWith("local:LOST.1: connection lost");
            assertThat(session.isConnected()).isFalse();
            assertThat(failure(session.snapshot())).contains("not connected");
        }
    }

    /** The next event of {@code kind}, skipping others. */
    private ChangeEvent next(ChangeKind kind) throws InterruptedException {
        while (true) {
            ChangeEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a %s event within 10 s", kind).isNotNull();
            if (event.kind() == kind) {
                return event;
            }
        }
    }
}
