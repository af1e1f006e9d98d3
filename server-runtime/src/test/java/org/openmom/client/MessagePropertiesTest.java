package org.openmom.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.MailboxPage;
import org.openmom.admin.MailboxQuery;
import org.openmom.admin.MailboxRef;
import org.openmom.admin.MessageSummary;
import org.openmom.admin.ServiceInfo;
import org.openmom.fileformat.ParseResult;
import org.openmom.home.OpenMomHome;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.testing.Await;
import org.openmom.testing.RawPeer;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;

/**
 * Message properties on real servers: what a poster gives arrives with the message in its order,
 * through either header encoding, a call, a router and a crash of the server; what passes the
 * limits is refused with the limit named, and an honest client never sends it.
 */
@Timeout(120)
class MessagePropertiesTest {
    private static final ServiceUser BOB = ServiceUser.of("ORDERS", "bob");
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path home;

    private final List<TestServer> servers = new ArrayList<>();

    @AfterEach
    void stop() {
        servers.forEach(TestServer::close);
    }

    private TestServer server(String name) throws Exception {
        TestServer server = TestServer.named(name).home(home.resolve(name)).start();
        servers.add(server);
        return server;
    }

    private static Map<String, String> sample() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("trace", "t-42");
        properties.put("content-type", "application/json");
        properties.put("é 😀", "a value with\ttab, \"quotes\" and\nline");
        properties.put("empty", "");
        return properties;
    }

    private static ReceivedMessage next(OpenMomClient client) throws InterruptedException {
        ReceivedMessage message = client.receive(WAIT);
        assertThat(message).as("a message for " + client.who()).isNotNull();
        return message;
    }

    private static ClientOptions polling(String service, String user, HeaderEncoding encoding) {
        return ClientOptions.of(service, user).withPolling(true).withHeaderEncoding(encoding);
    }

    @Test
    void propertiesArriveInTheirOrderWhicheverHeaderEncodingEachSideSpeaks() throws Exception {
        TestServer server = server("P");
        for (HeaderEncoding sending : HeaderEncoding.values()) {
            for (HeaderEncoding receiving : HeaderEncoding.values()) {
                try (OpenMomClient alice = server.connect(ClientOptions.of("CHAT", "alice").withHeaderEncoding(sending));
                        OpenMomClient bob = server.connect(polling("ORDERS", "bob", receiving))) {
                    alice.post(Post.to(BOB, "order", "{\"n\":1}").withProperties(sample())).get(10, TimeUnit.SECONDS);
                    alice.post(Post.to(BOB, "plain", "no properties")).get(10, TimeUnit.SECONDS);

                    ReceivedMessage got = next(bob);
                    assertThat(got.properties()).as(sending + " to " + receiving).containsExactlyEntriesOf(sample());
                    assertThat(got.bodyText()).isEqualTo("{\"n\":1}");
                    assertThat(next(bob).properties()).as("a message without has none").isEmpty();
                }
            }
        }
    }

    @Test
    void aCallTakesItsPropertiesToItsCallee() throws Exception {
        TestServer server = server("C");
        OpenMomClient callee = server.connect(ClientOptions.of("CALC", "x"));
        callee.setMessageListener(message -> callee.reply(message, message.properties().toString().getBytes(StandardCharsets.UTF_8)));
        OpenMomClient caller = server.connect(ClientOptions.of("CHAT", "alice"));

        byte[] answer = caller.call(ServiceUser.of("CALC", "x"), "sum", new byte[0], Map.of("trace", "t-7"), WAIT)
                .get(10, TimeUnit.SECONDS);

        assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("{trace=t-7}");
    }

    @Test
    void aRoutedMessageKeepsItsPropertiesAndTheTargetListsItsRoute() throws Exception {
        TestServer a = server("A");
        TestServer b = server("B");
        String line = "ServerRouter AB " + b.name() + " 1 127.0.0.1 ncacn_ip_tcp " + b.tcpPort();
        ParseResult<RoutesFile> routes = RoutesParser.parse("test.routes", line);
        assertThat(routes.errors()).isEmpty();
        a.routers().add(routes.model());
        Await.until("router AB connected", () -> a.routers().list().stream().anyMatch(router -> router.connected()));
        OpenMomClient bob = b.polling("ORDERS", "bob");
        OpenMomClient alice = a.connect("CHAT", "alice");

        alice.post(Post.to(BOB, "order", "routed").withProperties(sample()).persistent()).get(10, TimeUnit.SECONDS);

        assertThat(next(bob).properties()).containsExactlyEntriesOf(sample());
        try (AdminSession admin = b.admin()) {
            alice.post(Post.to(BOB, "order", "waits").withProperty("trace", "t-2")).get(10, TimeUnit.SECONDS);
            long bobsInstance = admin.snapshot().get(10, TimeUnit.SECONDS).services().stream()
                    .filter(service -> service.who().equals(BOB)).mapToLong(ServiceInfo::instanceId).findFirst().orElseThrow();
            Await.until("the second message waits in bob's mailbox on B", () -> admin.mailbox(
                    MailboxQuery.first(MailboxRef.service(bobsInstance), 10)).join().total() == 2);
            MailboxPage page = admin.mailbox(MailboxQuery.first(MailboxRef.service(bobsInstance), 10)).get(10, TimeUnit.SECONDS);
            MessageSummary waiting = page.messages().get(1);
            assertThat(waiting.routeText()).isEqualTo("A/1");
            assertThat(waiting.properties()).containsExactly(Map.entry("trace", "t-2"));
        }
    }

    @Test
    void anAdministratorsPostCarriesItsPropertiesAndTheDetailsListThemInOrder() throws Exception {
        TestServer server = server("ADM");
        try (AdminSession admin = server.admin()) {
            long id = admin.post(Post.to(BOB, "order", "test").withProperties(sample()).persistent()).get(10, TimeUnit.SECONDS)
                    .messageId();
            assertThat(admin.message(id).get(10, TimeUnit.SECONDS).properties()).containsExactlyEntriesOf(sample());
        }
    }

    @Test
    void propertiesPastTheLimitsAreRefusedNamingTheLimit() throws Exception {
        Map<String, String> tooMany = new LinkedHashMap<>();
        for (int i = 0; i <= MessagePropertyLimits.MAX_COUNT; i++) {
            tooMany.put("p" + i, "v");
        }
        assertThatThrownBy(() -> Post.to(BOB, "order", "x").withProperties(tooMany))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("65 message properties: at most 64 — leave some out or put them in the body");
        assertThatThrownBy(() -> Post.to(BOB, "order", "x").withProperty("big", "x".repeat(4097)))
                .hasMessage("message property 'big': a value of 4097 bytes, at most 4096 (UTF-8) — shorten it or put it in the body");

        TestServer server = server("L");
        try (RawPeer forger = new RawPeer(server.tcpPort(), 10_000)) {
            forger.hello();
            forger.send(Header.of(FrameType.REGISTER).req(1).service("RAW").user("r"));
            assertThat(forger.readUntil(FrameType.REGISTERED).req()).isEqualTo(1);
            // within what a frame may carry (the servers add a few), beyond what a poster may give: refused, connection kept
            forger.send(Header.of(FrameType.POST).req(2).toService("ORDERS").toUser("bob").event("e").properties(tooMany));
            Header posted = forger.readUntil(FrameType.POSTED);
            assertThat(posted.reason()).isEqualTo("65 message properties: at most 64 — leave some out or put them in the body");
            forger.send(Header.of(FrameType.POST).req(3).toService("ORDERS").toUser("bob").event("e").properties(Map.of("a", "1")));
            assertThat(forger.readUntil(FrameType.POSTED).reason()).as("the connection goes on").isNull();
            // beyond what any frame may carry: a forged frame, the connection closed
            Map<String, String> forged = new LinkedHashMap<>(tooMany);
            for (int i = 0; i < MessagePropertyLimits.SERVER_EXTRA_COUNT; i++) {
                forged.put("q" + i, "v");
            }
            forger.send(Header.of(FrameType.POST).req(4).toService("ORDERS").toUser("bob").event("e").properties(forged));
            Header error = forger.readUntil(FrameType.ERROR);
            assertThat(error.reason()).contains("header field \"props\" has more than 80 properties");
            assertThat(forger.closedByServer()).isTrue();
        }
    }

    @Test
    void persistentPropertiesSurviveASigkillOfTheServer() throws Exception {
        Path processHome = Files.createDirectories(home.resolve("process"));
        OpenMomHome openMomHome = new OpenMomHome(processHome);
        try (ServerProcess server = ServerProcess.start(processHome, "-s", "KEEP", "-p", "ncacn_ip_tcp", "-e", "0");
                OpenMomClient alice = OpenMomClient.connect(ClientOptions.of("CHAT", "alice").withHome(openMomHome).withReconnect(false),
                        ServerAddress.tcp("127.0.0.1", server.tcpPort()))) {
            PostResult kept = alice.post(Post.to(BOB, "order", "kept").withProperties(sample()).persistent()).get(10, TimeUnit.SECONDS);
            assertThat(kept.waiting()).isTrue();
            alice.post(Post.to(BOB, "order", "plain").persistent()).get(10, TimeUnit.SECONDS);
            server.kill();
        }
        try (ServerProcess server = ServerProcess.start(processHome, "-s", "KEEP", "-p", "ncacn_ip_tcp", "-e", "0");
                OpenMomClient bob = OpenMomClient.connect(ClientOptions.of("ORDERS", "bob").withHome(openMomHome).withReconnect(false)
                        .withPolling(true), ServerAddress.tcp("127.0.0.1", server.tcpPort()))) {
            ReceivedMessage first = next(bob);
            assertThat(first.bodyText()).isEqualTo("kept");
            assertThat(first.properties()).containsExactlyEntriesOf(sample());
            ReceivedMessage second = next(bob);
            assertThat(second.bodyText()).isEqualTo("plain");
            assertThat(second.properties()).isEmpty();
        }
    }
}
