package org.openmom.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmom.journal.JournalContents.bytes;
import static org.openmom.journal.JournalContents.live;

import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JournalTest {

    @TempDir
    Path dir;

    private JournalFiles files() {
        return JournalFiles.of(dir.resolve("data/server-1.journal"));
    }

    @Test
    void newJournalIsEmptyAndReportsItsCreation() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(journal)).isEmpty();
            assertThat(journal.recoveryReport()).singleElement().asString().contains("created");
            assertThat(Files.size(files().master())).isEqualTo(JournalFormat.FILE_HEADER_BYTES);
        }
    }

    @Test
    void putsAndRemovesReplayAfterReopenInAppendOrder() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("one")).put(2, bytes("two")).put(3, bytes("three"))).get();
            journal.write(new JournalBatch().remove(2).put(4, bytes("four"))).get();
            assertThat(live(journal)).containsExactly(Map.entry(1L, "one"), Map.entry(3L, "three"), Map.entry(4L, "four"));
            assertThat(journal.stats().liveRecords()).isEqualTo(3);
            assertThat(journal.stats().liveBytes()).isEqualTo(3 + 5 + 4);
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(reopened.recoveryReport()).isEmpty();
            assertThat(live(reopened)).containsExactly(Map.entry(1L, "one"), Map.entry(3L, "three"), Map.entry(4L, "four"));
        }
    }

    @Test
    void laterPutOverwritesAndMovesTheIdToTheEnd() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(7, bytes("first")).put(8, bytes("eight"))).get();
            journal.write(new JournalBatch().put(7, bytes("second"))).get();
            journal.write(new JournalBatch().put(9, bytes("a")).put(9, bytes("b"))).get();
            assertThat(live(journal)).containsExactly(Map.entry(8L, "eight"), Map.entry(7L, "second"), Map.entry(9L, "b"));
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactly(Map.entry(8L, "eight"), Map.entry(7L, "second"), Map.entry(9L, "b"));
        }
    }

    @Test
    void removingAnUnknownIdDoesNothingAndPutAfterRemoveRevivesTheId() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().remove(42)).get();
            journal.write(new JournalBatch().put(1, bytes("x")).remove(1).put(1, bytes("y")).remove(5)).get();
            assertThat(live(journal)).containsExactly(Map.entry(1L, "y"));
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactly(Map.entry(1L, "y"));
        }
    }

    @Test
    void emptyPayloadsAndEmptyBatchesAreFine() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, new byte[0])).get();
            long size = journal.stats().fileBytes();
            journal.write(new JournalBatch()).get();
            assertThat(journal.stats().fileBytes()).as("an empty batch writes nothing").isEqualTo(size);
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactly(Map.entry(1L, ""));
        }
    }

    @Test
    void closeFlushesEveryAcceptedBatch() throws Exception {
        Map<Long, String> expected = new LinkedHashMap<>();
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            for (long id = 0; id < 500; id++) {
                journal.write(new JournalBatch().put(id, bytes("payload " + id)));
                expected.put(id, "payload " + id);
            }
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactlyEntriesOf(expected);
        }
    }

    @Test
    void writesAfterCloseFailAndTheBatchIsSealedOnceWritten() throws Exception {
        Journal journal = Journal.open(files(), JournalOptions.defaults());
        JournalBatch batch = new JournalBatch().put(1, bytes("x"));
        journal.write(batch).get();
        assertThatThrownBy(() -> batch.put(2, bytes("y"))).isInstanceOf(IllegalStateException.class);
        journal.close();
        journal.close();
        CompletableFuture<Void> late = journal.write(new JournalBatch().put(3, bytes("z")));
        assertThatThrownBy(late::get).isInstanceOf(ExecutionException.class).cause()
                .isInstanceOf(JournalException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> journal.forEachLive((id, payload) -> { })).isInstanceOf(JournalException.class);
    }

    @Test
    void batchLargerThanTheLimitIsRefused() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults().withMaxBatchBytes(1000))) {
            CompletableFuture<Void> tooBig = journal.write(new JournalBatch().put(1, new byte[1000]));
            assertThatThrownBy(tooBig::get).cause().isInstanceOf(JournalException.class)
                    .hasMessageContaining("maxBatchBytes");
            journal.write(new JournalBatch().put(2, new byte[900])).get();
            assertThat(journal.stats().liveRecords()).isEqualTo(1);
        }
    }

    @Test
    void payloadsLargerThanTheScanWindowRoundTrip() throws Exception {
        byte[] big = new byte[3 * FileWindow.DEFAULT_CAPACITY + 17];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) (i * 31);
        }
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, big).put(2, bytes("after"))).get();
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            Map<Long, byte[]> live = new LinkedHashMap<>();
            reopened.forEachLive(live::put);
            assertThat(live.get(1L)).isEqualTo(big);
            assertThat(live.get(2L)).isEqualTo(bytes("after"));
        }
    }

    @Test
    void aFileThatIsNotAJournalIsRefusedWithTheFileAndTheFix() throws Exception {
        Path master = files().master();
        Files.createDirectories(master.getParent());
        Files.writeString(master, "Hello, I am a text file\n");
        assertThatThrownBy(() -> Journal.open(files(), JournalOptions.defaults()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(master.toString()).hasMessageContaining("not an OpenMOM journal")
                .hasMessageContaining("fix:");
        assertThat(Files.readString(master)).as("left untouched").isEqualTo("Hello, I am a text file\n");
    }

    @Test
    void aNewerFormatVersionIsRefused() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("x"))).get();
        }
        ByteBuffer header = JournalFormat.encodeHeader(0);
        header.putShort(8, (short) 2);
        java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
        crc.update(header.array(), 0, 20);
        header.putInt(20, (int) crc.getValue());
        try (FileChannel channel = FileChannel.open(files().master(), StandardOpenOption.WRITE)) {
            channel.write(header, 0);
        }
        assertThatThrownBy(() -> Journal.open(files(), JournalOptions.defaults()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(files().master().toString())
                .hasMessageContaining("format version 2").hasMessageContaining("fix:");
    }

    @Test
    void aDamagedHeaderWithoutAMirrorIsRefusedAndLeftAlone() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("x"))).get();
        }
        JournalFileSurgery.flipBit(files().master(), 14);
        byte[] damaged = Files.readAllBytes(files().master());
        assertThatThrownBy(() -> Journal.open(files(), JournalOptions.defaults()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(files().master().toString()).hasMessageContaining("damaged header")
                .hasMessageContaining("fix:");
        assertThat(Files.readAllBytes(files().master())).isEqualTo(damaged);
    }

    @Test
    void aMasterPathThatIsAFolderIsRefusedWithItsPlaceAndFix() throws Exception {
        // (File modes cannot make a file unreadable to root, who runs CI: a folder fails for everyone.)
        Path master = files().master();
        Files.createDirectories(master);

        assertThatThrownBy(() -> Journal.open(files(), JournalOptions.defaults()))
                .isInstanceOf(JournalException.class)
                .hasMessageContaining(master.toString())
                .hasMessageContaining("fix:");
    }

    @Test
    void aJournalOpenTwiceIsRefusedUntilClosed() throws Exception {
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            assertThatThrownBy(() -> Journal.open(files(), JournalOptions.defaults()))
                    .isInstanceOf(JournalException.class)
                    .hasMessageContaining(files().master().toString()).hasMessageContaining("already open")
                    .hasMessageContaining("fix:");
            journal.write(new JournalBatch().put(1, bytes("still mine"))).get();
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(live(reopened)).containsExactly(Map.entry(1L, "still mine"));
        }
    }

    @Test
    void closingFromAWriteCompletionDoesNotHang() throws Exception {
        Journal journal = Journal.open(files(), JournalOptions.defaults());
        CompletableFuture<Void> closedInCallback = journal.write(new JournalBatch().put(1, bytes("x")))
                .thenRun(journal::close);
        closedInCallback.get(10, java.util.concurrent.TimeUnit.SECONDS);
        assertThatThrownBy(() -> journal.write(new JournalBatch().put(2, bytes("y"))).get())
                .cause().hasMessageContaining("closed");
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
                assertThat(live(reopened)).containsExactly(Map.entry(1L, "x"));
                return;
            } catch (JournalException stillOpen) {
                Thread.sleep(10);
            }
        }
        org.junit.jupiter.api.Assertions.fail("the journal was never released");
    }

    /** A payload the writer thread encodes in pieces, as the broker's message records do. */
    private record InPieces(String first, String second) implements JournalPayload {
        @Override
        public int length() {
            return first.length() + second.length();
        }

        @Override
        public void writeTo(ByteBuffer target) {
            target.put(bytes(first)).put(bytes(second));
        }
    }

    @Test
    void aPayloadEncodedByTheWriterMakesTheSameFileAsTheSameBytesInAnArray() throws Exception {
        JournalFiles fromArrays = JournalFiles.of(dir.resolve("arrays.journal"));
        JournalFiles fromPayloads = JournalFiles.of(dir.resolve("payloads.journal"));
        try (Journal journal = Journal.open(fromArrays, JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("hello, world")).remove(5).put(2, bytes(""))).get();
        }
        try (Journal journal = Journal.open(fromPayloads, JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, new InPieces("hello, ", "world")).remove(5)
                    .put(2, new InPieces("", ""))).get();
            assertThat(live(journal)).containsExactly(Map.entry(1L, "hello, world"), Map.entry(2L, ""));
        }
        assertThat(Files.readAllBytes(fromPayloads.master())).isEqualTo(Files.readAllBytes(fromArrays.master()));
    }

    @Test
    void aPayloadShorterThanItsLengthFailsItsOwnWriteAndTheJournalGoesOn() throws Exception {
        JournalPayload liar = new JournalPayload() {
            @Override
            public int length() {
                return 10;
            }

            @Override
            public void writeTo(ByteBuffer target) {
                target.put(bytes("abc"));
            }
        };
        try (Journal journal = Journal.open(files(), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(1, bytes("kept"))).get();
            assertThatThrownBy(() -> journal.write(new JournalBatch().put(2, liar)).get())
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(JournalException.class);
            journal.write(new JournalBatch().put(3, bytes("after"))).get();
        }
        try (Journal reopened = Journal.open(files(), JournalOptions.defaults())) {
            assertThat(reopened.recoveryReport()).isEmpty();
            assertThat(live(reopened)).containsExactly(Map.entry(1L, "kept"), Map.entry(3L, "after"));
        }
    }
}
