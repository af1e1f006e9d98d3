package org.openmom.journal;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * The byte layout of a journal file (big-endian), the prose version is
 * {@code docs/journal-format.md}:
 *
 * <pre>
 * file   = header record*
 * header = magic[8] version:u16 flags:u16 generation:u64 crc32c:u32      (24 bytes)
 * record = RECORD_MAGIC:u32 bodyLength:u32 crc32c:u32 body                (crc over bodyLength and body)
 * body   = opCount:u32 op*
 * op     = 1:u8 id:i64 payloadLength:u32 payload  |  2:u8 id:i64
 * </pre>
 */
final class JournalFormat {

    /** PNG-style: a non-ASCII first byte and CR LF catch text-mode transfers. */
    static final byte[] FILE_MAGIC = {(byte) 0x89, 'O', 'M', 'J', 'R', 'N', '\r', '\n'};
    static final int FORMAT_VERSION = 1;
    static final int FILE_HEADER_BYTES = 24;

    /** Starts every record so a reader can find the next record after damaged bytes; the
     *  non-ASCII first byte makes false matches inside text payloads unlikely. */
    static final int RECORD_MAGIC = 0xB54F4D52;
    static final int RECORD_HEADER_BYTES = 12;
    static final int BODY_PREFIX_BYTES = 4;

    static final byte OP_PUT = 1;
    static final byte OP_REMOVE = 2;
    static final int PUT_HEADER_BYTES = 13;
    static final int REMOVE_BYTES = 9;

    /** Largest body a reader accepts; bigger lengths are damage. */
    static final int MAX_BODY_BYTES = 1 << 30;

    private JournalFormat() {
    }

    static ByteBuffer encodeHeader(long generation) {
        ByteBuffer header = ByteBuffer.allocate(FILE_HEADER_BYTES);
        header.put(FILE_MAGIC).putShort((short) FORMAT_VERSION).putShort((short) 0).putLong(generation);
        CRC32C crc = new CRC32C();
        crc.update(header.array(), 0, header.position());
        header.putInt((int) crc.getValue());
        return header.flip();
    }

    /** What the first bytes of a file say. */
    enum HeaderStatus {
        /** A valid header of a version we read. */
        OK,
        /** The file does not exist. */
        MISSING,
        /** Empty, or shorter than a header but a prefix of one: creation was interrupted. */
        UNFINISHED,
        /** Does not start with the journal magic. */
        NOT_A_JOURNAL,
        /** Starts with the magic but the header checksum does not match. */
        CORRUPT,
        /** A valid header of a format version newer than this program reads. */
        NEWER_VERSION
    }

    /** A decoded header: its status and, when readable, version and generation. */
    record Header(HeaderStatus status, int version, long generation) {
    }

    /** Decodes the first {@code bytes.remaining()} bytes of a file of {@code fileSize} bytes. */
    static Header decodeHeader(ByteBuffer bytes, long fileSize) {
        int available = Math.min(bytes.remaining(), FILE_HEADER_BYTES);
        for (int i = 0; i < Math.min(available, FILE_MAGIC.length); i++) {
            if (bytes.get(bytes.position() + i) != FILE_MAGIC[i]) {
                return new Header(HeaderStatus.NOT_A_JOURNAL, 0, 0);
            }
        }
        if (fileSize < FILE_HEADER_BYTES) {
            return new Header(HeaderStatus.UNFINISHED, 0, 0);
        }
        int start = bytes.position();
        int version = Short.toUnsignedInt(bytes.getShort(start + 8));
        long generation = bytes.getLong(start + 12);
        CRC32C crc = new CRC32C();
        ByteBuffer covered = bytes.duplicate().position(start).limit(start + 20);
        crc.update(covered);
        if ((int) crc.getValue() != bytes.getInt(start + 20) || version == 0) {
            return new Header(HeaderStatus.CORRUPT, version, generation);
        }
        if (version > FORMAT_VERSION) {
            return new Header(HeaderStatus.NEWER_VERSION, version, generation);
        }
        return new Header(HeaderStatus.OK, version, generation);
    }
}
