package org.openmom.server.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageDetail;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.openmom.testing.RawPeer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;

/**
 * Routers between real servers on loopback (docs/routers.md): lines, rings, explicit routers,
 * global messages, calls, a disabled server that only routes.
 */
class RoutingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path temp;

    private final List<TestServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(TestServer::close);
    }

    private TestServer server(String name) throws Exception {
        TestServer server = TestServer.named(name).home(temp.resolve(name)).start();
        servers.add(server);
        return server;
    }

    /** Adds a router of the given kind and words (before the target's fields) from {@code from} to {@code to}, and waits until it is connected. */
    private static void route(TestServer from, String kindAndWhat, TestServer to) throws Exception {
        String line = kindAndWhat + " " + to.name() + " 1 127.0.0.1 ncacn_ip_tcp " + to.tcpPort();
        from.routers().add(routes(line));
        String name = line.split(" ")[1];
        Await.until("router " + name + " of " + from.name() + " connected", () -> from.routers().list().stream()
                .anyMatch(router -> router.declaration().name().equals(name) && router.connected()));
    }

    private static RoutesFile routes(String text) {
        ParseResult<RoutesFile> parsed = RoutesParser.parse("test.routes", text);
        assertThat(parsed.errors()).isEmpty();
        return parsed.model();
    }

    private static ReceivedMessage next(OpenMomClient client) throws InterruptedException {
        ReceivedMessage message = client.receive(WAIT);
        assertThat(message).as("a message for " + client.who()).isNotNull();
        return message;
    }

    private static Post message(String service, String user, String event, String text) {
        return Post.to(service, user, event, text.getBytes(StandardCharsets.UTF_8));
    }

    private static PostResult post(OpenMomClient sender, Post post) throws Exception {
        return sender.post(post).get(10, TimeUnit.SECONDS);
    }

    private static String text(ReceivedMessage message) {
        return new String(message.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aMessageWithoutRecipientGoesAlongALineOfServerRouters() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServerRouter BC", c);
        OpenMomClient bob = c.polling("CHAT", "bob");
        OpenMomClient alice = a.polling("CHAT", "alice");

        PostResult result = alice.post(message("CHAT", "bob", "say", "hello").persistent())
                .get(10, TimeUnit.SECONDS);

        assertThat(result.recipients()).as("the router took it").isEqualTo(1);
        ReceivedMessage got = next(bob);
        assertThat(text(got)).isEqualTo("hello");
        assertThat(got.from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
    }

    @Test
    void usersListsTheServicesOfEveryServerTheRoutersReachEachOnceWithItsServer() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServerRouter BA", a);
        route(b, "ServerRouter BC", c);
        route(c, "ServerRouter CA", a); // a ring: A is reached again from C, and listed once
        OpenMomClient alice = a.polling("CHAT", "alice");
        b.polling("CHAT", "bob");
        c.polling("CHAT", "carol");
        c.polling("OTHER", "x");

        List<UserInfo> users = alice.users(ServiceUser.parse("CHAT/*")).get(10, TimeUnit.SECONDS);

        assertThat(users).extracting(user -> user.service() + "/" + user.user() + "@" + user.server())
                .containsExactlyInAnyOrder("CHAT/alice@A/1", "CHAT/bob@B/1", "CHAT/carol@C/1");
        try (RawPeer stranger = new RawPeer(a.tcpPort(), 10_000)) {
            stranger.hello();
            stranger.send(Header.of(FrameType.USERS).req(7).service("CHAT").user("*"));
            assertThat(stranger.readUntil(FrameType.USERS).users()).as("an unregistered peer asks this server only")
                    .extracting(UserInfo::user).containsExactly("alice");
        }
    }

    @Test
    void theRouteOfAMessageNamesEveryServerItPassed() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServerRouter BC", c);
        c.polling("CHAT", "bob");
        OpenMomClient alice = a.polling("CHAT", "alice");
        post(alice, message("CHAT", "bob", "say", "hi").persistent());

        try (AdminSession admin = c.admin()) {
            Await.until("the message on C", () -> admin.snapshot().join().services().stream().anyMatch(s -> s.mailboxSize() == 1));
            long instance = admin.snapshot().join().services().get(0).instanceId();
            long id = admin.mailbox(MailboxQuery.first(MailboxRef.service(instance), 10)).join().messages().get(0).id();
            MessageDetail detail = admin.message(id).get(10, TimeUnit.SECONDS);
            assertThat(detail.route()).extracting(hop -> hop.server()).containsExactly("A/1", "B/1");
        }
    }

    @Test
    void aRingDeliversOnceAndStops() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServerRouter BC", c);
        route(c, "ServerRouter CA", a);
        OpenMomClient alice = a.polling("CHAT", "alice");

        // nobody is CHAT/nobody anywhere: the message goes round once and waits on the last server
        PostResult result = alice.post(message("CHAT", "nobody", "say", "lost?").persistent())
                .get(10, TimeUnit.SECONDS);
        assertThat(result.recipients()).isEqualTo(1);

        Await.until("the message waiting on C, the last server before A", () -> !c.broker().waitingSeeds().isEmpty());
        assertThat(a.broker().waitingSeeds()).isEmpty();
        assertThat(b.broker().waitingSeeds()).isEmpty();
        assertThat(c.broker().waitingSeeds()).hasSize(1);
        Await.until("every router empty", () -> servers.stream().allMatch(s -> s.routers().list().stream().allMatch(r -> r.waiting() == 0)));
    }

    @Test
    void aGlobalMessageReachesEveryServerOfARingExactlyOnce() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServerRouter BC", c);
        route(c, "ServerRouter CA", a);
        route(a, "ServerRouter AC", c); // a second path to C
        List<OpenMomClient> listeners = List.of(a.polling("NEWS", "a"), b.polling("NEWS", "b"), c.polling("NEWS", "c"));
        OpenMomClient editor = a.polling("EDITOR", "ed");

        post(editor, message("NEWS", "*", "flash", "extra").global());

        for (OpenMomClient listener : listeners) {
            assertThat(text(next(listener))).isEqualTo("extra");
        }
        for (OpenMomClient listener : listeners) {
            assertThat(listener.receive(Duration.ofMillis(500))).as("a second copy for " + listener.who()).isNull();
        }
    }

    @Test
    void aServiceRouterWinsOverLocalDelivery() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        route(a, "ServiceRouter PAY PAYROLL", b);
        OpenMomClient localPayroll = a.polling("PAYROLL", "p");
        OpenMomClient remotePayroll = b.polling("PAYROLL", "p");
        OpenMomClient localChat = a.polling("CHAT", "c");
        OpenMomClient sender = a.polling("APP", "x");

        post(sender, message("PAYROLL", "p", "pay", "100"));
        post(sender, message("CHAT", "c", "say", "local"));

        assertThat(text(next(remotePayroll))).isEqualTo("100");
        assertThat(text(next(localChat))).isEqualTo("local");
        assertThat(localPayroll.receive(Duration.ofMillis(300))).isNull();
    }

    @Test
    void anEventRouterTakesItsEventOnly() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServiceRouter ALL PAYROLL", b);
        route(a, "EventRouter AUDIT PAYROLL audit", c);
        OpenMomClient onB = b.polling("PAYROLL", "p");
        OpenMomClient onC = c.polling("PAYROLL", "p");
        OpenMomClient sender = a.polling("APP", "x");

        post(sender, message("PAYROLL", "p", "audit", "check"));
        post(sender, message("PAYROLL", "p", "pay", "100"));

        assertThat(text(next(onC))).isEqualTo("check");
        assertThat(text(next(onB))).isEqualTo("100");
        assertThat(onC.receive(Duration.ofMillis(300))).isNull();
    }

    @Test
    void aDisabledServerDeliversNothingLocallyButRoutes() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        route(a, "ServerRouter AB", b);
        OpenMomClient sender = a.polling("APP", "x");
        OpenMomClient localChat = a.polling("CHAT", "c");
        OpenMomClient remoteChat = b.polling("CHAT", "c");
        a.broker().setEnabled(false);

        PostResult result = post(sender, message("CHAT", "c", "say", "via B"));

        assertThat(result.recipients()).isEqualTo(1);
        assertThat(text(next(remoteChat))).isEqualTo("via B");
        assertThat(localChat.receive(Duration.ofMillis(300))).isNull();
    }

    @Test
    void aCallGoesThroughTwoRoutersAndItsReplyComesBack() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        TestServer c = server("C");
        route(a, "ServerRouter AB", b);
        route(b, "ServiceRouter CLOCK CLOCK", c);
        OpenMomClient clock = c.listening("CLOCK", "1");
        clock.setCallHandler(call -> ("it is noon, " + call.from().user()).getBytes(StandardCharsets.UTF_8));
        OpenMomClient caller = a.polling("APP", "ann");

        byte[] answer = caller.call(ServiceUser.of("CLOCK", "1"), "time", new byte[0], WAIT).get(10, TimeUnit.SECONDS);

        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("it is noon, ann");
    }

    @Test
    void aRouterWithAnUnreachableTargetRetriesAndDeliversWhatWaitedOnceTheTargetStarts() throws Exception {
        TestServer a = server("A");
        int port = freePort();
        a.routers().add(routes("ServerRouter AB B 1 127.0.0.1 ncacn_ip_tcp " + port));
        Await.until("router AB retrying", () -> a.routers().list().get(0).state().startsWith("retrying: "));
        OpenMomClient alice = a.polling("CHAT", "alice");
        post(alice, message("CHAT", "bob", "say", "later").persistent());
        assertThat(a.routers().list().get(0).waiting()).isEqualTo(1);

        TestServer b = TestServer.named("B").home(temp.resolve("B")).port(port).start();
        servers.add(b);
        OpenMomClient bob = b.polling("CHAT", "bob");

        assertThat(text(next(bob))).isEqualTo("later");
        Await.until("nothing waiting in AB", () -> a.routers().list().get(0).waiting() == 0);
    }

    @Test
    void addingARouterTwiceOrToItselfIsRefusedWhole() throws Exception {
        TestServer a = server("A");
        a.routers().add(routes("ServerRouter R1 B 1 127.0.0.1 ncacn_ip_tcp 7"));

        assertThatThrownBy(() -> a.routers().add(routes("ServerRouter R2 C 1 127.0.0.1 ncacn_ip_tcp 7\nServerRouter R1 B 1 127.0.0.1 ncacn_ip_tcp 7")))
                .isInstanceOf(RouterException.class).hasMessageContaining("already has a router named R1");
        assertThatThrownBy(() -> a.routers().add(routes("ServerRouter SELF A 1 127.0.0.1 ncacn_ip_tcp 7")))
                .isInstanceOf(RouterException.class).hasMessageContaining("leads to server A/1 itself");
        assertThat(a.routers().list()).extracting(r -> r.declaration().name()).containsExactly("R1");
    }

    @Test
    void removingARouterRoutesItsWaitingMessagesAgain() throws Exception {
        TestServer a = server("A");
        a.routers().add(routes("ServerRouter AB B 1 127.0.0.1 ncacn_ip_tcp " + freePort()));
        OpenMomClient alice = a.polling("CHAT", "alice");
        post(alice, message("CHAT", "bob", "say", "kept").persistent());

        RouterStatus removed = a.routers().remove("AB");

        assertThat(removed.waiting()).isEqualTo(1);
        assertThat(a.broker().waitingSeeds()).extracting(m -> m.to()).containsExactly(ServiceUser.of("CHAT", "bob"));
        OpenMomClient bob = a.polling("CHAT", "bob");
        assertThat(text(next(bob))).isEqualTo("kept");
    }

    private static int freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
