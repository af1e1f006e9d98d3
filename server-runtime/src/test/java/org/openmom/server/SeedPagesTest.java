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

    /**
     * A post never allocates a full buffer (4 MiB zeroed under the broker lock): with no array
     * ready it starts a buffer of 64 KiB, and the pager makes the arrays of the next full ones.
     */
    @Test
    void aWriterStartsASmallBufferWhenNoFullOneIsReadyAndThePagerMakesTheFullOnesAhead() throws IOException, InterruptedException {
        pages = SeedPages.in(folder, "S-2");
        pages.fitTo(256L << 20); // buffers of 4 MiB
        SeedPages.PageRef first = pages.write(body(0), false);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (pages.arraysReady() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(pages.arraysReady()).as("arrays the pager made ahead").isEqualTo(2);

        SeedPages.PageRef second = firstInANewBuffer(first, 1);
        SeedPages.PageRef third = firstInANewBuffer(second, 100);
        assertThat(second.buffer.offset).as("the first buffer, started with no array ready").isEqualTo(64 << 10);
        assertThat(third.buffer.offset - second.buffer.offset).as("the next, in an array the pager made").isEqualTo(4 << 20);
        assertThat(pages.read(first)).isEqualTo(body(0));
    }

    /** Writes bodies from number {@code from} on until one goes into a buffer other than {@code after}'s; returns its reference. */
    private SeedPages.PageRef firstInANewBuffer(SeedPages.PageRef after, int from) {
        for (int i = from; ; i++) {
            SeedPages.PageRef ref = pages.write(body(i), false);
            assertThat(ref).isNotNull();
            if (ref.buffer != after.buffer) {
                return ref;
            }
        }
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
