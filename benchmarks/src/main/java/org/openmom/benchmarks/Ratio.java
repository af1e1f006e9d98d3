package org.openmom.benchmarks;

import java.util.Locale;

/** How a ratio ours ÷ Artemis is written: {@code 2.31×}, or {@code —} when one side is missing. */
final class Ratio {
    private Ratio() {}

    static String format(double ratio) {
        return Double.isNaN(ratio) || Double.isInfinite(ratio) ? "—" : String.format(Locale.ROOT, "%.2f×", ratio);
    }
}
