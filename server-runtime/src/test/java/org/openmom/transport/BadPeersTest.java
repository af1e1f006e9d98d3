package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** Misbehaving peers get an ERROR and are closed; everyone else is served on. */
@Timeout(30)
class BadPeersTest {
    private static final long HEARTBEAT = 300;
    @TempDir
    Path home;
    private TestServer server;
    private OpenMomClient goodCitizen;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).timeouts(HEARTBEAT, 2 * HEARTBEAT).start();
        goodCitizen = OpenMomClient.connect(ClientOptions.of("GOOD", "g").withHome(server.home()), server.tcp());
        goodCitizen.setMessageListener(m -> { });
    }

    @AfterEach
    void stop() {
        goodCitizen.close();
        server.close();
    }

    private void assertOthersStillServed() throws Exception {
        assertThat(goodCitizen.post(Post.to(ServiceUser.of("GOOD", "g"), "still", "here")).get(5, TimeUnit.SECONDS).recipients())
                .isEqualTo(1);
    }

    private static void assertErrorThenClosed(RawPeer peer, String reason) throws Exception {
        Header error = peer.readUntil(FrameType.ERROR);
        assertThat(error).as("ERROR frame").isNotNull();
        assertThat(error.reason()).contains(reason);
        assertThat(peer.closedByServer()).isTrue();
    }

    @Test
    void garbageBytes() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.write(new byte[] {0, 0, 0, 12, 0, 0, 0, 8, 'n', 'o', 't', ' ', 'j', 's', 'o', 'n'});
            assertErrorThenClosed(peer, "not valid JSON");
        }
        assertOthersStillServed();
    }

    @Test
    void oversizedFrame() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.write(new byte[] {0x7f, 0, 0, 0});
            assertErrorThenClosed(peer, "larger than the maximum");
        }
        assertOthersStillServed();
    }

    @Test
    void unknownFrameType() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            byte[] header = "{\"type\":\"FLY\"}".getBytes(StandardCharsets.UTF_8);
            java.nio.ByteBuffer frame = java.nio.ByteBuffer.allocate(8 + header.length);
            frame.putInt(4 + header.length).putInt(header.length).put(header);
            peer.write(frame.array());
            assertErrorThenClosed(peer, "unknown frame type \"FLY\"");
        }
        assertOthersStillServed();
    }

    @Test
    void anythingBeforeHello() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.send(Header.of(FrameType.POST).toService("A").toUser("b").event("e"));
            assertErrorThenClosed(peer, "first frame must be HELLO");
        }
    }

    @Test
    void postingBeforeRegistering() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.POST).toService("A").toUser("b").event("e"));
            assertErrorThenClosed(peer, "POST before REGISTER");
        }
    }

    @Test
    void noHelloAtAll() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            assertErrorThenClosed(peer, "no HELLO");
        }
        assertOthersStillServed();
    }

    @Test
    void silentPeerIsDroppedAndUnregistered() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("MUTE").user("m"));
            assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
            assertThat(server.broker().users(ServiceUser.parse("MUTE/*"))).hasSize(1);
            // never answers the server's PINGs nor sends anything: dropped after 3 heartbeats
            assertThat(peer.closedByServer()).isTrue();
        }
        Await.until("MUTE unregistered", () -> server.broker().users(ServiceUser.parse("MUTE/*")).isEmpty());
        assertOthersStillServed(); // the client library answers PINGs: still registered
    }

    @Test
    void registrationIsRefusedOnceAlreadyRegistered() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("A").user("a"));
            assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
            peer.send(Header.of(FrameType.REGISTER).req(2).service("A").user("b"));
            Header refused = peer.readUntil(FrameType.REFUSED);
            assertThat(refused.req()).isEqualTo(2);
            assertThat(refused.reason()).contains("already registered");
        }
    }

    @Test
    void peerThatStopsReadingIsDroppedWhileMessagesWaitInItsMailbox() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("SLOW").user("s").window(1_000_000));
            assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
            byte[] big = new byte[60_000];
            for (int i = 0; i < 1_000; i++) { // 60 MB: far more than socket buffers hold
                goodCitizen.send(new Post(ServiceUser.of("SLOW", "s"), "big", 0, big));
            }
            Await.until("SLOW dropped", () -> server.broker().users(ServiceUser.parse("SLOW/*")).isEmpty());
        }
        assertOthersStillServed();
    }
}
