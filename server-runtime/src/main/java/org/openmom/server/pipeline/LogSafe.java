package org.openmom.server.pipeline;

/**
 * Text a peer chose (a service or user name, a reason quoting one), made fit for one log line:
 * cut to {@link #MAX_CHARS} so a peer cannot fill the disk with one frame, and with control and
 * bidirectional-override characters escaped so it cannot start a forged line or reorder the
 * line as a reader sees it.
 */
final class LogSafe {
    /** Long enough for any honest name or reason. */
    static final int MAX_CHARS = 200;

    private LogSafe() {}

    /** {@code text} capped and escaped; "null" for null, as the logger would print it. */
    static String text(Object text) {
        String s = String.valueOf(text);
        int end = s.length() <= MAX_CHARS ? s.length() : MAX_CHARS;
        if (end < s.length() && Character.isHighSurrogate(s.charAt(end - 1))) {
            end--; // never half a character
        }
        StringBuilder out = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            escape(s.charAt(i), out);
        }
        if (end < s.length()) {
            out.append("…(").append(s.length()).append(" chars)");
        }
        return out.toString();
    }

    private static void escape(char c, StringBuilder out) {
        switch (c) {
            case '\\': out.append("\\\\"); break;
            case '\n': out.append("\\n"); break;
            case '\r': out.append("\\r"); break;
            case '\t': out.append("\\t"); break;
            default:
                if (isInvisibleControl(c)) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
        }
    }

    /** C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional marks, embeddings, overrides and isolates. */
    private static boolean isInvisibleControl(char c) {
        return Character.isISOControl(c)
                || c == '\u200e' || c == '\u200f'
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069')
                || c == '\u061c';
    }
}
