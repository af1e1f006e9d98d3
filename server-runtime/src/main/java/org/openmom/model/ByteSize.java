package org.openmom.model;

import java.util.Locale;

/**
 * An amount of memory as people write it: {@code 65536}, {@code 512K}, {@code 64M}, {@code 2G}
 * (binary units, case-insensitive, an optional trailing {@code B} or {@code iB}).
 */
public final class ByteSize {
    private static final String[] UNITS = {"K", "M", "G", "T"};

    private ByteSize() {}

    /** The bytes {@code text} names; {@link IllegalArgumentException} with what is expected. */
    public static long parse(String text) {
        String value = text.trim().toUpperCase(Locale.ROOT).replaceFirst("I?B$", "");
        int shift = 0;
        for (int i = 0; i < UNITS.length; i++) {
            if (value.endsWith(UNITS[i])) {
                shift = 10 * (i + 1);
                value = value.substring(0, value.length() - 1);
                break;
            }
        }
        long number;
        try {
            number = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a size: write bytes or a number with K, M or G (e.g. 64M)");
        }
        if (number <= 0 || number > Long.MAX_VALUE >> shift) {
            throw new IllegalArgumentException("'" + text + "' is out of range: a size is more than 0 and at most 8E");
        }
        return number << shift;
    }

    /** {@code 1536} → {@code 1.5 KiB}; below 1 KiB in bytes. */
    public static String format(long bytes) {
        if (Math.abs(bytes) < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = -1;
        while (Math.abs(value) >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %siB", value, UNITS[unit]);
    }
}
