package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResolveCommandTest {
    private static final String GUIDE = "../docs/examples/Servers.lst";

    @Test
    void printsTheDeclarationsOfTheFirstMatchingEntryInOrder() {
        CommandLineRun run = CommandLineRun.of("resolve", "--service", "ADMIN", "--user", "root", "--servers-list", GUIDE);

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).containsExactly("pc17 ncacn_nb_nb * * *", "4tier12 ncacn_ip_tcp * * *", "* ncalrpc * * *");
    }

    @Test
    void serverNamesWithSpacesArePrintedAsInTheFile() {
        CommandLineRun run = CommandLineRun.of("resolve", "--service", "CHAT", "--user", "jean", "--servers-list", GUIDE);

        assertThat(run.outLines()).containsExactly("pc17 ncacn_nb_nb * Chat+Server *");
    }

    @Test
    void noMatchingEntryIsExitCodeOneWithTheNames(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Servers.lst");
        Files.writeString(file, "! CHAT *\n* ncalrpc * * *\n");

        CommandLineRun run = CommandLineRun.of("resolve", "--service", "PAYROLL", "--user", "batch", "--servers-list", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("no entry matches PAYROLL batch");
    }

    @Test
    void aFileWithErrorsIsNotUsed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Servers.lst");
        Files.writeString(file, "! * *\npc17 ncalrpc * * *\n");

        CommandLineRun run = CommandLineRun.of("resolve", "--service", "A", "--user", "B", "--servers-list", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).contains(file + ":2:1: the Local protocol (ncalrpc) needs * as network address");
    }

    @Test
    void serviceAndUserAreRequired() {
        CommandLineRun run = CommandLineRun.of("resolve", "--service", "A");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--user");
    }
}
