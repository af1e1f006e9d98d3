package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads a journal file record by record, checking each one (magic, length, CRC32C, structure)
 * before replaying it. After a damaged record it searches forward for the next intact one, so one
 * bit flip costs one batch, not the rest of the file; damage that reaches the end of the file is a
 * torn tail (a write interrupted by a crash).
 */
final class RecordScanner {

    /** Receives the operations of intact records, in file order. */
    interface OpVisitor {
        void put(long id, long payloadOffset, int length);

        void remove(long id);
    }

    private static final OpVisitor NO_VISITOR = null;

    private final FileWindow window;
    private final CRC32C crc = new CRC32C();
    private int lastCrc;

    private RecordScanner(FileWindow window) {
        this.window = window;
    }

    /** Checks every record of the file, replaying intact ones into {@code visitor} (may be null). */
    static ScanResult scan(Path path, FileChannel channel, OpVisitor visitor) throws IOException {
        long size = channel.size();
        FileWindow window = new FileWindow(channel, size, FileWindow.DEFAULT_CAPACITY);
        ByteBuffer headerBytes = size == 0 ? ByteBuffer.allocate(0)
                : window.bytes(0, (int) Math.min(size, JournalFormat.FILE_HEADER_BYTES));
        JournalFormat.Header header = JournalFormat.decodeHeader(headerBytes, size);
        if (header.status() != JournalFormat.HeaderStatus.OK) {
            return ScanResult.withoutRecords(path, header, size);
        }
        return new RecordScanner(window).scanRecords(path, header, visitor);
    }

    private ScanResult scanRecords(Path path, JournalFormat.Header header, OpVisitor visitor) throws IOException {
        long size = window.fileSize();
        long position = JournalFormat.FILE_HEADER_BYTES;
        long records = 0;
        int lastIntactCrc = 0;
        List<long[]> damage = new ArrayList<>();
        boolean zeroTail = false;
        while (position < size) {
            int bodyLength = intactBodyLength(position);
            if (bodyLength < 0) {
                if (zerosUntilEnd(position)) {
                    zeroTail = true;
                    break;
                }
                long next = nextIntactRecord(position + 1);
                if (next < 0) {
                    break;
                }
                damage.add(new long[] {position, next, records});
                position = next;
                continue;
            }
            if (visitor != NO_VISITOR) {
                readOps(position + JournalFormat.RECORD_HEADER_BYTES, bodyLength, visitor);
            }
            lastIntactCrc = lastCrc;
            records++;
            position += JournalFormat.RECORD_HEADER_BYTES + bodyLength;
        }
        List<ScanResult.DamagedRange> damaged = new ArrayList<>(damage.size());
        for (long[] range : damage) {
            damaged.add(new ScanResult.DamagedRange(range[0], range[1], records - range[2]));
        }
        return new ScanResult(path, header, size, Math.min(position, size), records, lastIntactCrc,
                List.copyOf(damaged), zeroTail);
    }

    /** Preallocated space never written (records start with a non-zero magic). */
    private boolean zerosUntilEnd(long from) throws IOException {
        long position = from;
        while (position < window.fileSize()) {
            int chunk = (int) Math.min(window.capacity(), window.fileSize() - position);
            ByteBuffer bytes = window.bytes(position, chunk);
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                if (bytes.get(i) != 0) {
                    return false;
                }
            }
            position += chunk;
        }
        return true;
    }

    private long nextIntactRecord(long from) throws IOException {
        long last = window.fileSize() - JournalFormat.RECORD_HEADER_BYTES - JournalFormat.BODY_PREFIX_BYTES;
        for (long candidate = from; candidate <= last; candidate++) {
            ByteBuffer magic = window.bytes(candidate, 4);
            if (magic.getInt(magic.position()) == JournalFormat.RECORD_MAGIC && intactBodyLength(candidate) >= 0) {
                return candidate;
            }
        }
        return -1;
    }

    /** The body length of the record at {@code position} if it is intact, else -1. */
    private int intactBodyLength(long position) throws IOException {
        ByteBuffer header = window.bytes(position, JournalFormat.RECORD_HEADER_BYTES);
        if (header == null) {
            return -1;
        }
        int at = header.position();
        int magic = header.getInt(at);
        int bodyLength = header.getInt(at + 4);
        int expectedCrc = header.getInt(at + 8);
        long bodyStart = position + JournalFormat.RECORD_HEADER_BYTES;
        if (magic != JournalFormat.RECORD_MAGIC || bodyLength < JournalFormat.BODY_PREFIX_BYTES
                || bodyLength > JournalFormat.MAX_BODY_BYTES || bodyStart + bodyLength > window.fileSize()) {
            return -1;
        }
        crc.reset();
        crc.update(window.bytes(position + 4, 4));
        long chunkStart = bodyStart;
        long bodyEnd = bodyStart + bodyLength;
        while (chunkStart < bodyEnd) {
            int chunk = (int) Math.min(window.capacity(), bodyEnd - chunkStart);
            crc.update(window.bytes(chunkStart, chunk));
            chunkStart += chunk;
        }
        if ((int) crc.getValue() != expectedCrc || !readOps(bodyStart, bodyLength, NO_VISITOR)) {
            return -1;
        }
        lastCrc = expectedCrc;
        return bodyLength;
    }

    /** Walks the ops of a body, reporting them to {@code visitor} if not null; false if malformed. */
    private boolean readOps(long bodyStart, int bodyLength, OpVisitor visitor) throws IOException {
        long end = bodyStart + bodyLength;
        ByteBuffer countBytes = window.bytes(bodyStart, JournalFormat.BODY_PREFIX_BYTES);
        int opCount = countBytes.getInt(countBytes.position());
        if (opCount < 0) {
            return false;
        }
        long position = bodyStart + JournalFormat.BODY_PREFIX_BYTES;
        for (int op = 0; op < opCount; op++) {
            if (position + JournalFormat.REMOVE_BYTES > end) {
                return false;
            }
            ByteBuffer opHeader = window.bytes(position,
                    (int) Math.min(JournalFormat.PUT_HEADER_BYTES, end - position));
            int at = opHeader.position();
            byte type = opHeader.get(at);
            long id = opHeader.getLong(at + 1);
            if (type == JournalFormat.OP_REMOVE) {
                if (visitor != NO_VISITOR) {
                    visitor.remove(id);
                }
                position += JournalFormat.REMOVE_BYTES;
            } else if (type == JournalFormat.OP_PUT && opHeader.remaining() == JournalFormat.PUT_HEADER_BYTES) {
                int length = opHeader.getInt(at + 9);
                long payloadStart = position + JournalFormat.PUT_HEADER_BYTES;
                if (length < 0 || payloadStart + length > end) {
                    return false;
                }
                if (visitor != NO_VISITOR) {
                    visitor.put(id, payloadStart, length);
                }
                position = payloadStart + length;
            } else {
                return false;
            }
        }
        return position == end;
    }
}
