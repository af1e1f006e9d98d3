package org.openmom.benchmarks.kit;

import java.util.Arrays;

/** Round-trip times of one run, in nanoseconds; percentiles by nearest rank. Single-threaded. */
public final class Latencies {
    /** For runs whose latencies nobody reads (warm-up). */
    public static final Latencies IGNORED = new Latencies(0);

    private long[] nanos;
    private int count;

    public Latencies(int expected) {
        nanos = new long[Math.max(expected, 16)];
    }

    public void record(long elapsedNanos) {
        if (this == IGNORED) {
            return;
        }
        if (count == nanos.length) {
            nanos = Arrays.copyOf(nanos, count * 2);
        }
        nanos[count++] = elapsedNanos;
    }

    public int count() {
        return count;
    }

    /** The value below which {@code fraction} of the samples lie (0 < fraction ≤ 1), or -1 with no sample. */
    public long percentile(double fraction) {
        if (count == 0) {
            return -1;
        }
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(fraction * count);
        return sorted[Math.min(Math.max(rank, 1), count) - 1];
    }
}
