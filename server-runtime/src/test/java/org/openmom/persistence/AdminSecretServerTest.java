package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminOptions;
import org.openmom.admin.AdminSession;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ServerAddress;
import org.openmom.home.OpenMomHome;
import org.openmom.testing.ServerProcess;

/** {@code openmom server --admin-secret-file} in a child JVM: TCP administration with the secret only. */
@Timeout(60)
class AdminSecretServerTest {
    @TempDir
    Path home;

    @Test
    void theServerCommandsSecretFileOpensTcpAdministrationToThoseWhoHaveIt() throws Exception {
        Path secret = home.resolve("admin.secret");
        Files.writeString(secret, "correct horse\n");
        AdminOptions options = AdminOptions.of("ops").withHome(new OpenMomHome(home))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(20));
        try (ServerProcess server = ServerProcess.start(home, "-s", "SECURE", "-e", "0", "--admin-secret-file", secret.toString())) {
            ServerAddress tcp = ServerAddress.tcp("127.0.0.1", server.tcpPort());
            try (AdminSession session = AdminClient.connect(tcp, options.withSecretFile(secret)).get(20, TimeUnit.SECONDS)) {
                assertThat(session.snapshot().get(20, TimeUnit.SECONDS).server().name()).isEqualTo("SECURE");
            }
            ExecutionException refused = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> AdminClient.connect(tcp, options.withSecret("wrong")).get(20, TimeUnit.SECONDS));
            assertThat(refused.getCause().getMessage()).contains("wrong or missing admin secret");
            server.terminate(); // flushes the log file
        }
        assertThat(Files.readString(home.resolve("logs").resolve("SECURE-1.log"))).doesNotContain("correct horse");
    }
}
