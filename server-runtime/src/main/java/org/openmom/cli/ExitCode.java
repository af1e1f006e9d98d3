package org.openmom.cli;

/** The exit codes every subcommand keeps to. */
public final class ExitCode {
    public static final int OK = 0;
    /** The input was wrong: a file with errors, an unreachable server, a refused request. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself was wrong (picocli's own code for usage errors). */
    public static final int USAGE = 2;

    private ExitCode() {}
}
