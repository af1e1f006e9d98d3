package org.openmom.server.activation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;

/** Writes the tests' activated programs: a script that runs {@link ActivatedWorker} with this test's class path. */
public final class ActivatedPrograms {
    private ActivatedPrograms() {}

    /** An executable script {@code folder/name} running {@code ActivatedWorker ARGS…}. */
    public static Path worker(Path folder, String name, String... args) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        String script = "#!/bin/sh\nexec '" + java + "' -Xmx64m -XX:TieredStopAtLevel=1 -cp '" + System.getProperty("java.class.path") + "' "
                + ActivatedWorker.class.getName() + " " + String.join(" ", Arrays.stream(args).map(a -> "'" + a + "'").toList()) + "\n";
        Path file = folder.resolve(name);
        Files.writeString(file, script, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }

    /** The lines {@code PID BODY} the workers wrote to {@code out}, none if it is not there yet. */
    public static List<String> received(Path out) {
        try {
            return Files.exists(out) ? Files.readAllLines(out, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The distinct processes that wrote to {@code out}. */
    public static long processes(Path out) {
        return received(out).stream().map(line -> line.substring(0, line.indexOf(' '))).distinct().count();
    }
}
