package org.openmom.torture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Every thread of a JVM, as {@code jcmd PID Thread.print -l} prints it (stacks, locks held and
 * waited for, and the JVM's own deadlock report), for the server child and for this JVM.
 */
final class ThreadDumps {
    /** What the JVM prints after the threads when it finds threads waiting for each other. */
    private static final String DEADLOCK_MARK = "Java-level deadlock";

    private ThreadDumps() {
    }

    /** The thread dump of process {@code pid}. @throws TortureException when jcmd cannot take it */
    static String of(long pid) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print", "-l")
                .redirectErrorStream(true)
                .start();
        byte[] output = process.getInputStream().readAllBytes(); // read before waiting: a full pipe would block jcmd
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new TortureException("jcmd " + pid + " Thread.print failed: " + new String(output, StandardCharsets.UTF_8).strip());
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /** This JVM's threads (the clients and administrators of the scenario). */
    static String ofThisJvm() throws IOException, InterruptedException {
        return of(ProcessHandle.current().pid());
    }

    static boolean showsDeadlock(String dump) {
        return dump.contains(DEADLOCK_MARK);
    }

    /** Writes the server's and this JVM's dumps to {@code file}; returns it. */
    static Path write(Path file, String serverDump, String ownDump) throws IOException {
        return Files.write(file, List.of("==== server child ====", serverDump, "==== torture JVM (clients, administrators) ====", ownDump),
                StandardCharsets.UTF_8);
    }
}
