package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.testing.ServerProcess;

/** What {@code openmom server} refuses before it starts, in child processes. */
@Timeout(120)
class ServerStartChecksTest {
    @TempDir
    Path home;

    @Test
    void aSecondServerWithTheSameNameAndRoleIsRefusedEvenOnTcpOnly_andTheFirstKeepsItsRunEntry() throws Exception {
        // its own journal, so that only the name and role collide
        Path other = Files.writeString(home.resolve("other.conf"), "LoggingService Journal builtin * other.journal\n");
        try (ServerProcess first = ServerProcess.start(home, "-s", "TWICE", "-p", "ncacn_ip_tcp", "-e", "0")) {
            String refused = ServerProcess.refusal(home, "-s", "TWICE", "-p", "ncacn_ip_tcp", "-e", "0", "-c", other.toString());

            assertThat(refused.lines()).hasSize(1);
            assertThat(refused).contains("server TWICE/1 is already running (pid " + first.pid() + ", ncacn_ip_tcp:" + first.tcpPort() + ")", "-s", "-r");
            assertThat(home.resolve("run").resolve("TWICE.1.json")).exists();
            assertThat(ServerProcess.refusal(home, "-s", "TWICE", "-p", "ncacn_ip_tcp", "-e", "0").lines())
                    .singleElement().asString().contains("server TWICE/1 is already running (pid " + first.pid() + ", ncacn_ip_tcp:" + first.tcpPort() + ")");
        }
    }

    @Test
    void aServerNameNoServersListCanAddressIsRefused() throws Exception {
        assertThat(ServerProcess.refusal(home, "-s", "A+B").lines()).singleElement().asString()
                .contains("-s 'A+B'", "'+'", "choose another name");
        assertThat(ServerProcess.refusal(home, "-s", "A\tB").lines()).singleElement().asString()
                .contains("-s 'A\\tB'", "control character");
    }

    @Test
    void theServerCommandParsesAsPartOfTheWholeCommandLine() {
        CommandLineRun help = CommandLineRun.of("server", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).startsWith("Usage: openmom server [-hV]").contains("-s=NAME", "--max-memory=SIZE");

        CommandLineRun wrong = CommandLineRun.of("server", "--no-such-option");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).startsWith("Unknown option: '--no-such-option'").contains("Usage: openmom server");

        assertThat(CommandLineRun.of("server", "--version").out()).startsWith("openmom ");
    }
}
