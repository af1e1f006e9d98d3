package org.openmom.journal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where each live record's payload is in the master file, in append order (the order of each
 * id's latest put, which is also ascending file offset). Owned by one thread: the recovery, then
 * the writer thread.
 */
final class LiveIndex implements RecordScanner.OpVisitor {

    /** Mutable so a compaction can move records without reallocating the index. */
    static final class Location {
        long payloadOffset;
        final int length;

        Location(long payloadOffset, int length) {
            this.payloadOffset = payloadOffset;
            this.length = length;
        }
    }

    /** Live records copied out of the index, in append order, for another thread to read. */
    record Snapshot(long[] ids, long[] payloadOffsets, int[] lengths) {
        int size() {
            return ids.length;
        }
    }

    private final LinkedHashMap<Long, Location> locations = new LinkedHashMap<>();
    private long payloadBytes;

    @Override
    public void put(long id, long payloadOffset, int length) {
        // remove first so the re-put id moves to the end: iteration order stays file order
        Location previous = locations.remove(id);
        if (previous != null) {
            payloadBytes -= previous.length;
        }
        locations.put(id, new Location(payloadOffset, length));
        payloadBytes += length;
    }

    @Override
    public void remove(long id) {
        Location previous = locations.remove(id);
        if (previous != null) {
            payloadBytes -= previous.length;
        }
    }

    long size() {
        return locations.size();
    }

    long payloadBytes() {
        return payloadBytes;
    }

    /** Bytes the live records would take in a compacted file, record headers aside. */
    long encodedBytes() {
        return payloadBytes + (long) JournalFormat.PUT_HEADER_BYTES * locations.size();
    }

    Snapshot snapshot() {
        int size = locations.size();
        long[] ids = new long[size];
        long[] offsets = new long[size];
        int[] lengths = new int[size];
        int i = 0;
        for (Map.Entry<Long, Location> entry : locations.entrySet()) {
            ids[i] = entry.getKey();
            offsets[i] = entry.getValue().payloadOffset;
            lengths[i] = entry.getValue().length;
            i++;
        }
        return new Snapshot(ids, offsets, lengths);
    }

    /**
     * After a compaction: records below {@code snapshotEnd} move to where the compacted file put
     * them ({@code compactedOffsets}), later ones shift by the same amount as the tail they are in.
     */
    void relocate(long snapshotEnd, Map<Long, Long> compactedOffsets, long tailShift) {
        Iterator<Map.Entry<Long, Location>> entries = locations.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<Long, Location> entry = entries.next();
            Location location = entry.getValue();
            if (location.payloadOffset < snapshotEnd) {
                Long moved = compactedOffsets.get(entry.getKey());
                if (moved == null) {
                    throw new IllegalStateException("compaction lost live id " + entry.getKey());
                }
                location.payloadOffset = moved;
            } else {
                location.payloadOffset += tailShift;
            }
        }
    }
}
