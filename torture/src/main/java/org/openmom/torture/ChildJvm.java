package org.openmom.torture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Java program in a child JVM with this JVM's class path (the torture module's, which holds
 * server-runtime and its libraries), output to files: the children are killed for real.
 */
final class ChildJvm {
    private final Process process;
    private final Path stdout;
    private final Path stderr;

    private ChildJvm(Process process, Path stdout, Path stderr) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    /**
     * Starts {@code mainClass} with {@code args}; its stdout and stderr go to
     * {@code folder/name-N.out|err}, N counting the starts in that folder (a restarted server
     * must not be taken as ready because of its predecessor's line).
     */
    static ChildJvm start(Path folder, String name, List<String> jvmOptions, String mainClass, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(args);
        int start = 1;
        while (Files.exists(folder.resolve(name + "-" + start + ".out"))) {
            start++;
        }
        Path out = folder.resolve(name + "-" + start + ".out");
        Path err = folder.resolve(name + "-" + start + ".err");
        // files, not pipes: a child writing to a pipe nobody reads would block
        Process process = new ProcessBuilder(command)
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        return new ChildJvm(process, out, err);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The first stdout line starting with {@code prefix} (printed since start), waiting for it. */
    String awaitLine(String prefix, Duration limit) throws Exception {
        String[] found = new String[1];
        Waits.until("'" + prefix + "' from child " + pid(), limit, () -> {
            Optional<String> line = Files.readAllLines(stdout, StandardCharsets.UTF_8).stream()
                    .filter(l -> l.startsWith(prefix)).reduce((a, b) -> b);
            if (line.isPresent()) {
                found[0] = line.get();
                return true;
            }
            if (!process.isAlive()) {
                throw new TortureException("child " + pid() + " exited with " + process.exitValue()
                        + " before printing '" + prefix + "': " + lastLines(stderr, 5));
            }
            return false;
        });
        return found[0];
    }

    /** SIGKILL: no shutdown hook runs, nothing is flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new TortureException("child " + pid() + " did not die on SIGKILL");
        }
    }

    /**
     * SIGKILL to this child and every process it started (the programs a server started on
     * demand, R11): a SIGKILLed server cannot stop them itself, and they would outlive the run.
     */
    void killWithDescendants() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        kill();
    }

    /** SIGTERM, and waits for the exit code. */
    int terminate() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new TortureException("child " + pid() + " did not stop on SIGTERM within 60 s");
        }
        return process.exitValue();
    }

    /** Resident set size from /proc (Linux), or -1 when it cannot be read. */
    long residentBytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    String stderrTail(int lines) {
        return lastLines(stderr, lines);
    }

    private static String lastLines(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join(" | ", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException e) {
            return "(no " + file.getFileName() + ")";
        }
    }
}
