package org.openmom.fileformat;

import java.util.ArrayList;
import java.util.List;

/** One line of a file with its 1-based number and its fields. */
public record SourceLine(int number, String text, List<Token> tokens) {
    public static final char COMMENT = '#';

    public static SourceLine of(int number, String text) {
        return new SourceLine(number, text, split(text));
    }

    /** Blank lines and {@code #} comment lines: kept verbatim, never interpreted. */
    public boolean isTrivia() {
        return tokens.isEmpty() || tokens.get(0).text().charAt(0) == COMMENT;
    }

    /** The column just after the last field: where a missing field would go. */
    public int endColumn() {
        return text.stripTrailing().length() + 1;
    }

    /** Splits on spaces and tabs; a tab counts as one column. */
    static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean blank = i == text.length() || isBlank(text.charAt(i));
            if (blank && start >= 0) {
                tokens.add(new Token(text.substring(start, i), start + 1));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return List.copyOf(tokens);
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\u000B' || c == '\uFEFF';
    }
}
