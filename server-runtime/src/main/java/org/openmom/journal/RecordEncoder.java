package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.zip.CRC32C;

/**
 * Encodes records into one reusable direct buffer, so that a whole commit group (or a chunk of a
 * compacted file) goes to each file with a single write call and payloads are copied exactly once.
 * Used by one thread at a time.
 */
final class RecordEncoder {

    private final CRC32C crc = new CRC32C();
    private ByteBuffer buffer;
    /** A second view of {@link #buffer} for checksumming without allocating per record. */
    private ByteBuffer crcView;
    private int recordStart = -1;
    private int opCount;

    RecordEncoder(int capacity) {
        allocate(capacity);
    }

    private void allocate(int capacity) {
        buffer = ByteBuffer.allocateDirect(capacity);
        crcView = buffer.duplicate();
    }

    /** Empties the buffer. */
    void clear() {
        buffer.clear();
        recordStart = -1;
    }

    /** Bytes encoded so far. */
    int size() {
        return buffer.position();
    }

    int capacity() {
        return buffer.capacity();
    }

    boolean fits(int bytes) {
        return buffer.remaining() >= bytes;
    }

    /** Grows the (empty) buffer so that a record of {@code bytes} fits. */
    void ensureCapacity(int bytes) {
        if (buffer.position() != 0) {
            throw new IllegalStateException("grow only an empty encoder");
        }
        if (buffer.capacity() < bytes) {
            long doubled = Long.highestOneBit(bytes - 1L) << 1;
            allocate((int) Math.max(bytes, Math.min(doubled, Integer.MAX_VALUE - 16)));
        }
    }

    /** Gives a grown (and empty) buffer back, so a rare huge batch does not keep its memory. */
    void shrinkTo(int capacity) {
        if (buffer.capacity() > capacity && buffer.position() == 0) {
            allocate(capacity);
        }
    }

    /**
     * Encodes {@code batch} as one record; returns the record's offset in the buffer. When a
     * payload throws (or breaks its length) the buffer is left as it was before the call.
     */
    int append(JournalBatch batch) {
        int start = beginRecord();
        try {
            for (int op = 0; op < batch.size(); op++) {
                JournalPayload payload = batch.payload(op);
                if (payload == null) {
                    remove(batch.id(op));
                } else {
                    put(batch.id(op), payload);
                }
            }
        } catch (RuntimeException e) {
            buffer.limit(buffer.capacity()).position(start);
            recordStart = -1;
            throw e;
        }
        endRecord();
        return start;
    }

    /**
     * The payload writes itself into the buffer, limited to its declared length so that a wrong
     * length cannot overwrite the next operation or leave a gap the record header does not count.
     */
    private void put(long id, JournalPayload payload) {
        int length = payload.length();
        buffer.put(JournalFormat.OP_PUT).putLong(id).putInt(length);
        int end = buffer.position() + length;
        buffer.limit(end);
        payload.writeTo(buffer);
        if (buffer.position() != end) {
            throw new IllegalStateException("payload of id " + id + " wrote " + (length - (end - buffer.position()))
                    + " bytes instead of its length " + length);
        }
        buffer.limit(buffer.capacity());
        opCount++;
    }

    int beginRecord() {
        recordStart = buffer.position();
        buffer.putInt(JournalFormat.RECORD_MAGIC).putInt(0).putInt(0).putInt(0);
        opCount = 0;
        return recordStart;
    }

    void remove(long id) {
        buffer.put(JournalFormat.OP_REMOVE).putLong(id);
        opCount++;
    }

    /**
     * Appends a put whose payload is copied from {@code source} at {@code sourcePosition}; returns
     * the payload's offset in the buffer.
     */
    int putFrom(long id, FileChannel source, long sourcePosition, int length) throws IOException {
        buffer.put(JournalFormat.OP_PUT).putLong(id).putInt(length);
        int payloadStart = buffer.position();
        int end = payloadStart + length;
        ByteBuffer target = buffer.duplicate().limit(end);
        long position = sourcePosition;
        while (target.hasRemaining()) {
            int read = source.read(target, position);
            if (read < 0) {
                throw new IOException("journal file ended inside a live record at offset " + position);
            }
            position += read;
        }
        buffer.position(end);
        opCount++;
        return payloadStart;
    }

    void endRecord() {
        int end = buffer.position();
        int bodyLength = end - recordStart - JournalFormat.RECORD_HEADER_BYTES;
        buffer.putInt(recordStart + 4, bodyLength);
        buffer.putInt(recordStart + JournalFormat.RECORD_HEADER_BYTES, opCount);
        // the checksum covers the length field and the body, not itself
        crc.reset();
        crcView.limit(recordStart + 8).position(recordStart + 4);
        crc.update(crcView);
        crcView.limit(end).position(recordStart + JournalFormat.RECORD_HEADER_BYTES);
        crc.update(crcView);
        buffer.putInt(recordStart + 8, (int) crc.getValue());
        recordStart = -1;
    }

    /** The encoded bytes, as a fresh view positioned at 0 (the encoder itself is unchanged). */
    ByteBuffer encoded() {
        return buffer.duplicate().flip();
    }
}
