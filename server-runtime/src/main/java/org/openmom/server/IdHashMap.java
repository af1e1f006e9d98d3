package org.openmom.server;

import java.util.Objects;
import org.openmom.model.IdHash;

/**
 * Values by message id, in an open-addressing table hashed by {@link IdHash} so that consecutive
 * ids sit in neighbouring slots: the server mailbox's paged bodies of a backlog of a million,
 * put at its post or replay and taken at its hand-off, both in id order. (Agrona's
 * {@code Long2ObjectHashMap}, used before, scatters every id: each put and lookup of such a backlog
 * was a cache miss.) Linear probing, at most half full, deletion by shifting back. Not thread-safe.
 *
 * <p>No operation touches more than a small part of the map: rehashing a million entries at once
 * held the broker lock 65–164 ms, two million up to 405 ms (issue #19, measured), and allocating
 * the table twice as big alone took 46–72 ms at two million. So the map is
 * {@link #SEGMENTS} tables, each taking the ids of its share of the blocks of 16 consecutive ids
 * (chosen by a Fibonacci hash of the block), and each grows on its own, incrementally, as Redis's
 * dictionaries do: the full table is kept aside and each later put or removal moves a few of its
 * slots into the table twice its size, until none is left.
 *
 * @param <V> the values; never null
 */
final class IdHashMap<V> {
    /**
     * Tables: a growth allocates a 256th of what one table for the whole map would (at two million
     * entries 384 KiB, which a fresh allocation touches in 0.1–0.3 ms; with 64 tables the 1.5 MiB
     * took up to 1.2 ms of CPU, measured), for 50 KiB of empty tables to start with (one map per server).
     */
    private static final int SEGMENT_BITS = 8;
    private static final int SEGMENTS = 1 << SEGMENT_BITS;
    /**
     * Slots of an old table drained by each put or removal in its segment: more than 2, because the
     * new table (twice the size) needs another growth after as few puts as the old table had
     * entries, half its slots — and by then the old table must be empty.
     */
    private static final int SLOTS_PER_STEP = 4;

    private final Segment[] segments = new Segment[SEGMENTS];
    private int size;

    IdHashMap() {
        for (int i = 0; i < SEGMENTS; i++) {
            segments[i] = new Segment();
        }
    }

    int size() {
        return size;
    }

    V get(long id) {
        return segmentOf(id).get(id);
    }

    boolean containsKey(long id) {
        return get(id) != null;
    }

    /** Puts {@code value} for {@code id}; returns the value it replaces, or null. */
    V put(long id, V value) {
        Objects.requireNonNull(value, "value");
        V previous = segmentOf(id).put(id, value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    /** Removes the value of {@code id}; returns it, or null when there was none. */
    V remove(long id) {
        V gone = segmentOf(id).remove(id);
        if (gone != null) {
            size--;
        }
        return gone;
    }

    /** Entries moved from an outgrown table into its successor so far. */
    long entriesRehashed() {
        long moved = 0;
        for (Segment segment : segments) {
            moved += segment.entriesRehashed;
        }
        return moved;
    }

    /** Slots of the largest table in use: what a growth allocates is at most twice that. */
    int largestTable() {
        int largest = 0;
        for (Segment segment : segments) {
            largest = Math.max(largest, segment.table.capacity());
        }
        return largest;
    }

    /** The segment of the block of 16 consecutive ids {@code id} is in (the top bits of a Fibonacci hash of the block). */
    private Segment segmentOf(long id) {
        return segments[(int) (((id >>> 4) * 0x9E3779B97F4A7C15L) >>> (64 - SEGMENT_BITS))];
    }

    /** One table, growing incrementally: while an outgrown table is drained, an id is in one of the two. */
    private static final class Segment {
        private Table table = new Table(16);
        /** The table before the last growth, still being drained into {@link #table}; null when none. */
        private Table draining;
        /** Slots of {@link #draining} before it are empty. */
        private int drainedUpTo;
        private int size;
        private long entriesRehashed;

        <V> V get(long id) {
            int at = table.slotOf(id);
            if (at >= 0) {
                return table.value(at);
            }
            if (draining != null && (at = draining.slotOf(id)) >= 0) {
                return draining.value(at);
            }
            return null;
        }

        <V> V put(long id, V value) {
            drainSome();
            if ((size + 1) * 2 > table.capacity()) {
                grow();
            }
            if (draining != null) { // an id not drained yet is replaced where it is
                int at = draining.slotOf(id);
                if (at >= 0) {
                    V previous = draining.value(at);
                    draining.values[at] = value;
                    return previous;
                }
            }
            V previous = table.put(id, value);
            if (previous == null) {
                size++;
            }
            return previous;
        }

        <V> V remove(long id) {
            drainSome();
            V gone = table.remove(id);
            if (gone == null && draining != null) {
                gone = draining.remove(id);
            }
            if (gone != null) {
                size--;
            }
            return gone;
        }

        private void grow() {
            while (draining != null) { // not reached while each step drains SLOTS_PER_STEP: the rest at once, to stay correct
                drainSome();
            }
            draining = table;
            drainedUpTo = 0;
            table = new Table(table.capacity() * 2);
        }

        /** Moves the entries of the next {@link #SLOTS_PER_STEP} slots of the old table into the new one. */
        private void drainSome() {
            if (draining == null) {
                return;
            }
            for (int step = 0; step < SLOTS_PER_STEP && drainedUpTo < draining.capacity(); step++) {
                Object value = draining.values[drainedUpTo];
                if (value == null) {
                    drainedUpTo++;
                    continue;
                }
                table.place(draining.ids[drainedUpTo], value);
                draining.shiftBackInto(drainedUpTo); // a later entry of its probe run may come into the slot: it is drained next
                entriesRehashed++;
            }
            if (drainedUpTo == draining.capacity()) {
                draining = null;
            }
        }
    }

    /**
     * One open-addressing table. Removal shifts back, so it stays a valid table as its slots are
     * drained from the first one on: the drained slots are empty, and no probe run crosses them.
     */
    private static final class Table {
        final long[] ids;
        /** Null for a free slot. */
        final Object[] values;

        Table(int capacity) {
            ids = new long[capacity];
            values = new Object[capacity];
        }

        int capacity() {
            return values.length;
        }

        int slotOf(long id) {
            int mask = values.length - 1;
            for (int at = IdHash.of(id, mask); values[at] != null; at = (at + 1) & mask) {
                if (ids[at] == id) {
                    return at;
                }
            }
            return -1;
        }

        /** Puts {@code value} for {@code id}; returns the value it replaces, or null. */
        <V> V put(long id, V value) {
            int mask = values.length - 1;
            int at = IdHash.of(id, mask);
            while (values[at] != null) { // one probe run finds the id or the free slot it goes to
                if (ids[at] == id) {
                    V previous = value(at);
                    values[at] = value;
                    return previous;
                }
                at = (at + 1) & mask;
            }
            ids[at] = id;
            values[at] = value;
            return null;
        }

        /** Puts an entry known to be absent. */
        void place(long id, Object value) {
            int mask = values.length - 1;
            int at = IdHash.of(id, mask);
            while (values[at] != null) {
                at = (at + 1) & mask;
            }
            ids[at] = id;
            values[at] = value;
        }

        <V> V remove(long id) {
            int at = slotOf(id);
            if (at < 0) {
                return null;
            }
            V gone = value(at);
            shiftBackInto(at);
            return gone;
        }

        /** Frees slot {@code hole}, moving back the later entries of its probe run that may fill it. */
        void shiftBackInto(int hole) {
            int mask = values.length - 1;
            for (int at = (hole + 1) & mask; values[at] != null; at = (at + 1) & mask) {
                if (IdHash.mayMoveBack(IdHash.of(ids[at], mask), hole, at)) {
                    ids[hole] = ids[at];
                    values[hole] = values[at];
                    hole = at;
                }
            }
            values[hole] = null;
        }

        @SuppressWarnings("unchecked")
        <V> V value(int at) {
            return (V) values[at];
        }
    }
}
