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
 * @param <V> the values; never null
 */
final class IdHashMap<V> {
    private long[] ids = new long[16];
    /** Null for a free slot. */
    private Object[] values = new Object[16];
    private int size;

    int size() {
        return size;
    }

    V get(long id) {
        int at = slotOf(id);
        return at < 0 ? null : value(at);
    }

    boolean containsKey(long id) {
        return slotOf(id) >= 0;
    }

    /** Puts {@code value} for {@code id}; returns the value it replaces, or null. */
    V put(long id, V value) {
        Objects.requireNonNull(value, "value");
        if ((size + 1) * 2 > values.length) {
            grow();
        }
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
        size++;
        return null;
    }

    /** Removes the value of {@code id}; returns it, or null when there was none. */
    V remove(long id) {
        int at = slotOf(id);
        if (at < 0) {
            return null;
        }
        V gone = value(at);
        size--;
        shiftBackInto(at);
        return gone;
    }

    private int slotOf(long id) {
        int mask = values.length - 1;
        for (int at = IdHash.of(id, mask); values[at] != null; at = (at + 1) & mask) {
            if (ids[at] == id) {
                return at;
            }
        }
        return -1;
    }

    private void place(long id, Object value) {
        int mask = values.length - 1;
        int at = IdHash.of(id, mask);
        while (values[at] != null) {
            at = (at + 1) & mask;
        }
        ids[at] = id;
        values[at] = value;
    }

    private void grow() {
        long[] oldIds = ids;
        Object[] oldValues = values;
        ids = new long[oldIds.length * 2];
        values = new Object[oldValues.length * 2];
        for (int at = 0; at < oldValues.length; at++) {
            if (oldValues[at] != null) {
                place(oldIds[at], oldValues[at]);
            }
        }
    }

    /** Frees slot {@code hole}, moving back the later entries of its probe run that may fill it. */
    private void shiftBackInto(int hole) {
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
    private V value(int at) {
        return (V) values[at];
    }
}
