package org.openmom.fileformat;

/**
 * How a file's lines are laid out, so that a rewrite keeps the original's line separator and
 * its final newline (or lack of one).
 */
public record TextLayout(String lineSeparator, boolean finalNewline) {
    public static final TextLayout DEFAULT = new TextLayout("\n", true);

    public TextLayout {
        if (!lineSeparator.equals("\n") && !lineSeparator.equals("\r\n")) {
            throw new IllegalArgumentException("line separator must be \\n or \\r\\n");
        }
    }

    /** The layout of {@code text}: its first line separator, and whether it ends with one. */
    public static TextLayout of(String text) {
        int newline = text.indexOf('\n');
        if (newline < 0) {
            return new TextLayout(DEFAULT.lineSeparator, text.isEmpty());
        }
        String separator = newline > 0 && text.charAt(newline - 1) == '\r' ? "\r\n" : "\n";
        return new TextLayout(separator, text.endsWith("\n"));
    }
}
