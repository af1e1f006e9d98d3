package org.openmom.home;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * The machine's OpenMOM folder ({@code OPENMOM_HOME}, default {@code ~/.openmom}) and the
 * places inside it (DESIGN.md §3).
 */
public record OpenMomHome(Path root) {
    public static final String ENVIRONMENT_VARIABLE = "OPENMOM_HOME";

    /** The home named by the environment, or {@code ~/.openmom}. */
    public static OpenMomHome fromEnvironment() {
        return fromEnvironment(System.getenv(), System.getProperty("user.home"));
    }

    static OpenMomHome fromEnvironment(Map<String, String> environment, String userHome) {
        String configured = environment.get(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new OpenMomHome(Path.of(configured).toAbsolutePath());
        }
        return new OpenMomHome(Path.of(userHome, ".openmom").toAbsolutePath());
    }

    /** Servers.lst, configuration files and routes files. */
    public Path files() {
        return root.resolve("files");
    }

    /** The one active Servers List of the machine. */
    public Path serversList() {
        return files().resolve("Servers.lst");
    }

    /** Local-protocol sockets and the registry of running local servers (mode 0700). */
    public Path run() {
        return root.resolve("run");
    }

    /** Default journals. */
    public Path data() {
        return root.resolve("data");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /**
     * Creates {@code folder} (and its parents) if missing and makes it for its owner only
     * ({@code rwx------}): what a server writes there (journals, logs) names services and holds
     * their messages, and files the server cannot create owner-only (a compacted journal) are safe
     * in it. Only for the home's own folders; a folder elsewhere keeps its mode.
     */
    public static Path ownerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        }
        return folder;
    }

    /**
     * A file named on the command line: a relative name is looked up in {@link #files()} first
     * (as in the guide's "Remark"), then in the working directory.
     */
    public Path resolveFile(String name) {
        Path given = Path.of(name);
        if (!given.isAbsolute()) {
            Path inFiles = files().resolve(given);
            if (inFiles.toFile().exists()) {
                return inFiles;
            }
        }
        return given.toAbsolutePath();
    }
}
