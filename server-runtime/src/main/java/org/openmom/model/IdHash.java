package org.openmom.model;

/**
 * The hash of a message id for the open-addressing tables that index a backlog by id. Consecutive
 * ids (a backlog is mostly that) go to neighbouring positions, a block of 16 at a time, and the
 * blocks are scattered (Fibonacci hashing): placing or looking up a million ids in order then
 * touches each cache line of a table a few times instead of once per id — a scattering hash made
 * every one of them a cache miss, a tenth of a restart's time to ready (docs/performance.md, W7).
 * Ids with a stride (one counter shared by several journals) still spread over the table.
 */
public final class IdHash {
    private static final int BLOCK_BITS = 4;

    private IdHash() {}

    /** The position of {@code id} in a table of {@code mask + 1} (a power of two) positions. */
    public static int of(long id, int mask) {
        long mixed = (id >>> BLOCK_BITS) * 0x9E3779B97F4A7C15L;
        int block = (int) (mixed ^ (mixed >>> 32)) << BLOCK_BITS;
        return (block + (int) (id & ((1 << BLOCK_BITS) - 1))) & mask;
    }

    /**
     * Whether, in a linear-probing table, the entry at position {@code at} whose hash is
     * {@code home} may move back into the free position {@code hole} before it in its probe run
     * (deletion by shifting back): not when its home lies cyclically in {@code (hole, at]}, where
     * a lookup starting at its home would no longer pass by it.
     */
    public static boolean mayMoveBack(int home, int hole, int at) {
        boolean homeBetween = hole <= at ? home > hole && home <= at : home > hole || home <= at;
        return !homeBetween;
    }
}
