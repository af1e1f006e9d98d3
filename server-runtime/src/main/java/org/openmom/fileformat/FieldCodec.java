package org.openmom.fileformat;

/**
 * The lexical rules of a field: {@code +} stands for a space (so a name cannot hold a real
 * {@code +}), and in the configuration and routes files {@code -} stands for an empty field.
 */
public final class FieldCodec {
    public static final char SPACE = '+';
    public static final String EMPTY = "-";

    private FieldCodec() {}

    /** {@code Chat+Server} → {@code Chat Server}. */
    public static String decode(String field) {
        return field.replace(SPACE, ' ');
    }

    /** {@code Chat Server} → {@code Chat+Server}. */
    public static String encode(String value) {
        return value.replace(' ', SPACE);
    }

    /** As {@link #decode}, with {@code -} read as the empty value. */
    public static String decodeOptional(String field) {
        return EMPTY.equals(field) ? "" : decode(field);
    }

    /** As {@link #encode}, with the empty value written {@code -}. */
    public static String encodeOptional(String value) {
        return value.isEmpty() ? EMPTY : encode(value);
    }

    /** Whether a value can be written as one field and read back unchanged. */
    public static boolean isWritable(String value) {
        return value.indexOf(SPACE) < 0 && value.chars().noneMatch(c -> c == '\t' || c == '\n' || c == '\r');
    }
}
