package org.openmom.fileformat;

import java.util.ArrayList;
import java.util.List;

/** The text of a file cut into numbered lines, with its layout. */
public record SourceText(String fileName, List<SourceLine> lines, TextLayout layout) {

    public static SourceText of(String fileName, String text) {
        List<SourceLine> lines = new ArrayList<>();
        int number = 1;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            int next = end < 0 ? text.length() : end + 1;
            int contentEnd = end < 0 ? text.length() : end;
            if (contentEnd > start && text.charAt(contentEnd - 1) == '\r') {
                contentEnd--;
            }
            lines.add(SourceLine.of(number++, text.substring(start, contentEnd)));
            start = next;
        }
        return new SourceText(fileName, List.copyOf(lines), TextLayout.of(text));
    }
}
