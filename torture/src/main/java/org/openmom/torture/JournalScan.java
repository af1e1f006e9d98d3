package org.openmom.torture;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Reads a journal file as docs/journal-format.md describes it: the intact records from the start,
 * where each begins and ends, and the keys of the messages their puts carry. Written apart from
 * the server's reader on purpose: an oracle sharing the reader's bugs would prove nothing.
 */
final class JournalScan {
    static final int FILE_HEADER_BYTES = 24;
    private static final int RECORD_MAGIC = 0xB54F4D52;
    private static final int RECORD_HEADER_BYTES = 12;
    private static final byte OP_PUT = 1;
    private static final byte OP_REMOVE = 2;

    /** One intact record: bytes {@code [start, end)} of the file, and the message keys it puts. */
    record JournalRecord(long start, long end, List<String> putKeys) {
        boolean contains(long offset) {
            return offset > start && offset < end;
        }
    }

    private JournalScan() {
    }

    /** The intact records from the first one up to the first that is not intact (or the end of the file). */
    static List<JournalRecord> records(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        List<JournalRecord> records = new ArrayList<>();
        int position = FILE_HEADER_BYTES;
        while (position + RECORD_HEADER_BYTES <= bytes.length && buffer.getInt(position) == RECORD_MAGIC) {
            int length = buffer.getInt(position + 4);
            int bodyStart = position + RECORD_HEADER_BYTES;
            if (length < 4 || bodyStart + (long) length > bytes.length) {
                break;
            }
            CRC32C crc = new CRC32C();
            crc.update(bytes, position + 4, 4);
            crc.update(bytes, bodyStart, length);
            if ((int) crc.getValue() != buffer.getInt(position + 8)) {
                break;
            }
            List<String> keys = putKeys(buffer, bodyStart, length);
            if (keys == null) {
                break;
            }
            records.add(new JournalRecord(position, bodyStart + length, keys));
            position = bodyStart + length;
        }
        return records;
    }

    /** Where the data of a scanned file ends: after its last intact record. */
    static long dataEnd(List<JournalRecord> records) {
        return records.isEmpty() ? FILE_HEADER_BYTES : records.get(records.size() - 1).end();
    }

    /** The keys put by a record body, or null when its operations do not fill it exactly. */
    private static List<String> putKeys(ByteBuffer buffer, int bodyStart, int length) throws IOException {
        int end = bodyStart + length;
        int ops = buffer.getInt(bodyStart);
        int position = bodyStart + 4;
        List<String> keys = new ArrayList<>();
        for (int op = 0; op < ops; op++) {
            if (position + 9 > end) {
                return null;
            }
            byte type = buffer.get(position);
            if (type == OP_REMOVE) {
                position += 9;
            } else if (type == OP_PUT && position + 13 <= end) {
                int payloadLength = buffer.getInt(position + 9);
                int payloadStart = position + 13;
                if (payloadLength < 0 || payloadStart + (long) payloadLength > end) {
                    return null;
                }
                keys.add(messageKey(buffer.array(), payloadStart, payloadLength));
                position = payloadStart + payloadLength;
            } else {
                return null;
            }
        }
        return position == end ? keys : null;
    }

    /**
     * The ledger key of the message in a put's payload — the server's message record
     * (journal-format.md): version, flags, from version 2 the time posted and the route, then
     * from, to, event, targets, body.
     */
    private static String messageKey(byte[] bytes, int offset, int length) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length));
        int version = in.readUnsignedByte();
        in.readInt();
        if (version >= 2) {
            in.readLong();
            int hops = in.readUnsignedByte();
            for (int i = 0; i < hops; i++) {
                in.readUTF();
                in.readLong();
                in.readLong();
            }
        }
        for (int i = 0; i < 5; i++) {
            in.readUTF();
        }
        int targets = in.readUnsignedShort();
        for (int i = 0; i < 2 * targets; i++) {
            in.readUTF();
        }
        byte[] body = in.readNBytes(in.readInt());
        return Ledger.keyOf(body);
    }
}
