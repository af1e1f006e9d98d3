package org.openmom.torture;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A disk of a few MiB for one scenario: a tmpfs mounted on a folder of the run (root only), which
 * the scenario fills to its last byte with a ballast file and gives back by deleting it.
 */
final class TmpfsDisk implements AutoCloseable {
    private final Path mountPoint;
    private final Path ballast;

    private TmpfsDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
        this.ballast = mountPoint.resolve("ballast");
    }

    static TmpfsDisk mount(Path mountPoint, int mebibytes) throws IOException, InterruptedException {
        Files.createDirectories(mountPoint);
        command(List.of("mount", "-t", "tmpfs", "-o", "size=" + mebibytes + "m", "tmpfs", mountPoint.toString()));
        return new TmpfsDisk(mountPoint);
    }

    Path folder(String name) throws IOException {
        return Files.createDirectories(mountPoint.resolve(name));
    }

    /** Takes every free byte (large writes first, then small ones for the last pages); returns how many. */
    long fill() throws IOException {
        long taken = 0;
        try (FileChannel channel = FileChannel.open(ballast, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            for (int chunk : new int[] {1 << 20, 4096}) {
                ByteBuffer zeros = ByteBuffer.allocate(chunk);
                try {
                    while (true) {
                        taken += channel.write(zeros.clear());
                    }
                } catch (IOException full) {
                    // this size no longer fits: on to the smaller one
                }
            }
        }
        return taken;
    }

    void free() throws IOException {
        Files.deleteIfExists(ballast);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        command(List.of("umount", "-l", mountPoint.toString()));
    }

    private static void command(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String said = new String(process.getInputStream().readAllBytes()).strip();
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new TortureException(String.join(" ", command) + " failed (" + said + "): R10 mounts a small tmpfs and needs root");
        }
    }
}
