package org.openmom.server.persistence;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Reads a message record as {@link DataInputStream} would, straight from its array: a replay
 * decodes a million records at start, and the streams' per-byte calls (one synchronized read per
 * byte of every name) were a third of it. Strings are Java's modified UTF-8 with a u16 length.
 */
final class RecordReader {
    private final byte[] record;
    /** The bytes of the record read so far end here (its header: a body is read from the journal's buffer). */
    private final int limit;
    private int at;

    RecordReader(byte[] record, int limit) {
        this.record = record;
        this.limit = limit;
    }

    int u8() throws IOException {
        need(1);
        return record[at++] & 0xFF;
    }

    int u16() throws IOException {
        need(2);
        int value = (record[at] & 0xFF) << 8 | record[at + 1] & 0xFF;
        at += 2;
        return value;
    }

    int i32() throws IOException {
        need(4);
        int value = (record[at] & 0xFF) << 24 | (record[at + 1] & 0xFF) << 16 | (record[at + 2] & 0xFF) << 8 | record[at + 3] & 0xFF;
        at += 4;
        return value;
    }

    long i64() throws IOException {
        long high = i32() & 0xFFFFFFFFL;
        return high << 32 | i32() & 0xFFFFFFFFL;
    }

    /** The next string's encoded bytes start here, after its length (see {@link #stringLength}). */
    int position() {
        return at;
    }

    byte[] array() {
        return record;
    }

    /** Reads the length of the next string and checks that its bytes are there; the position is then on them. */
    int stringLength() throws IOException {
        int length = u16();
        need(length);
        return length;
    }

    /** Steps over {@code length} bytes already checked by {@link #stringLength}. */
    void skip(int length) {
        at += length;
    }

    /** The string whose {@code length} bytes start here (after {@link #stringLength}). */
    String stringOf(int length) throws IOException {
        int start = at;
        at += length;
        for (int i = start; i < at; i++) {
            if (record[i] <= 0) { // not plain ASCII (modified UTF-8 writes NUL as two bytes): let the JDK decode it
                return readUtf(start - 2);
            }
        }
        return new String(record, start, length, StandardCharsets.ISO_8859_1);
    }

    String string() throws IOException {
        return stringOf(stringLength());
    }

    private String readUtf(int from) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record, from, limit - from));
        return in.readUTF();
    }

    private void need(int bytes) throws EOFException {
        if (bytes > limit - at) {
            throw new EOFException("message record ends early");
        }
    }
}
