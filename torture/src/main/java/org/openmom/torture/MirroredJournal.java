package org.openmom.torture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A server configuration journaling every persistent message to a master file and one {@code ~}
 * mirror (paths relative to the configuration, in {@code $OPENMOM_HOME/files}).
 */
final class MirroredJournal {
    private static final String CONFIG = "mirrored.conf";

    private MirroredJournal() {
    }

    /** Writes the configuration into {@code home}; returns the server arguments that use it. */
    static List<String> install(Path home) throws IOException {
        Path files = Files.createDirectories(home.resolve("files"));
        Files.writeString(files.resolve(CONFIG), String.join("\n",
                "# the torture suite's journal: a master and one mirror",
                "LoggingService Journal builtin * ~mirror/all.journal",
                "LoggingService Journal builtin * all.journal",
                ""));
        return List.of("-c", CONFIG);
    }

    static Path master(Path home) {
        return home.resolve("files").resolve("all.journal");
    }

    static Path mirror(Path home) {
        return home.resolve("files").resolve("mirror").resolve("all.journal");
    }

    static List<Path> both(Path home) {
        return List.of(master(home), mirror(home));
    }
}
