package org.openmom.reflex;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ProtocolSequence;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.server.MessageStore;
import org.openmom.testing.TestServer;

/** Tests whose servers run reflexes of the test jar, compiled once per test class. */
abstract class ReflexJarServerTest {
    @TempDir
    static Path shared;
    static Path jar;

    @TempDir
    Path dir;
    TestServer server;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = TestReflexes.buildJar(shared);
    }

    /**
     * A server of configuration {@code config} (saved as {@code server.conf} in {@code dir}, its
     * home), with the test jar beside it; no journal: the reflexes are under test.
     */
    TestServer startServer(String config, ReflexSettings settings) throws Exception {
        Files.copy(jar, dir.resolve(TestReflexes.JAR));
        server = TestServer.named("S").home(dir).configText(config).reflexSettings(settings).store(MessageStore.NONE)
                .protocols(ProtocolSequence.TCP).timeouts(10_000, 2_000).start();
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }
}
