package org.openmom.fileformat;

import java.util.List;

/**
 * A parsed file: the model (always built, so an editor can show what it could read), every
 * problem found, errors and warnings, in file order, and where each element stood, so that a
 * program can report more findings of its own at the right line.
 */
public record ParseResult<T>(T model, List<Problem> problems, SourceMap sourceMap) {
    public ParseResult {
        problems = List.copyOf(problems);
    }

    /** The same file with {@code more} problems, kept in file order. */
    public ParseResult<T> withProblems(List<Problem> more) {
        List<Problem> all = new java.util.ArrayList<>(problems);
        all.addAll(more);
        all.sort(java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
        return new ParseResult<>(model, all, sourceMap);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
