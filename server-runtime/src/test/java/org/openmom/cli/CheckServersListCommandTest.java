package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckServersListCommandTest {
    @TempDir
    Path folder;

    private Path file(String text) throws IOException {
        Path file = folder.resolve("Servers.lst");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theGuidesExampleIsOk() {
        CommandLineRun run = CommandLineRun.of("check", "servers-list", "../docs/examples/Servers.lst");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).isEqualTo("ok: 3 entries, 6 declarations" + System.lineSeparator());
    }

    @Test
    void everyErrorIsPrintedThenTheCountAndExitCodeOne() throws IOException {
        Path file = file("! CHAT *\npc17 tcp * * *\n* ncalrpc * * 0\n");

        CommandLineRun run = CommandLineRun.of("check", "servers-list", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()).containsExactly(
                file + ":2:6: unknown protocol sequence 'tcp' — use one of "
                        + org.openmom.model.ProtocolSequence.allFileNames(),
                file + ":3:15: the server role '0' is neither * nor a whole number ≥ 1 — write * for any role, or a role number such as 1",
                "2 errors, 0 warnings");
    }

    /** A NUL or a right-to-left override in a name is refused, where it stands (issue #18 item 3). */
    @Test
    void invisibleControlCharactersAreErrors() throws IOException {
        Path file = file("! CH\u0000AT *\n* ncalrpc * * *\n! CHAT bo\u202Eb\n* ncalrpc * * *\n");

        CommandLineRun run = CommandLineRun.of("check", "servers-list", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.outLines()).contains(
                file + ":1:5: an invisible control character (U+0000) at column 5 — remove it: names and fields cannot hold one"
                        + " (an editor that shows invisible characters finds it)",
                file + ":3:10: an invisible control character (U+202E) at column 10 — remove it: names and fields cannot hold one"
                        + " (an editor that shows invisible characters finds it)");
    }

    @Test
    void warningsAloneLeaveTheFileUsable() throws IOException {
        Path file = file("! * *\n* ncalrpc * * *\n! CHAT *\n* ncalrpc * * *\n");

        CommandLineRun run = CommandLineRun.of("check", "servers-list", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines()[0]).startsWith(file + ":3:3: warning: '! * *' above '! CHAT *'");
        assertThat(run.outLines()[1]).isEqualTo("ok: 2 entries, 2 declarations (1 warning)");
    }

    @Test
    void aMissingFileIsOneLineAndExitCodeOne() {
        Path absent = folder.resolve("absent.lst");

        CommandLineRun run = CommandLineRun.of("check", "servers-list", absent.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(run.err()).isEqualTo(absent + ":1:1: no such file — check the path, or create the file" + System.lineSeparator());
    }

    @Test
    void aMissingArgumentIsAUsageError() {
        CommandLineRun run = CommandLineRun.of("check", "servers-list");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void aMissingKindIsAUsageErrorThatNamesTheKinds() {
        CommandLineRun run = CommandLineRun.of("check");

        assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("openmom check servers-list|config|routes FILE");
    }

    @Test
    void everySubcommandHasHelp() {
        CommandLineRun run = CommandLineRun.of("check", "servers-list", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).contains("Usage: openmom check servers-list").contains("FILE");
    }
}
