package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.testing.Await;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * What a peer may hold of a server before it is anyone (issue #18 item 4), against a real server:
 * connections that never register are closed, frames before REGISTER are small, connections per
 * address are bounded — and registered services are not hindered.
 */
class AdmissionTest {
    @TempDir
    Path home;

    private TestServer start(ConnectionLimits limits) throws Exception {
        return TestServer.named("DOOR").home(home).limits(limits).start();
    }

    @Test
    void aConnectionThatNeverRegistersIsClosedAfterTheRegistrationTimeout() throws Exception {
        try (TestServer server = start(ConnectionLimits.defaults().withRegistrationTimeout(500));
             RawPeer idle = new RawPeer(server.tcpPort(), 10_000)) {
            idle.hello();
            idle.send(Header.of(FrameType.PING)); // alive, but nobody

            Header error = idle.readUntil(FrameType.ERROR);

            assertThat(error.reason()).isEqualTo("no REGISTER within 500 ms of connecting");
            assertThat(idle.closedByServer()).isTrue();
        }
    }

    @Test
    void beforeRegisterAFrameMayBeSmallOnlyAfterwardsFullSize() throws Exception {
        try (TestServer server = start(ConnectionLimits.defaults())) {
            try (RawPeer stranger = new RawPeer(server.tcpPort(), 10_000)) {
                stranger.hello();
                // announces a frame of 1 MiB and sends none of it: the server need not buffer it
                stranger.write(ByteBuffer.allocate(4).putInt(1024 * 1024).array());

                assertThat(stranger.readUntil(FrameType.ERROR).reason()).isEqualTo(
                        "frame of 1048576 bytes, larger than the maximum of 65536 bytes — before REGISTER a frame may have 65536 bytes at most");
            }
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            alice.post(Post.to("CHAT", "bob", "say", new byte[1024 * 1024])).get(10, TimeUnit.SECONDS);
            ReceivedMessage big = bob.receive(Duration.ofSeconds(10));
            assertThat(big).isNotNull();
            assertThat(big.body()).hasSize(1024 * 1024);
        }
    }

    @Test
    void unfinishedFramesOfConnectionsNotRegisteredAreBoundedAllTogether_registeredServicesGoOn() throws Exception {
        List<RawPeer> strangers = new ArrayList<>();
        try (TestServer server = start(ConnectionLimits.defaults().withUnregisteredMemory(256 * 1024))) {
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            // six peers each send all but the last byte of a 60 KiB frame: 360 KiB kept unless bounded
            byte[] mostOfAFrame = ByteBuffer.allocate(60 * 1024).putInt(60 * 1024).array();
            for (int i = 0; i < 6; i++) {
                RawPeer stranger = new RawPeer(server.tcpPort(), 10_000);
                strangers.add(stranger);
                stranger.hello();
                stranger.write(mostOfAFrame);
            }

            // at most four of them fit 256 KiB: the others are turned away
            Await.until("two strangers turned away", () -> strangers.stream().filter(RawPeer::hasAnswered).count() >= 2);
            for (RawPeer stranger : strangers) {
                if (stranger.hasAnswered()) {
                    assertThat(stranger.readUntil(FrameType.ERROR).reason()).isEqualTo("server DOOR/1 keeps 256.0 KiB of unfinished frames"
                            + " for connections not registered, its limit (--max-unregistered-memory): register with small frames, or try again later");
                    assertThat(stranger.closedByServer()).isTrue();
                }
            }
            alice.post(Post.to("CHAT", "bob", "say", new byte[1024 * 1024])).get(10, TimeUnit.SECONDS);
            assertThat(bob.receive(Duration.ofSeconds(10)).body()).hasSize(1024 * 1024);
        } finally {
            for (RawPeer stranger : strangers) {
                stranger.close();
            }
        }
    }

    @Test
    void connectionsFromOneAddressAreBoundedAndTheNextIsTurnedAway() throws Exception {
        List<RawPeer> peers = new ArrayList<>();
        try (TestServer server = start(ConnectionLimits.defaults().withConnections(100, 3))) {
            for (int i = 0; i < 3; i++) {
                RawPeer peer = new RawPeer(server.tcpPort(), 10_000);
                peers.add(peer);
                peer.hello();
            }
            try (RawPeer fourth = new RawPeer(server.tcpPort(), 10_000)) {
                Header error = fourth.read();
                assertThat(error.type()).isEqualTo(FrameType.ERROR);
                assertThat(error.reason()).isEqualTo("server DOOR/1 has 3 connections from 127.0.0.1, its limit per address"
                        + " (--max-connections-per-address): close some first");
                assertThat(fourth.closedByServer()).isTrue();
            }
            peers.remove(0).close();
            Await.until("a place came free once the server saw a connection go", () -> RawPeer.welcomedAt(server.tcpPort()));
        } finally {
            for (RawPeer peer : peers) {
                peer.close();
            }
        }
    }
}
