package org.openmom.benchmarks.nats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.benchmarks.kit.Latencies;
import org.openmom.benchmarks.kit.WorkloadKind;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * The NATS side of W1 and W5 against the machine's nats-server (Debian package nats-server;
 * .ci/run installs it): every message of every pair arrives, run after run — more messages than
 * a publisher may run ahead of its subscriber, so the window is waited on.
 */
class NatsStreamTest {
    private static final String PROGRAM = "nats-server";

    @TempDir
    static Path dir;

    private static Process server;
    private static int port;

    @BeforeAll
    static void startServer() throws Exception {
        port = freeLoopbackPort();
        Path log = dir.resolve("nats-server.log");
        server = new ProcessBuilder(program(), "-a", "127.0.0.1", "-p", Integer.toString(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!Files.readString(log).contains("Server is ready")) {
            assertThat(server.isAlive()).as("nats-server running: " + Files.readString(log)).isTrue();
            assertThat(System.nanoTime()).as("nats-server ready within 20 s").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.destroy();
        server.waitFor(10, TimeUnit.SECONDS);
    }

    @Test
    void everyMessageOfEveryPairArrivesRunAfterRun() throws Exception {
        int messages = 3 * NatsStream.WINDOW;
        WorkloadSettings settings = new WorkloadSettings(WorkloadKind.STREAM, "127.0.0.1", port, port, messages, messages / 10,
                100, 2, 3, 0, 0);
        try (NatsStream stream = new NatsStream(settings)) {
            stream.run(messages / 10, Latencies.IGNORED);
            stream.run(messages, Latencies.IGNORED); // fails naming how many arrived when some do not
        }
    }

    @Test
    void otherWorkloadsAreRefusedByName() {
        WorkloadSettings persistent = new WorkloadSettings(WorkloadKind.PERSISTENT_BLOCKING, "127.0.0.1", port, port, 10, 1,
                1024, 1, 0, 1, 0);
        assertThatThrownBy(() -> NatsWorkloads.open(persistent)).hasMessageContaining("W1 and W5 only")
                .hasMessageContaining("PERSISTENT_BLOCKING");
    }

    /** The server program: on the PATH, or where Debian's package puts it. */
    private static String program() {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, PROGRAM))) {
                return Path.of(folder, PROGRAM).toString();
            }
        }
        Path debian = Path.of("/usr/sbin", PROGRAM);
        assertThat(debian).as("nats-server installed (Debian: apt-get install nats-server)").isExecutable();
        return debian.toString();
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
