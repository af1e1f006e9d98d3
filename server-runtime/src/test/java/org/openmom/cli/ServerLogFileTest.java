package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.RawPeer;
import org.openmom.testing.ServerProcess;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** {@code openmom server --log-size}: the log file rolls, and the files kept are capped. */
@Timeout(120)
class ServerLogFileTest {
    private static final int LOG_SIZE = 8 * 1024;
    /** Far more than the log file and its rolled files may hold. */
    private static final int CONNECTIONS = 200;

    @TempDir
    Path home;

    @Test
    void theLogRollsAtItsSizeAndKeepsFiveRolledFiles() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, "-s", "ROLL", "-p", "ncacn_ip_tcp", "-e", "0", "--log-size", "8K")) {
            for (int i = 0; i < CONNECTIONS; i++) {
                try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
                    peer.hello();
                    peer.send(Header.of(FrameType.REGISTER).req(1).admin(true).service("ADMIN-" + "x".repeat(300)).user("eve"));
                    assertThat(peer.read().type()).isEqualTo(FrameType.REFUSED);
                }
            }
            server.terminate();
        }
        List<Path> files;
        try (Stream<Path> logs = Files.list(home.resolve("logs"))) {
            files = logs.sorted().toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString())
                .containsExactly("ROLL-1.1.log", "ROLL-1.2.log", "ROLL-1.3.log", "ROLL-1.4.log", "ROLL-1.5.log", "ROLL-1.log");
        for (Path file : files) {
            assertThat(Files.size(file)).as(file.toString()).isLessThan(LOG_SIZE + 2_000);
        }
        assertThat(Files.readString(home.resolve("logs/ROLL-1.log"))).as("the newest lines are in the current file")
                .contains("stopped");
    }
}
