package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page files on their own: bodies over many buffers and segments come back whole (the arrays
 * of written buffers are reused for the next ones), and the files, the one created ahead included,
 * go once no body is needed.
 */
class SeedPagesTest {
    private static final int BODY_BYTES = 1000;
    /** Buffers of 64 KiB, segments of 1 MiB: 3,000 bodies take three segments and about 46 buffers. */
    private static final long MEMORY_BOUND = 4 << 20;

    @TempDir
    Path folder;
    private SeedPages pages;

    @AfterEach
    void close() {
        pages.close();
    }

    @Test
    void bodiesOverManySegmentsComeBackWholeAndTheirFilesGoOnceReleased() throws IOException, InterruptedException {
        pages = SeedPages.in(folder, "S-1");
        pages.fitTo(MEMORY_BOUND);
        List<SeedPages.PageRef> refs = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            refs.add(pages.write(body(i), true));
        }
        assertThat(refs).doesNotContainNull();
        assertThat(pages.inMemory(refs.get(0))).as("the first buffer written to its file").isFalse();

        for (int i = 0; i < refs.size(); i++) {
            assertThat(pages.read(refs.get(i))).as("body %d", i).isEqualTo(body(i));
        }

        refs.forEach(pages::release);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!pageFiles().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pageFiles()).as("page files left once every body was released").isEmpty();
    }

    /** A body that says which it is in every byte. */
    private static byte[] body(int i) {
        byte[] body = new byte[BODY_BYTES];
        for (int b = 0; b < body.length; b++) {
            body[b] = (byte) (i * 31 + b);
        }
        return body;
    }

    private List<Path> pageFiles() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".page")).toList();
        }
    }
}
