package org.openmom.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few MiB (a tmpfs mounted for the test) that the test fills to the
 * last byte and empties again: how a server meets a full disk without filling the machine's.
 * Mounting needs root (CI and these machines run the tests as root).
 */
public final class SmallDisk implements AutoCloseable {
    private final Path root;
    private final Path ballast;

    private SmallDisk(Path root) {
        this.root = root;
        this.ballast = root.resolve("ballast");
    }

    public static SmallDisk mount(Path folder, int mebibytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        run("mount", "-t", "tmpfs", "-o", "size=" + mebibytes + "m", "tmpfs", folder.toString());
        return new SmallDisk(folder);
    }

    public Path root() {
        return root;
    }

    /** Writes one file until the disk says it is full. */
    public void fill() throws IOException {
        byte[] chunk = new byte[4096];
        try (OutputStream out = Files.newOutputStream(ballast)) {
            while (true) {
                out.write(chunk);
                out.flush();
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
    }

    /** Gives the ballast's space back. */
    public void free() throws IOException {
        Files.deleteIfExists(ballast);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", root.toString());
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed (" + output.strip()
                    + "): this test needs root to mount a small tmpfs");
        }
    }
}
