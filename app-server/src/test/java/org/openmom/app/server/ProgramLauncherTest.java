package org.openmom.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The other programs started through an openmom command: what the window says when one cannot start or fails. */
class ProgramLauncherTest {
    @TempDir
    Path folder;

    @Test
    void aProgramTheOpenmomCommandDoesNotKnowIsSaidWithItsWholeOutput() throws Exception {
        // what the checkout's openmom answers for a program it was built without: its command line's refusal
        Path openmom = script("echo \"Unmatched argument at index 0: '$1'\" >&2\nexit 2\n");

        String said = new ProgramLauncher(openmom.toString()).start("config-editor", List.of("/files/server.conf")).get(60, TimeUnit.SECONDS);

        assertThat(said).isEqualTo("'" + openmom + " config-editor /files/server.conf' ended with exit code 2:\n"
                + "Unmatched argument at index 0: 'config-editor'");
    }

    @Test
    void aProgramThatEndsWellSaysNothing() throws Exception {
        Path openmom = script("exit 0\n");

        assertThat(new ProgramLauncher(openmom.toString()).start("explorer", List.of()).get(60, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void anOpenmomCommandThatIsNotThereIsSaid() throws Exception {
        Path missing = folder.resolve("nowhere/openmom");

        assertThat(new ProgramLauncher(missing.toString()).start("explorer", List.of()).get(60, TimeUnit.SECONDS))
                .startsWith("Cannot start '" + missing + " explorer': ");
    }

    @Test
    void theCommandIsTheScriptThatStartedTheWindowElseThePackagesLauncherElseThePath() {
        assertThat(ProgramLauncher.fromEnvironment(Map.of("OPENMOM_LAUNCHER", "/checkout/openmom")))
                .extracting(launcher -> launcher.start("x", List.of()).join()).asString().startsWith("Cannot start '/checkout/openmom x'");
    }

    private Path script(String body) throws Exception {
        Path openmom = folder.resolve("openmom");
        Files.writeString(openmom, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(openmom, PosixFilePermissions.fromString("rwx------"));
        return openmom;
    }
}
