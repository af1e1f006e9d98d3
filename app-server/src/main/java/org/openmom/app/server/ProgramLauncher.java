package org.openmom.app.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Starts the suite's other programs as the person would — {@code openmom explorer …},
 * {@code openmom config-editor FILE} — each in its own process, which stays when the window
 * closes. The {@code openmom} command is the one that started this window: the checkout's script
 * says where it is in {@value #LAUNCHER_VARIABLE}, the installed package's launcher in the
 * {@code jpackage.app-path} property; else the {@code openmom} of the PATH.
 */
final class ProgramLauncher {
    static final String LAUNCHER_VARIABLE = "OPENMOM_LAUNCHER";

    private final String openmom;

    ProgramLauncher(String openmom) {
        this.openmom = openmom;
    }

    static ProgramLauncher fromEnvironment(Map<String, String> environment) {
        String script = environment.get(LAUNCHER_VARIABLE);
        if (script != null && !script.isBlank()) {
            return new ProgramLauncher(script);
        }
        return new ProgramLauncher(System.getProperty("jpackage.app-path", "openmom"));
    }

    /**
     * Starts {@code openmom subcommand arguments…}.
     *
     * @return completes when the program ends: normally with null, or with what it said when it
     *     failed (a program that is not installed, a wrong argument), in full
     */
    CompletableFuture<String> start(String program, List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(openmom, program));
        command.addAll(arguments);
        Path said;
        Process process;
        try {
            said = Files.createTempFile("openmom-" + program, ".txt");
            process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
        } catch (IOException e) {
            return CompletableFuture.completedFuture("Cannot start '" + String.join(" ", command) + "': " + e.getMessage());
        }
        return process.onExit().thenApply(ended -> {
            try {
                String output = Files.readString(said, StandardCharsets.UTF_8).strip();
                return ended.exitValue() == 0 ? null
                        : "'" + String.join(" ", command) + "' ended with exit code " + ended.exitValue() + (output.isEmpty() ? "" : ":\n" + output);
            } catch (IOException e) {
                return "'" + String.join(" ", command) + "' ended with exit code " + ended.exitValue();
            } finally {
                said.toFile().delete();
            }
        });
    }
}
