package org.openmom.torture;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * One run of the suite: full or short, its seed, the folder where scenarios keep their servers'
 * homes, and where progress lines go.
 */
record TortureRun(boolean shortMode, long seed, Path workDir, PrintStream progress) {
    private static final java.time.format.DateTimeFormatter CLOCK = java.time.format.DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * The randomness of one scenario. Derived from the run's seed and the scenario's id only, so
     * {@code --seed N R3} replays R3 exactly as it ran among the others.
     */
    Random randomFor(String scenarioId) {
        return new Random(seed * 1_000_003L + scenarioId.hashCode());
    }

    /** A fresh, empty OPENMOM_HOME for one server of a scenario. */
    Path newHome(String name) throws IOException {
        return Files.createDirectories(Files.createTempDirectory(workDir, name + "-"));
    }

    /** The full-mode figure or the short-mode one. */
    int pick(int full, int shortValue) {
        return shortMode ? shortValue : full;
    }

    Duration pick(Duration full, Duration shortValue) {
        return shortMode ? shortValue : full;
    }

    void say(String scenarioId, String text) {
        progress.println(java.time.LocalTime.now().format(CLOCK) + " [" + scenarioId + "] " + text);
        progress.flush();
    }
}
