package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default Servers List comes from $OPENMOM_HOME, which only a new process can be given. */
class DefaultServersListTest {

    @Test
    void resolveReadsTheServersListOfOpenMomHome(@TempDir Path home) throws Exception {
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/Servers.lst"), "! * *\nhost1 ncacn_ip_tcp 7411 Server1 2\n");

        Process process = openmom(home, "resolve", "--service", "ANY", "--user", "one");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip())
                .isEqualTo("host1 ncacn_ip_tcp 7411 Server1 2");
        assertThat(process.exitValue()).isEqualTo(ExitCode.OK);
    }

    @Test
    void withoutAServersListTheErrorNamesTheDefaultFile(@TempDir Path home) throws Exception {
        Process process = openmom(home, "resolve", "--service", "ANY", "--user", "one");

        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains(home.resolve("files/Servers.lst") + ":1:1: no such file");
        assertThat(process.exitValue()).isEqualTo(ExitCode.INVALID_INPUT);
    }

    private static Process openmom(Path home, String... args) throws IOException {
        String javaCommand = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(javaCommand, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("OPENMOM_HOME", home.toString());
        return builder.start();
    }
}
