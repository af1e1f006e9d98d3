package org.openmom.cli;

import picocli.CommandLine;

/** Entry point of the {@code openmom} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (the tests call this directly). */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new OpenMomCommand());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        return commandLine;
    }
}
