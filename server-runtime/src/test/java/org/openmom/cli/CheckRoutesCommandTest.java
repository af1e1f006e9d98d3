package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRoutesCommandTest {
    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("server.routes");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theExampleIsOkWithCountsPerKind() {
        CommandLineRun run = CommandLineRun.of("check", "routes", "../docs/examples/server.routes");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 3 routers (1 server, 1 service, 1 event)" + System.lineSeparator());
    }

    @Test
    void everyErrorIsPrintedThenTheCountAndExitCodeOne() throws IOException {
        Path file = file("""
                ServerRouter HQ Paris 1 paris ncacn_ip_tcp 7000
                ServiceRouter HQ Orders Back 0 back ncacn_ip_tcp *
                EventRouter Alerts Chat
                """);

        CommandLineRun run = CommandLineRun.of("check", "routes", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()).containsExactly(
                file + ":2:15: duplicate router name 'HQ': the ServerRouter above (router 1 of the file) already has it"
                        + " — rename one of the two: router names are unique in a routes file",
                file + ":2:30: the server role '0' is neither * nor a whole number ≥ 1 — write * for any role, or a role number such as 1",
                file + ":3:24: missing event name, server name, role, network address, protocol and endpoint in the EventRouter line"
                        + " — write it as EventRouter <router name> <service name> <event name> <server name> <role>"
                        + " <network address> <protocol> <endpoint> (- for an empty field, + for a space)",
                "3 errors, 0 warnings");
    }

    @Test
    void anEmptyFileIsOk() throws IOException {
        CommandLineRun run = CommandLineRun.of("check", "routes", file("").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 0 routers" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        Path absent = folder.resolve("absent.routes");

        CommandLineRun run = CommandLineRun.of("check", "routes", absent.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(absent + ":1:1: no such file — check the path, or create the file" + System.lineSeparator());
    }

    @Test
    void hasHelp() {
        CommandLineRun run = CommandLineRun.of("check", "routes", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: openmom check routes").contains("FILE");
    }
}
