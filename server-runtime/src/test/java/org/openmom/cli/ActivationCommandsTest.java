package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.server.activation.ActivatedPrograms;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/** {@code openmom activation}, the Activated programs of {@code openmom status}, and {@code $OPENMOM_SERVER} as the CLI's default server. */
@Timeout(90)
class ActivationCommandsTest {
    private static final String CONFIG = "LoggingService Journal builtin * all.journal\nActivation ORDERS orders.sh WAIT 1\n";

    @TempDir
    Path home;

    private String[] admin(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", "local:ACT.1", "--home", home.toString(), "--user", "cli"));
        return all.toArray(String[]::new);
    }

    @Test
    void anAdministratorStartsStopsAndSeesTheActivatedPrograms() throws Exception {
        ActivatedPrograms.worker(home, "orders.sh", home.resolve("received.txt").toString(), "0");
        try (TestServer server = TestServer.named("ACT").home(home).configText(CONFIG).start()) {
            CommandLineRun started = CommandLineRun.of(admin("activation", "start", "ORDERS"));
            assertThat(started.exitCode()).isEqualTo(ExitCode.OK);
            assertThat(started.out()).matches("activated program orders.sh of service ORDERS on server ACT/1: running \\(pid \\d+\\)\\R");

            CommandLineRun status = CommandLineRun.of(admin("status"));
            assertThat(status.out()).contains("Activated programs (1)");
            assertThat(status.out()).containsPattern("ORDERS +orders.sh +WAIT +1 +running +\\d+ +1 ");
            assertThat(status.out()).contains("Reflexes (1)"); // the Activation line is not counted as a reflex

            CommandLineRun stopped = CommandLineRun.of(admin("activation", "stop", "ORDERS"));
            assertThat(stopped.out()).startsWith("activated program orders.sh of service ORDERS on server ACT/1: stopped");

            CommandLineRun unknown = CommandLineRun.of(admin("activation", "start", "BILLING"));
            assertThat(unknown.exitCode()).isNotEqualTo(ExitCode.OK);
            assertThat(unknown.err()).contains("no Activation line of server ACT/1 names service BILLING");
        }
    }

    /** A program the server starts is told the server in $OPENMOM_SERVER: an openmom command it runs needs no --server and no Servers List. */
    @Test
    void theCommandsTakeOpenmomServerAsTheirDefaultServer() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        try (TestServer server = TestServer.named("ACT").home(home).configText(CONFIG).start()) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            ProcessBuilder post = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"), "org.openmom.cli.Main",
                    "post", "--to", "ORDERS/worker", "--event", "new", "--persistent", "--body", "from a script")
                    .redirectErrorStream(true);
            post.environment().put("OPENMOM_SERVER", "127.0.0.1:" + server.tcpPort());
            post.environment().put("OPENMOM_HOME", home.resolve("empty-home").toString()); // no Servers List there
            Process process = post.start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).as(printed).isZero();
            assertThat(printed).startsWith("posted #");

            Await.until("the activated program received the post", () -> ActivatedPrograms.received(out).size() == 1);
            assertThat(ActivatedPrograms.received(out).get(0)).endsWith(" from a script");
        }
    }
}
