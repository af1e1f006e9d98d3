package org.openmom.server;

import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

/**
 * Values by message id, in ascending id order, in two parallel arrays: the persistent ledger's
 * index of a million waiting seeds without an entry object and a boxed key per seed (a
 * {@code TreeMap} costs 64 bytes and two objects more per seed, which every young collection of
 * a restart with a big backlog copies again).
 *
 * <p>While the server runs, ids come in ascending order (one counter gives them all), so a put is
 * an append. A replay may give them in any order (a rewritten record comes last in its journal):
 * those wait aside and are merged in one pass before the map is next read. A removal leaves a
 * hole; the holes at the front are skipped (a backlog drains oldest first) and the arrays are
 * compacted once holes outnumber the values. Not thread-safe (the broker lock guards it).
 *
 * @param <V> the values; never null
 */
final class IdOrderedMap<V> {
    private static final int INITIAL = 16;
    private static final int MIN_COMPACTION_HOLES = 1024;

    private long[] ids = new long[INITIAL];
    private Object[] values = new Object[INITIAL];
    /** Slots before it are holes. */
    private int first;
    /** Slots used, values and holes. */
    private int end;
    private int size;
    /** Values put out of id order, merged into the arrays by {@link #settle} (usually empty: a replay's rewritten records). */
    private final TreeMap<Long, Object> aside = new TreeMap<>();

    int size() {
        return size;
    }

    V get(long id) {
        if (end > 0 && ids[end - 1] == id) { // the newest: what was just put (a replayed seed's paging)
            return value(end - 1);
        }
        settle();
        int at = slotOf(id);
        return at < 0 ? null : value(at);
    }

    boolean containsKey(long id) {
        return get(id) != null;
    }

    /** Puts {@code value} for {@code id}; returns the value it replaces, or null. */
    V put(long id, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for id " + id);
        }
        if (end == 0 || id > ids[end - 1]) {
            append(id, value);
            size++;
            return null;
        }
        settle();
        int at = slotOf(id);
        if (at >= 0) {
            V previous = value(at);
            values[at] = value;
            return previous;
        }
        @SuppressWarnings("unchecked")
        V previous = (V) aside.put(id, value);
        if (previous == null) {
            size++;
        }
        return previous;
    }

    /** Removes the value of {@code id}; returns it, or null when there was none. */
    V remove(long id) {
        settle();
        int at = slotOf(id);
        if (at < 0) {
            return null;
        }
        V gone = removeAt(at);
        compactWhenHoly();
        return gone;
    }

    /** Values in ascending id order, or descending when asked; the map must not change during the walk. */
    Iterable<V> values(boolean descending) {
        settle();
        return () -> new Walk(descending ? end - 1 : first, descending ? -1 : 1);
    }

    /**
     * {@link #values} of the ids after {@code afterId} in the walk's direction (above it ascending,
     * below it descending), found by binary search: a walk done a part at a time starts each part
     * where the last one ended, whatever left the map between.
     */
    Iterable<V> valuesAfter(long afterId, boolean descending) {
        settle();
        if (descending) {
            return () -> new Walk(firstAtOrAfter(afterId) - 1, -1);
        }
        return () -> new Walk(afterId == Long.MAX_VALUE ? end : firstAtOrAfter(afterId + 1), 1);
    }

    /**
     * Walks the values from the first id not below {@code fromId}, ascending, letting the visitor
     * remove the one it is at ({@link Cursor#remove}); holes are compacted after the walk.
     */
    void walkFrom(long fromId, java.util.function.Consumer<Cursor<V>> visitor) {
        settle();
        Cursor<V> cursor = new Cursor<>(this, firstAtOrAfter(fromId));
        visitor.accept(cursor);
        compactWhenHoly();
    }

    /** A position in an ascending walk over the values (see {@link #walkFrom}). */
    static final class Cursor<V> {
        private final IdOrderedMap<V> map;
        private int at;

        private Cursor(IdOrderedMap<V> map, int at) {
            this.map = map;
            this.at = at;
            skipHoles();
        }

        boolean hasValue() {
            return at < map.end;
        }

        long id() {
            return map.ids[at];
        }

        V value() {
            return map.value(at);
        }

        void advance() {
            at++;
            skipHoles();
        }

        /** Puts {@code value} in place of the one here. */
        void replace(V value) {
            map.values[at] = value;
        }

        /** Removes the value here and moves on to the next. */
        void remove() {
            map.removeAt(at);
            advance();
        }

        private void skipHoles() {
            while (at < map.end && map.values[at] == null) {
                at++;
            }
        }
    }

    private final class Walk implements Iterator<V> {
        private int at;
        private final int step;

        Walk(int start, int step) {
            this.at = start;
            this.step = step;
            skipHoles();
        }

        @Override
        public boolean hasNext() {
            return at >= first && at < end;
        }

        @Override
        public V next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            V value = value(at);
            at += step;
            skipHoles();
            return value;
        }

        private void skipHoles() {
            while (at >= first && at < end && values[at] == null) {
                at += step;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private V value(int at) {
        return (V) values[at];
    }

    private void append(long id, Object value) {
        if (end == ids.length) {
            int capacity = Math.max(INITIAL, (end - first) + ((end - first) >> 1) + 1);
            if (first > 0 || capacity > ids.length) {
                reallocate(Math.max(capacity, ids.length));
            }
        }
        ids[end] = id;
        values[end] = value;
        end++;
    }

    private V removeAt(int at) {
        V gone = value(at);
        values[at] = null;
        size--;
        while (first < end && values[first] == null) {
            first++;
        }
        if (first == end) {
            first = 0;
            end = 0;
        }
        return gone;
    }

    /** Slot of {@code id}, or -1 (binary search: the holes keep their ids, so the order holds). */
    private int slotOf(long id) {
        int at = Arrays.binarySearch(ids, first, end, id);
        return at >= 0 && values[at] != null ? at : -1;
    }

    private int firstAtOrAfter(long id) {
        int at = Arrays.binarySearch(ids, first, end, id);
        return at >= 0 ? at : -at - 1;
    }

    /** Compacts once the holes among the values outnumber them (amortized: at least as many removals came before). */
    private void compactWhenHoly() {
        int holes = end - first - size;
        if (holes > MIN_COMPACTION_HOLES && holes > size) {
            reallocate(Math.max(INITIAL, size + (size >> 1)));
        }
    }

    /** Copies the values (not the holes) into arrays of {@code capacity}, from slot 0. */
    private void reallocate(int capacity) {
        long[] newIds = new long[capacity];
        Object[] newValues = new Object[capacity];
        int to = 0;
        for (int at = first; at < end; at++) {
            if (values[at] != null) {
                newIds[to] = ids[at];
                newValues[to] = values[at];
                to++;
            }
        }
        ids = newIds;
        values = newValues;
        first = 0;
        end = to;
    }

    /** Merges the values put out of order (one linear pass). */
    private void settle() {
        if (aside.isEmpty()) {
            return;
        }
        int live = end - first;
        long[] newIds = new long[Math.max(INITIAL, live + aside.size() + ((live + aside.size()) >> 1))];
        Object[] newValues = new Object[newIds.length];
        Iterator<Map.Entry<Long, Object>> others = aside.entrySet().iterator();
        Map.Entry<Long, Object> other = others.next();
        int to = 0;
        for (int at = first; at < end || other != null; ) {
            boolean takeOther = other != null && (at >= end || other.getKey() < ids[at]);
            if (takeOther) {
                newIds[to] = other.getKey();
                newValues[to++] = other.getValue();
                other = others.hasNext() ? others.next() : null;
            } else {
                if (values[at] != null) {
                    newIds[to] = ids[at];
                    newValues[to++] = values[at];
                }
                at++;
            }
        }
        aside.clear();
        ids = newIds;
        values = newValues;
        first = 0;
        end = to;
    }
}
