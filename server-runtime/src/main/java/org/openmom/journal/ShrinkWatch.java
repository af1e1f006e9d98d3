package org.openmom.journal;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Whether the live records of a journal are falling fast — a backlog being drained — judged
 * over windows of a second. A compaction then would copy records that are about to be removed
 * anyway (the drain of a million in W7 copied 750 MB for nothing, beside the drain and its
 * calls), so it waits until the fall slows down, when little is left to copy. Owned by the
 * journal's writer thread.
 */
final class ShrinkWatch {
    static final long WINDOW_MILLIS = 1_000;
    private static final long WINDOW_NANOS = TimeUnit.MILLISECONDS.toNanos(WINDOW_MILLIS);

    private final LongSupplier nanoClock;
    private long windowStart;
    private long liveAtWindowStart = -1;
    private boolean falling;

    ShrinkWatch(LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
    }

    /**
     * Told the live bytes now (as often as the writer likes); whether they fell by more than a
     * quarter within the current window, or else over the last whole one.
     */
    boolean isFalling(long liveBytes) {
        long now = nanoClock.getAsLong();
        if (liveAtWindowStart < 0) {
            liveAtWindowStart = liveBytes;
            windowStart = now;
            return false;
        }
        boolean fellByAQuarter = liveBytes < liveAtWindowStart - liveAtWindowStart / 4;
        if (now - windowStart >= WINDOW_NANOS) {
            falling = fellByAQuarter;
            liveAtWindowStart = liveBytes;
            windowStart = now;
        } else {
            falling |= fellByAQuarter;
        }
        return falling;
    }
}
