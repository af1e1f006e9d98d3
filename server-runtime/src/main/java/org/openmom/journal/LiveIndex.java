package org.openmom.journal;

import java.util.Arrays;
import org.openmom.model.IdHash;

/**
 * Where each live record's payload is in the master file, in append order (the order of each
 * id's latest put, which is also ascending file offset). Owned by one thread: the recovery, then
 * the writer thread.
 *
 * <p>Primitive arrays instead of a {@code LinkedHashMap<Long, Location>}: no objects per record
 * (the map costs three per put and about 100 bytes per live record, this about 36). Records live
 * in slots linked in append order; an open-addressing table (linear probing, at most half full)
 * maps ids to slots.
 */
final class LiveIndex implements RecordScanner.OpVisitor {

    /** Live records copied out of the index, in append order, for another thread to read. */
    record Snapshot(long[] ids, long[] payloadOffsets, int[] lengths) {
        int size() {
            return ids.length;
        }
    }

    private static final int NONE = -1;

    // slots
    private long[] ids = new long[16];
    private long[] offsets = new long[16];
    private int[] lengths = new int[16];
    private int[] previous = new int[16];
    private int[] next = new int[16];
    private int usedSlots;
    private int freeSlots = NONE;
    private int head = NONE;
    private int tail = NONE;

    /** slot + 1 per position, 0 = empty. */
    private int[] table = new int[32];
    private int size;
    private long payloadBytes;

    @Override
    public void put(long id, long payloadOffset, int length) {
        int position = find(id);
        int slot;
        if (position >= 0) {
            slot = table[position] - 1;
            payloadBytes -= lengths[slot];
            unlink(slot);
        } else {
            slot = allocateSlot();
            ids[slot] = id;
            insert(slot);
            size++;
        }
        offsets[slot] = payloadOffset;
        lengths[slot] = length;
        payloadBytes += length;
        linkAtTail(slot);
    }

    @Override
    public void remove(long id) {
        int position = find(id);
        if (position < 0) {
            return;
        }
        int slot = table[position] - 1;
        payloadBytes -= lengths[slot];
        unlink(slot);
        deleteAt(position);
        next[slot] = freeSlots;
        freeSlots = slot;
        size--;
    }

    long size() {
        return size;
    }

    long payloadBytes() {
        return payloadBytes;
    }

    /** Bytes the live records would take in a compacted file, record headers aside. */
    long encodedBytes() {
        return payloadBytes + (long) JournalFormat.PUT_HEADER_BYTES * size;
    }

    Snapshot snapshot() {
        long[] snapshotIds = new long[size];
        long[] snapshotOffsets = new long[size];
        int[] snapshotLengths = new int[size];
        int i = 0;
        for (int slot = head; slot != NONE; slot = next[slot]) {
            snapshotIds[i] = ids[slot];
            snapshotOffsets[i] = offsets[slot];
            snapshotLengths[i] = lengths[slot];
            i++;
        }
        return new Snapshot(snapshotIds, snapshotOffsets, snapshotLengths);
    }

    /**
     * After a compaction: records below {@code snapshotEnd} move to where the compacted file put
     * them ({@code newOffsets}, parallel to {@code snapshot}), later ones shift with the tail
     * they are in. No lookup needed: records older than the snapshot were neither moved nor
     * reordered since (a re-put lands above {@code snapshotEnd}), so they appear in the snapshot
     * in the same order.
     */
    void relocate(long snapshotEnd, Snapshot snapshot, long[] newOffsets, long tailShift) {
        int matched = 0;
        for (int slot = head; slot != NONE; slot = next[slot]) {
            if (offsets[slot] < snapshotEnd) {
                while (matched < snapshot.size() && (snapshot.ids()[matched] != ids[slot]
                        || snapshot.payloadOffsets()[matched] != offsets[slot])) {
                    matched++;
                }
                if (matched == snapshot.size()) {
                    throw new IllegalStateException("compaction lost live id " + ids[slot]);
                }
                offsets[slot] = newOffsets[matched++];
            } else {
                offsets[slot] += tailShift;
            }
        }
    }

    // ------------------------------------------------------------------ append order

    private void linkAtTail(int slot) {
        previous[slot] = tail;
        next[slot] = NONE;
        if (tail == NONE) {
            head = slot;
        } else {
            next[tail] = slot;
        }
        tail = slot;
    }

    private void unlink(int slot) {
        int before = previous[slot];
        int after = next[slot];
        if (before == NONE) {
            head = after;
        } else {
            next[before] = after;
        }
        if (after == NONE) {
            tail = before;
        } else {
            previous[after] = before;
        }
    }

    private int allocateSlot() {
        if (freeSlots != NONE) {
            int slot = freeSlots;
            freeSlots = next[slot];
            return slot;
        }
        if (usedSlots == ids.length) {
            int capacity = ids.length * 2;
            ids = Arrays.copyOf(ids, capacity);
            offsets = Arrays.copyOf(offsets, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            previous = Arrays.copyOf(previous, capacity);
            next = Arrays.copyOf(next, capacity);
        }
        return usedSlots++;
    }

    // ------------------------------------------------------------------ id -> slot table

    /** The table position holding {@code id}, or -1. */
    private int find(long id) {
        int mask = table.length - 1;
        for (int position = IdHash.of(id, mask); table[position] != 0; position = (position + 1) & mask) {
            if (ids[table[position] - 1] == id) {
                return position;
            }
        }
        return -1;
    }

    private void insert(int slot) {
        if ((size + 1) * 2 > table.length) {
            int[] old = table;
            table = new int[old.length * 2];
            for (int entry : old) {
                if (entry != 0) {
                    place(entry);
                }
            }
        }
        place(slot + 1);
    }

    private void place(int entry) {
        int mask = table.length - 1;
        int position = IdHash.of(ids[entry - 1], mask);
        while (table[position] != 0) {
            position = (position + 1) & mask;
        }
        table[position] = entry;
    }

    /** Linear-probing deletion: shifts later entries of the probe run back so lookups still find them. */
    private void deleteAt(int position) {
        int mask = table.length - 1;
        int hole = position;
        int candidate = hole;
        while (true) {
            candidate = (candidate + 1) & mask;
            int entry = table[candidate];
            if (entry == 0) {
                table[hole] = 0;
                return;
            }
            if (IdHash.mayMoveBack(IdHash.of(ids[entry - 1], mask), hole, candidate)) {
                table[hole] = entry;
                hole = candidate;
            }
        }
    }
}
