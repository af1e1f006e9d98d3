package org.openmom.fileformat;

import java.util.List;

/**
 * A parsed file: the model (always built, so an editor can show what it could read) and every
 * problem found, errors and warnings, in file order.
 */
public record ParseResult<T>(T model, List<Problem> problems) {
    public ParseResult {
        problems = List.copyOf(problems);
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
