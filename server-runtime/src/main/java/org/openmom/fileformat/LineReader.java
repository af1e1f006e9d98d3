package org.openmom.fileformat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

/**
 * The reading loop the three file formats share: comment and blank lines are gathered for the
 * element that follows them, a line that cannot be read is reported and kept verbatim with
 * those comments (so saving loses nothing), each element's line is remembered to place the
 * validator's findings, and the problems come out in file order.
 */
public final class LineReader {
    private final SourceText source;
    private final SourceMap sourceMap;
    private final List<Problem> problems = new ArrayList<>();
    private List<String> pendingComments = new ArrayList<>();

    public LineReader(String fileName, String text) {
        this.source = SourceText.of(fileName, text);
        this.sourceMap = new SourceMap(fileName);
    }

    /**
     * Hands every line that is neither blank nor a comment to {@code reader}, in order. A line
     * holding an invisible control character (NUL, an escape, a right-to-left override…) is
     * reported instead: no name may hold one, and a file that shows one thing and means another
     * is how a forged name gets in (issue #18 item 3).
     */
    public void readElementLines(Consumer<SourceLine> reader) {
        for (SourceLine line : source.lines()) {
            if (line.isTrivia()) {
                pendingComments.add(line.text());
                continue;
            }
            int hidden = invisibleControlAt(line.text());
            if (hidden >= 0) {
                keepUnreadable(line, hidden + 1, String.format("an invisible control character (U+%04X) at column %d",
                        (int) line.text().charAt(hidden), hidden + 1), "remove it: names and fields cannot hold one"
                        + " (an editor that shows invisible characters finds it)");
            } else {
                reader.accept(line);
            }
        }
    }

    /** Where the first control character other than a tab, or bidirectional control, stands; -1 when none. */
    private static int invisibleControlAt(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F';
            if ((Character.isISOControl(c) && c != '\t') || bidi) {
                return i;
            }
        }
        return -1;
    }

    /** Reports the line and keeps its text with the comments: nothing the person wrote is lost. */
    public void keepUnreadable(SourceLine line, int column, String message, String fix) {
        problems.add(Problem.error(source.fileName(), line.number(), column, message, fix));
        pendingComments.add(line.text());
    }

    /** The comments gathered since the last element, for the element read now. */
    public List<String> takeComments() {
        List<String> taken = pendingComments;
        pendingComments = new ArrayList<>();
        return taken;
    }

    /** Remembers that {@code element} was read from {@code line}. */
    public void place(ElementRef element, SourceLine line) {
        sourceMap.put(element, line);
    }

    public String fileName() {
        return source.fileName();
    }

    public TextLayout layout() {
        return source.layout();
    }

    /** The result: {@code model} with the reading problems and the validator's {@code findings}, placed. */
    public <T> ParseResult<T> finish(T model, List<Finding> findings) {
        findings.forEach(finding -> problems.add(sourceMap.locate(finding)));
        problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ParseResult<>(model, problems, sourceMap);
    }

    /** "a", "a and b", "a, b and c". */
    public static String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
