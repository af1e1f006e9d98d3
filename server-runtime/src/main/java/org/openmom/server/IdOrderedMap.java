package org.openmom.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Values by message id, in ascending id order: the persistent ledger's index of every waiting
 * persistent message, without an entry object and a boxed key per message (a {@code TreeMap}
 * costs 64 bytes and two objects more per message, which every young collection of a restart
 * with a big backlog copies again).
 *
 * <p>The values are kept in blocks of {@link #BLOCK_CAPACITY} parallel ids and values, the blocks
 * in ascending id order, so that no operation copies more than a block or two: the map is read
 * and changed under the broker lock, which nothing may hold for more than about a millisecond
 * (#19), and contiguous arrays copied everything when they grew (9–25 ms at 1,005,308 entries,
 * 27–57 ms at 1,507,963, measured), when they were compacted, and when values put out of id order
 * were merged in. Here an append fills the last block or starts a new one; a put out of order
 * is inserted in its block, which is split in two when full; a removal leaves a hole (the holes
 * at either end of a block are skipped: a backlog drained oldest first is not copied), a block
 * left empty leaves the list, and a block merges with a neighbour once the two fit in three
 * quarters of one, so memory follows the values down from any peak. Holes cost no memory of
 * their own (a block is its capacity whatever it holds): a block is compacted only to make room
 * for an insertion, or in a merge. {@link #slotsCopied} counts what all this copies, for the
 * tests to check the bound. Not thread-safe (the broker lock guards it).
 *
 * @param <V> the values; never null
 */
final class IdOrderedMap<V> {
    /**
     * Entries per block. Shifting or compacting a block of 1024 (8 KiB of ids, 4–8 KiB of
     * references) takes microseconds, far below #19's millisecond; a million entries are 1,000
     * to 2,000 blocks (full to half full), so the list of blocks (copied when it grows or a block
     * comes or goes) is 8–16 KiB, searched in 10–11 steps; and a block's own cost (an object, two
     * array headers) is a few hundredths of a byte per entry. Bigger blocks would lengthen every
     * shift, smaller ones the list.
     */
    static final int BLOCK_CAPACITY = 1024;
    /**
     * A removal merges its block with a neighbour when the two hold this many values or fewer:
     * below a full block, so that a split (two halves holding a block and one) is not undone by
     * the next removal — a quarter of a block's values must leave first.
     */
    private static final int MERGE_LIMIT = BLOCK_CAPACITY * 3 / 4;

    /** In ascending id order, none empty (but while a {@link #walkFrom} runs). */
    private final ArrayList<Block> blocks = new ArrayList<>();
    private int size;
    private long slotsCopied;

    int size() {
        return size;
    }

    V get(long id) {
        if (blocks.isEmpty()) {
            return null;
        }
        Block block = blocks.get(blockFor(id));
        int slot = block.slotOf(id);
        return slot < 0 ? null : value(block, slot);
    }

    boolean containsKey(long id) {
        return get(id) != null;
    }

    /** Puts {@code value} for {@code id}; returns the value it replaces, or null. */
    V put(long id, V value) {
        if (value == null) {
            throw new IllegalArgumentException("null value for id " + id);
        }
        if (blocks.isEmpty() || id > lastBlock().lastId()) {
            append(id, value);
            return null;
        }
        return putAmong(id, value);
    }

    /** Removes the value of {@code id}; returns it, or null when there was none. */
    V remove(long id) {
        if (blocks.isEmpty()) {
            return null;
        }
        int at = blockFor(id);
        Block block = blocks.get(at);
        int slot = block.slotOf(id);
        if (slot < 0) {
            return null;
        }
        V gone = removeAt(block, slot);
        if (block.size == 0 || fitsWithANeighbour(at)) {
            tidy(Math.max(0, at - 1), Math.min(blocks.size(), at + 2));
        }
        return gone;
    }

    /** Values in ascending id order, or descending when asked; the map must not change during the walk. */
    Iterable<V> values(boolean descending) {
        if (descending) {
            return () -> new Walk(blocks.size() - 1, BLOCK_CAPACITY, true);
        }
        return () -> new Walk(0, 0, false);
    }

    /**
     * {@link #values} of the ids after {@code afterId} in the walk's direction (above it ascending,
     * below it descending), found by binary search: a walk done a part at a time starts each part
     * where the last one ended, whatever left the map between.
     */
    Iterable<V> valuesAfter(long afterId, boolean descending) {
        if (descending) {
            return () -> startingAt(afterId, true);
        }
        return () -> afterId == Long.MAX_VALUE ? new Walk(blocks.size(), 0, false) : startingAt(afterId + 1, false);
    }

    /**
     * Walks the values from the first id not below {@code fromId}, ascending, letting the visitor
     * remove the one it is at ({@link Cursor#remove}); the visitor changes the map through the
     * cursor only. The blocks the walk emptied leave, and its thinned ones merge, after the walk
     * (before, the cursor's place in the list would move): the tidying is of the blocks walked,
     * as long as the walk.
     */
    void walkFrom(long fromId, Consumer<Cursor<V>> visitor) {
        Walk walk = startingAt(fromId, false);
        int firstWalked = walk.blockAt;
        try {
            visitor.accept(new Cursor<>(this, walk));
        } finally {
            tidy(Math.max(0, firstWalked - 1), Math.min(blocks.size(), walk.blockAt + 2));
        }
    }

    /**
     * Entries (an id and its value) copied so far by insertions, splits, compactions and merges;
     * appends copy none, nor removals but for a merge. What lets the tests check that no
     * operation copies more than a block or two, whatever the size of the map.
     */
    long slotsCopied() {
        return slotsCopied;
    }

    /** Blocks in use: with {@link #size}, what lets the tests check that memory follows the values. */
    int blockCount() {
        return blocks.size();
    }

    /** A position in an ascending walk over the values (see {@link #walkFrom}). */
    static final class Cursor<V> {
        private final IdOrderedMap<V> map;
        private final IdOrderedMap<V>.Walk walk;

        private Cursor(IdOrderedMap<V> map, IdOrderedMap<V>.Walk walk) {
            this.map = map;
            this.walk = walk;
        }

        boolean hasValue() {
            return walk.hasNext();
        }

        long id() {
            return walk.block().ids[walk.slot];
        }

        V value() {
            return map.value(walk.block(), walk.slot);
        }

        void advance() {
            walk.advance();
        }

        /** Puts {@code value} in place of the one here. */
        void replace(V value) {
            walk.block().values[walk.slot] = value;
        }

        /** Removes the value here and moves on to the next. */
        void remove() {
            map.removeAt(walk.block(), walk.slot);
            advance();
        }
    }

    /** Ids and values in slots {@code [first, end)}, ascending; a removed value leaves a hole that keeps its id. */
    private static final class Block {
        final long[] ids = new long[BLOCK_CAPACITY];
        final Object[] values = new Object[BLOCK_CAPACITY];
        /** Slots before it are holes; it holds a value unless the block is empty. */
        int first;
        /** Slots from it on are free; the one before it holds a value unless the block is empty. */
        int end;
        int size;

        long firstId() {
            return ids[first];
        }

        long lastId() {
            return ids[end - 1];
        }

        boolean isFull() {
            return first == 0 && end == BLOCK_CAPACITY;
        }

        /** Binary search among the used slots: the slot of {@code id}, or -(insertion point) - 1. */
        int search(long id) {
            return Arrays.binarySearch(ids, first, end, id);
        }

        /** Slot of the value of {@code id}, or -1. */
        int slotOf(long id) {
            int slot = search(id);
            return slot >= 0 && values[slot] != null ? slot : -1;
        }

        /** The first slot from {@code slot} on holding a value, or -1. */
        int valueAtOrAfter(int slot) {
            for (int at = Math.max(slot, first); at < end; at++) {
                if (values[at] != null) {
                    return at;
                }
            }
            return -1;
        }

        /** The last slot up to {@code slot} holding a value, or -1. */
        int valueAtOrBefore(int slot) {
            for (int at = Math.min(slot, end - 1); at >= first; at--) {
                if (values[at] != null) {
                    return at;
                }
            }
            return -1;
        }
    }

    /** Walks the values one way from a slot, across blocks, skipping holes. */
    private final class Walk implements Iterator<V> {
        private int blockAt;
        private int slot;
        private final boolean descending;

        /**
         * From {@code slot} of the block at {@code blockAt} (clamped to the block's used slots),
         * or from the next value in the walk's direction.
         */
        Walk(int blockAt, int slot, boolean descending) {
            this.blockAt = blockAt;
            this.slot = slot;
            this.descending = descending;
            seekValue();
        }

        @Override
        public boolean hasNext() {
            return blockAt >= 0 && blockAt < blocks.size();
        }

        @Override
        public V next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            V value = value(block(), slot);
            advance();
            return value;
        }

        Block block() {
            return blocks.get(blockAt);
        }

        void advance() {
            slot += descending ? -1 : 1;
            seekValue();
        }

        private void seekValue() {
            while (hasNext()) {
                Block block = block();
                slot = descending ? block.valueAtOrBefore(slot) : block.valueAtOrAfter(slot);
                if (slot >= 0) {
                    return;
                }
                blockAt += descending ? -1 : 1;
                slot = descending ? BLOCK_CAPACITY : 0;
            }
        }
    }

    /** A walk from the first id not below {@code id} ascending, or from the last one below it descending. */
    private Walk startingAt(long id, boolean descending) {
        if (blocks.isEmpty()) {
            return new Walk(0, 0, descending);
        }
        int at = blockFor(id);
        int slot = blocks.get(at).search(id);
        int atOrAfter = slot >= 0 ? slot : -slot - 1;
        return new Walk(at, descending ? atOrAfter - 1 : atOrAfter, descending);
    }

    @SuppressWarnings("unchecked")
    private V value(Block block, int slot) {
        return (V) block.values[slot];
    }

    private Block lastBlock() {
        return blocks.get(blocks.size() - 1);
    }

    /** The block where {@code id} is or would go: the last one starting at or below it (the first when none does). */
    private int blockFor(long id) {
        int low = 0;
        int high = blocks.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (blocks.get(middle).firstId() <= id) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    /** An id above all others (the common case: one counter gives them): the last block, or a new one — no copy. */
    private void append(long id, Object value) {
        if (blocks.isEmpty() || lastBlock().end == BLOCK_CAPACITY) {
            blocks.add(new Block());
        }
        Block last = lastBlock();
        last.ids[last.end] = id;
        last.values[last.end] = value;
        last.end++;
        last.size++;
        size++;
    }

    /** A put among the ids there are (a replay: a rewritten record comes last in its journal). */
    private V putAmong(long id, Object value) {
        int at = blockFor(id);
        Block block = blocks.get(at);
        int slot = block.search(id);
        if (slot >= 0) {
            return replaceAt(block, slot, value);
        }
        if (block.isFull()) {
            makeRoom(at);
            return putAmong(id, value);
        }
        insertAt(block, -slot - 1, id, value);
        return null;
    }

    /** Puts {@code value} in the slot of its id, a value's or a hole's. */
    private V replaceAt(Block block, int slot, Object value) {
        V previous = value(block, slot);
        block.values[slot] = value;
        if (previous == null) {
            block.size++;
            size++;
        }
        return previous;
    }

    /** Inserts before {@code slot}, shifting the shorter side that has room: at most a block. */
    private void insertAt(Block block, int slot, long id, Object value) {
        boolean down = block.first > 0 && (block.end == BLOCK_CAPACITY || slot - block.first < block.end - slot);
        if (down) {
            copy(block, block.first, block, block.first - 1, slot - block.first);
            block.first--;
            slot--;
        } else {
            copy(block, slot, block, slot + 1, block.end - slot);
            block.end++;
        }
        block.ids[slot] = id;
        block.values[slot] = value;
        block.size++;
        size++;
    }

    /** A full block's holes go, or when it has none it is split in two halves: a block's copy at most. */
    private void makeRoom(int at) {
        Block block = blocks.get(at);
        if (block.size < BLOCK_CAPACITY) {
            compact(block);
            return;
        }
        Block upper = new Block();
        int half = BLOCK_CAPACITY / 2;
        copy(block, half, upper, 0, BLOCK_CAPACITY - half);
        upper.end = BLOCK_CAPACITY - half;
        upper.size = upper.end;
        Arrays.fill(block.values, half, BLOCK_CAPACITY, null);
        block.end = half;
        block.size = half;
        blocks.add(at + 1, upper);
    }

    /** Leaves a hole; the holes at either end of the block are skipped (no copy: a drain's hot path). */
    private V removeAt(Block block, int slot) {
        V gone = value(block, slot);
        block.values[slot] = null;
        block.size--;
        size--;
        while (block.first < block.end && block.values[block.first] == null) {
            block.first++;
        }
        while (block.end > block.first && block.values[block.end - 1] == null) {
            block.end--;
        }
        return gone;
    }

    private boolean fitsWithANeighbour(int at) {
        int values = blocks.get(at).size;
        return at > 0 && blocks.get(at - 1).size + values <= MERGE_LIMIT
                || at + 1 < blocks.size() && blocks.get(at + 1).size + values <= MERGE_LIMIT;
    }

    /**
     * Drops the empty blocks among {@code [from, to)} and merges each one into the one before it
     * when the two fit ({@link #MERGE_LIMIT}): a copy of the values of the blocks in the range,
     * and one shift of the list's references after it.
     */
    private void tidy(int from, int to) {
        int kept = from;
        for (int at = from; at < to; at++) {
            Block block = blocks.get(at);
            if (block.size == 0) {
                continue;
            }
            Block previous = kept > from ? blocks.get(kept - 1) : null;
            if (previous != null && previous.size + block.size <= MERGE_LIMIT) {
                compact(previous);
                previous.end = gather(block, previous, previous.end);
                previous.size += block.size;
            } else {
                blocks.set(kept++, block);
            }
        }
        blocks.subList(kept, to).clear();
    }

    /** Moves the values to the front of the block, leaving no hole. */
    private void compact(Block block) {
        int end = gather(block, block, 0);
        Arrays.fill(block.values, end, block.end, null);
        block.first = 0;
        block.end = end;
    }

    /**
     * Copies the values of {@code from} (not its holes) to {@code to} from {@code slot}, a run
     * at a time; returns the slot after them.
     */
    private int gather(Block from, Block to, int slot) {
        int at = from.first;
        while (at < from.end) {
            int runEnd = at;
            while (runEnd < from.end && from.values[runEnd] != null) {
                runEnd++;
            }
            copy(from, at, to, slot, runEnd - at);
            slot += runEnd - at;
            at = runEnd;
            while (at < from.end && from.values[at] == null) {
                at++;
            }
        }
        return slot;
    }

    /** Every copy of entries goes through here, counted in {@link #slotsCopied} (a copy onto itself is none). */
    private void copy(Block from, int fromSlot, Block to, int toSlot, int length) {
        if (length == 0 || from == to && fromSlot == toSlot) {
            return;
        }
        System.arraycopy(from.ids, fromSlot, to.ids, toSlot, length);
        System.arraycopy(from.values, fromSlot, to.values, toSlot, length);
        slotsCopied += length;
    }
}
