package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.failure;
import static org.openmom.testing.Answers.get;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RouterKind;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/** Routers created, listed, watched, paged and removed by an administration session on real servers. */
@Timeout(60)
class RoutersAdministrationTest {
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;

    private static String serverRouter(String name, TestServer target) {
        return "ServerRouter " + name + " " + target.name() + " 1 127.0.0.1 ncacn_ip_tcp " + target.tcpPort();
    }

    @Test
    void aRouterCreatedFromOneLineIsListedInTheSnapshotWithItsState() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start();
                TestServer a = TestServer.named("A").home(home).start();
                AdminSession session = a.admin()) {
            List<RouterInfo> created = get(session.addRouters(serverRouter("toB", b)));

            assertThat(created).hasSize(1);
            RouterInfo router = created.get(0);
            assertThat(router.name()).isEqualTo("toB");
            assertThat(router.kind()).isEqualTo(RouterKind.SERVER);
            assertThat(router.what()).isEqualTo("*");
            assertThat(router.line()).isEqualTo(serverRouter("toB", b));
            assertThat(router.targetLabel()).isEqualTo("B/1@127.0.0.1:" + b.tcpPort() + " (ncacn_ip_tcp)");
            awaitConnected(session);
            RouterInfo listed = get(session.snapshot()).routers().get(0);
            assertThat(listed.name()).isEqualTo("toB");
            assertThat(listed.state()).isEqualTo("connected");
            assertThat(listed.connectedTo()).startsWith("B/1");
        }
    }

    @Test
    void aServiceAndAnEventRouterSayWhatTheyRoute() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start();
                TestServer a = TestServer.named("A").home(home).start();
                AdminSession session = a.admin()) {
            String target = " B 1 127.0.0.1 ncacn_ip_tcp " + b.tcpPort();
            List<RouterInfo> created = get(session.addRouters("# orders go to B\nServiceRouter orders ORDERS" + target
                    + "\nEventRouter alerts CHAT alert" + target + "\n"));

            assertThat(created).extracting(RouterInfo::name).containsExactly("orders", "alerts");
            assertThat(created).extracting(RouterInfo::kind).containsExactly(RouterKind.SERVICE, RouterKind.EVENT);
            assertThat(created).extracting(RouterInfo::what).containsExactly("ORDERS", "CHAT/alert");
            assertThat(created.get(1).line()).isEqualTo("EventRouter alerts CHAT alert" + target);
        }
    }

    @Test
    void linesWithProblemsCreateNoRouterAndTheReasonSaysWhereAndHow() throws Exception {
        try (TestServer a = TestServer.named("A").home(home).start(); AdminSession session = a.admin()) {
            String reason = failure(session.addRouters("ServerRouter ok B 1 127.0.0.1 ncacn_ip_tcp 7411\nServerRoutr bad B 1 h ncacn_ip_tcp 1"));

            assertThat(reason).isEqualTo("local:A.1: 2:1: unknown router kind 'ServerRoutr' — start the line with one of "
                    + "ServerRouter, ServiceRouter, EventRouter");
            assertThat(failure(session.addRouters("ServerRouter onlyName"))).contains("1:22: missing server name, role, network address,");
            assertThat(failure(session.addRouters("Nonsense\n".repeat(7)))).as("one line however many problems")
                    .contains("5:1: unknown router kind").doesNotContain("6:1:").endsWith("; and 2 more").doesNotContain("\n");
            assertThat(get(session.routers())).as("all or nothing").isEmpty();
        }
    }

    @Test
    void aNameAlreadyUsedIsRefusedAndRemovingAnUnknownRouterSaysSo() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start();
                TestServer a = TestServer.named("A").home(home).start();
                AdminSession session = a.admin()) {
            get(session.addRouters(serverRouter("toB", b)));

            assertThat(failure(session.addRouters(serverRouter("other", b) + "\n" + serverRouter("toB", b)))).contains("toB");
            assertThat(get(session.routers())).extracting(RouterInfo::name).containsExactly("toB");
            assertThat(failure(session.removeRouter("nope"))).startsWith("local:A.1: ").contains("nope");

            RouterInfo removed = get(session.removeRouter("toB"));
            assertThat(removed.name()).isEqualTo("toB");
            assertThat(get(session.routers())).isEmpty();
        }
    }

    @Test
    void creatingAndRemovingARouterAreWatched() throws Exception {
        BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();
        try (TestServer b = TestServer.named("B").home(home).start();
                TestServer a = TestServer.named("A").home(home).start();
                AdminSession session = a.admin()) {
            get(session.watch(WatchRequest.structure(), events::add));

            get(session.addRouters(serverRouter("toB", b)));
            assertThat(next(events).detail()).isEqualTo("toB");
            awaitConnected(session);

            // the link's own events came before it was seen connected
            long removedAt = System.currentTimeMillis();
            get(session.removeRouter("toB"));
            ChangeEvent removed;
            do {
                removed = next(events);
            } while (removed.timeMillis() < removedAt);
            assertThat(removed.detail()).isEqualTo("toB");
        }
    }

    @Test
    void aMessageWaitingInARouterIsPagedFoundAndDeletedThroughTheRoutersQueue() throws Exception {
        int nobodyListens;
        try (ServerSocket free = new ServerSocket(0)) {
            nobodyListens = free.getLocalPort();
        }
        try (TestServer a = TestServer.named("A").home(home).start();
                OpenMomClient alice = a.connectOnce("CHAT", "alice");
                AdminSession session = a.admin()) {
            get(session.addRouters("ServiceRouter orders ORDERS B 1 127.0.0.1 ncacn_ip_tcp " + nobodyListens));
            long id = alice.post(Post.to(ServiceUser.of("ORDERS", "desk"), "order", "one").persistent())
                    .get(5, TimeUnit.SECONDS).messageId();
            Await.until("the order waits in the router", () -> session.routers().join().get(0).waiting() == 1);
            RouterInfo router = get(session.routers()).get(0);
            assertThat(router.state()).startsWith("retrying: ");
            MailboxRef queue = MailboxRef.service(router.queueId());

            MailboxPage page = get(session.mailbox(MailboxQuery.first(queue, 10)));
            assertThat(page.messages()).extracting(MessageSummary::id).containsExactly(id);
            assertThat(get(session.message(id)).foundIn()).contains(queue);

            assertThat(get(session.delete(queue, List.of(id))).deleted()).isEqualTo(1);
            assertThat(get(session.mailbox(MailboxQuery.first(queue, 10))).total()).isZero();
            assertThat(get(session.routers()).get(0).waiting()).isZero();
        }
    }

    @Test
    void aGlobalMessageIsAGlobalMessageSeedWhereItWasPostedAndAGlobalMessageWhereItWasRouted() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start();
                TestServer a = TestServer.named("A").home(home).start();
                OpenMomClient alice = a.connectOnce("CHAT", "alice");
                AdminSession onA = a.admin();
                AdminSession onB = b.admin()) {
            a.polling("CHAT", "bob");
            b.polling("CHAT", "bob");
            get(onA.addRouters(serverRouter("toB", b)));
            awaitConnected(onA);

            long id = alice.post(Post.to(BOB, "news", "to every server").global()).get(5, TimeUnit.SECONDS).messageId();

            MailboxRef seeds = MailboxRef.server(MailboxKind.GLOBAL_MESSAGE_SEEDS);
            MailboxRef globals = MailboxRef.server(MailboxKind.GLOBAL_MESSAGES);
            assertThat(get(onA.mailbox(MailboxQuery.first(seeds, 10))).messages()).extracting(MessageSummary::id).containsExactly(id);
            assertThat(get(onA.mailbox(MailboxQuery.first(globals, 10))).total()).isZero();
            Await.until("the message reached B", () -> onB.mailbox(MailboxQuery.first(globals, 10)).join().total() == 1);
            assertThat(get(onB.mailbox(MailboxQuery.first(seeds, 10))).total()).isZero();
            MessageSummary routed = get(onB.mailbox(MailboxQuery.first(globals, 10))).messages().get(0);
            MessageDetail detail = get(onB.message(routed.id()));
            assertThat(detail.foundIn()).contains(globals);
            assertThat(detail.route()).extracting(hop -> hop.server()).containsExactly("A/1");
            assertThat(detail.route().get(0).messageId()).isEqualTo(id);
        }
    }

    /** Its only router's link is up (join: the session's answer timeout bounds each look). */
    private static void awaitConnected(AdminSession session) throws InterruptedException {
        Await.until("the router is connected", () -> session.routers().join().get(0).connected());
    }

    private static ChangeEvent next(BlockingQueue<ChangeEvent> events) throws InterruptedException {
        while (true) {
            ChangeEvent event = events.poll(10, TimeUnit.SECONDS);
            assertThat(event).as("a ROUTER_CHANGED event within 10 s").isNotNull();
            if (event.kind() == ChangeKind.ROUTER_CHANGED) {
                return event;
            }
        }
    }
}
