package org.openmom.fileformat;

/** A file that cannot be read at all; its message is the formatted problem. */
public final class FileProblemException extends Exception {
    private final transient Problem problem;

    public FileProblemException(Problem problem) {
        super(problem.format());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
