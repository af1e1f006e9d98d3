package org.openmom.reflex;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.reflex.runtime.ReflexSettings;

/** Tests whose servers run reflexes of the test jar, compiled once per test class. */
abstract class ReflexJarServerTest {
    @TempDir
    static Path shared;
    static Path jar;

    @TempDir
    Path dir;
    ReflexServer server;

    @BeforeAll
    static void buildJar() throws Exception {
        jar = TestReflexes.buildJar(shared);
    }

    /** A server of configuration {@code config}, with the test jar beside it. */
    ReflexServer startServer(String config, ReflexSettings settings) throws Exception {
        Files.copy(jar, dir.resolve(TestReflexes.JAR));
        server = ReflexServer.start(dir, config, settings);
        return server;
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }
}
