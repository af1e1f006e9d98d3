package org.openmom.fileformat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects the lines of a file being written and joins them in the file's layout. */
public final class TextWriter {
    private final List<String> lines = new ArrayList<>();

    /** Comment and blank lines, exactly as they were read. */
    public TextWriter verbatim(List<String> trivia) {
        lines.addAll(trivia);
        return this;
    }

    /** One line of fields separated by a single space; callers encode the fields. */
    public TextWriter fields(String... fields) {
        lines.add(String.join(" ", Arrays.asList(fields)));
        return this;
    }

    public String toText(TextLayout layout) {
        if (lines.isEmpty()) {
            return "";
        }
        String text = String.join(layout.lineSeparator(), lines);
        return layout.finalNewline() ? text + layout.lineSeparator() : text;
    }
}
