package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.Await;
import org.openmom.testing.RawPeer;
import org.openmom.testing.ServerProcess;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * A server at its process's file descriptor limit (issue #18 item 4), a child process started
 * with {@code ulimit -n 256}: a new connection is told at once why it is turned away, where
 * before it waited in the kernel's backlog without a word (each peer here gives up after 10 s
 * without an answer, which fails the test).
 */
@Timeout(120)
class DescriptorLimitProcessTest {
    @TempDir
    Path home;

    @Test
    void connectionsStopBelowTheDescriptorLimit_theNextIsToldWhyAtOnce_andAPlaceComesFreeWhenOneCloses() throws Exception {
        List<RawPeer> peers = new ArrayList<>();
        try (ServerProcess server = ServerProcess.startWithDescriptorLimit(home, 256, "-s", "TIGHT", "-p", "ncacn_ip_tcp", "-e", "0")) {
            Header turnedAway = null;
            while (turnedAway == null && peers.size() < 256) {
                RawPeer peer = new RawPeer(server.tcpPort(), 10_000);
                peers.add(peer);
                peer.send(Header.of(FrameType.HELLO).version(1).client("raw"));
                Header answer = peer.read();
                if (answer.type() != FrameType.WELCOME) {
                    turnedAway = answer;
                }
            }

            assertThat(turnedAway).isNotNull();
            assertThat(turnedAway.type()).isEqualTo(FrameType.ERROR);
            assertThat(turnedAway.reason()).matches("server TIGHT/1 has \\d+ connections, as many as the 256 file descriptors the process"
                    + " may open leave room for \\(ulimit -n\\): raise that limit, or try again later");
            assertThat(Files.readString(home.resolve("child-stderr.txt"))).contains("server TIGHT/1 takes", "raise ulimit -n to take more");

            peers.remove(peers.size() - 1).close();
            peers.remove(0).close();
            Await.until("a place came free once the server saw a connection go", () -> RawPeer.welcomedAt(server.tcpPort()));
        } finally {
            for (RawPeer peer : peers) {
                peer.close();
            }
        }
    }
}
