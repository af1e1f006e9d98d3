package org.openmom.cli;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the administration commands write times and durations. */
final class Durations {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.systemDefault());

    private Durations() {}

    static String time(long epochMillis) {
        return TIME.format(Instant.ofEpochMilli(epochMillis));
    }

    /** {@code 3d 4h 05m}, {@code 4h 05m 10s}, {@code 12s}. */
    static String duration(long millis) {
        long seconds = millis / 1000;
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3600;
        long minutes = seconds % 3600 / 60;
        long rest = seconds % 60;
        if (days > 0) {
            return String.format("%dd %dh %02dm", days, hours, minutes);
        }
        if (hours > 0) {
            return String.format("%dh %02dm %02ds", hours, minutes, rest);
        }
        return minutes > 0 ? String.format("%dm %02ds", minutes, rest) : rest + "s";
    }
}
