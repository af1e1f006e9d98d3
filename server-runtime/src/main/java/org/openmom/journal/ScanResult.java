package org.openmom.journal;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading one journal file found.
 *
 * @param path         the file
 * @param header       its header
 * @param fileSize     its size in bytes (0 if missing)
 * @param validEnd     offset just after the last intact record (where appending continues)
 * @param records      intact records read
 * @param lastCrc      checksum of the last intact record, to tell equal files apart cheaply
 * @param damaged      damaged byte ranges between intact records, in file order
 * @param zeroTail     the bytes after {@code validEnd} are all zero: space the writer preallocated,
 *                     not a torn batch
 */
record ScanResult(Path path, JournalFormat.Header header, long fileSize, long validEnd, long records,
                  int lastCrc, List<DamagedRange> damaged, boolean zeroTail) {

    /** Bytes {@code [start, end)} failed their checksum or structure; {@code recordsAfter} intact
     *  records follow them. */
    record DamagedRange(long start, long end, long recordsAfter) {
        long length() {
            return end - start;
        }
    }

    static ScanResult withoutRecords(Path path, JournalFormat.Header header, long fileSize) {
        return new ScanResult(path, header, fileSize, 0, 0, 0, List.of(), false);
    }

    boolean usable() {
        return header.status() == JournalFormat.HeaderStatus.OK;
    }

    boolean clean() {
        return usable() && damaged.isEmpty();
    }

    /** Bytes after the last intact record: a batch whose write a crash interrupted. */
    long tornTailBytes() {
        return usable() && !zeroTail ? fileSize - validEnd : 0;
    }

    /** Bytes after the last intact record, torn batch or preallocated zeros. */
    long bytesAfterEnd() {
        return usable() ? fileSize - validEnd : 0;
    }

    long generation() {
        return header.generation();
    }
}
