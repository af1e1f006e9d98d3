package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.RawPeer;
import org.openmom.testing.ServerProcess;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * An unauthenticated peer guessing the admin secret, against {@code openmom server} in a child
 * JVM: it cannot fill the disk through the log, nor forge log lines, nor guess on and on.
 */
@Timeout(60)
class RefusedAdministrationTest {
    private static final String REFUSED_LINE = "refused as administration service";

    @TempDir
    Path home;

    @Test
    void aNameWithANewlineIsLoggedEscapedAndAHugeOneIsCut() throws Exception {
        try (ServerProcess server = start(); RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).admin(true).secret("guess")
                    .service("ADMIN\nFORGED INFO all is well\u202e").user("u".repeat(50_000))); // within the 64 KiB a frame may have before REGISTER
            assertThat(peer.read().type()).isEqualTo(FrameType.REFUSED);
            server.terminate();
        }
        List<String> refusals = linesWith(REFUSED_LINE);
        assertThat(refusals).singleElement().satisfies(line -> assertThat(line)
                .contains("ADMIN\\nFORGED INFO all is well\\u202e/" + "u".repeat(LogSafe.MAX_CHARS) + "…(50000 chars)")
                .hasSizeLessThan(1_000));
        assertThat(Files.readAllLines(log())).noneMatch(line -> line.startsWith("FORGED"));
    }

    @Test
    void repeatedRefusalsAreLoggedOnceAndCloseTheConnection() throws Exception {
        List<FrameType> answers = new ArrayList<>();
        try (ServerProcess server = start(); RawPeer peer = new RawPeer(server.tcpPort(), 10_000)) {
            peer.hello();
            for (int i = 1; i <= 20; i++) {
                peer.send(Header.of(FrameType.REGISTER).req(i).admin(true).secret("guess" + i).service("ADMIN").user("eve"));
            }
            Header answer;
            while ((answer = peer.read()) != null) {
                answers.add(answer.type());
            }
            server.terminate();
        }
        assertThat(answers).as("refused twice, then closed with an ERROR")
                .containsExactly(FrameType.REFUSED, FrameType.REFUSED, FrameType.ERROR);
        assertThat(linesWith(REFUSED_LINE)).hasSize(1);
    }

    private ServerProcess start() throws Exception {
        Path secret = home.resolve("admin.secret");
        Files.writeString(secret, "correct horse\n");
        return ServerProcess.start(home, "-s", "GUARD", "-p", "ncacn_ip_tcp", "-e", "0", "--admin-secret-file", secret.toString());
    }

    private Path log() {
        return home.resolve("logs").resolve("GUARD-1.log");
    }

    private List<String> linesWith(String text) throws Exception {
        return Files.readAllLines(log()).stream().filter(line -> line.contains(text)).toList();
    }
}
