package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.ServerProcess;

/**
 * A configuration without a Logging Service keeps persistent messages in memory only; the server
 * says so at start rather than losing them silently at the next kill (issue #18 item 12).
 */
class ConfigurationWithoutJournalTest {
    @TempDir
    Path home;

    @Test
    void aServerWhoseConfigurationHasNoLoggingServiceWarnsAtStart() throws Exception {
        Path config = Files.writeString(home.resolve("echo.conf"), "LocalService Echo builtin Ping Echo\n");

        try (ServerProcess server = ServerProcess.start(home, "-s", "NOLOG", "-e", "0", "-c", config.toString())) {
            assertThat(Files.readString(home.resolve("child-stderr.txt")))
                    .contains("declares no LoggingService: persistent messages are kept in memory only");
        }
    }
}
