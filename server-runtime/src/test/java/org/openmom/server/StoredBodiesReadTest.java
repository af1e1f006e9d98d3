package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A hand-off reads the bodies of a chunk of a replayed backlog with as few reads as their places allow. */
class StoredBodiesReadTest {

    /** A store's file in memory, counting the reads. */
    private static final class FileInMemory extends UncountedStoredBodies {
        final byte[] bytes;
        int reads;

        FileInMemory(int size) {
            bytes = new byte[size];
            for (int i = 0; i < size; i++) {
                bytes[i] = (byte) (i * 31 + 7);
            }
        }

        @Override
        public byte[] read(long offset, int length) {
            reads++;
            return Arrays.copyOfRange(bytes, (int) offset, (int) offset + length);
        }

        byte[] at(long offset, int length) {
            return Arrays.copyOfRange(bytes, (int) offset, (int) offset + length);
        }
    }

    @Test
    void neighbouringBodiesComeWithOneReadAndEachWhole() throws Exception {
        FileInMemory file = new FileInMemory(400_000);
        List<SeedPages.PageRef> refs = new ArrayList<>();
        for (int i = 0; i < 250; i++) {
            refs.add(i % 50 == 7 ? null : new SeedPages.PageRef(file, 100 + i * 1_100L, 1_024)); // 76 bytes of record header between
        }

        byte[][] bodies = SeedPages.NONE.readAll(refs);

        assertThat(file.reads).isEqualTo(1);
        for (int i = 0; i < refs.size(); i++) {
            SeedPages.PageRef ref = refs.get(i);
            assertThat(bodies[i]).isEqualTo(ref == null ? null : file.at(ref.storedAt, ref.length));
        }
    }

    @Test
    void aGapAStepBackOrAnotherFileStartsANewRead() throws Exception {
        FileInMemory file = new FileInMemory(300_000);
        FileInMemory other = new FileInMemory(10_000);
        List<SeedPages.PageRef> refs = List.of(
                new SeedPages.PageRef(file, 0, 10),
                new SeedPages.PageRef(file, 20, 10),          // same run
                new SeedPages.PageRef(file, 100_000, 10),     // far: a new read
                new SeedPages.PageRef(file, 50, 10),          // behind: a new read (a rewritten record lies later)
                new SeedPages.PageRef(other, 0, 10),          // another store
                new SeedPages.PageRef(other, 10, 10));        // its neighbour

        byte[][] bodies = SeedPages.NONE.readAll(refs);

        assertThat(file.reads).isEqualTo(3);
        assertThat(other.reads).isEqualTo(1);
        assertThat(bodies[3]).isEqualTo(file.at(50, 10));
        assertThat(new String(bodies[5], StandardCharsets.ISO_8859_1)).isEqualTo(new String(other.at(10, 10), StandardCharsets.ISO_8859_1));
    }
}
