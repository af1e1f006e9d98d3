package org.openmom.wire;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Recently read short strings by their bytes, direct-mapped: the names in headers repeat,
 * and a hit costs a hash and a compare instead of a new String.
 */
final class StringCache {
    private static final int SLOTS = 256;
    private static final int MAX_CACHED_LENGTH = 64;
    private final byte[][] keys = new byte[SLOTS][];
    private final String[] values = new String[SLOTS];

    String get(byte[] in, int start, int length) {
        if (length > MAX_CACHED_LENGTH) {
            return new String(in, start, length, StandardCharsets.UTF_8);
        }
        int hash = length;
        for (int i = start; i < start + length; i++) {
            hash = 31 * hash + in[i];
        }
        int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && key.length == length && Arrays.equals(key, 0, length, in, start, start + length)) {
            return values[slot];
        }
        String value = new String(in, start, length, StandardCharsets.UTF_8);
        keys[slot] = Arrays.copyOfRange(in, start, start + length);
        values[slot] = value;
        return value;
    }
}
