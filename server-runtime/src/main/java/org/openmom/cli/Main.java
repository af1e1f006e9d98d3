package org.openmom.cli;

import java.util.Arrays;
import picocli.CommandLine;

/** Entry point of the {@code openmom} command line. */
public final class Main {
    private static final String SERVER = "server";

    private Main() {}

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs one command line and returns its exit code (the tests call this directly). */
    public static int execute(String... args) {
        return invocation(args).execute();
    }

    /** A command line and the arguments it runs. */
    public record Invocation(CommandLine commandLine, String[] args) {
        public int execute() {
            return commandLine.execute(args);
        }
    }

    /**
     * What runs {@code args}: the whole {@code openmom} tree, except for {@code openmom server},
     * which gets its subcommand alone, parsed as the tree would: picocli reflects over every
     * subcommand of a tree when it builds it, 0.15 s of every server start (a restart's time to
     * {@code ready} is a figure users wait for, docs/performance.md, W7).
     */
    public static Invocation invocation(String... args) {
        if (args.length > 0 && args[0].equals(SERVER)) {
            CommandLine server = new CommandLine(new ServerCommand());
            server.setCommandName("openmom " + SERVER);
            server.getCommandSpec().versionProvider(new VersionProvider());
            server.setExecutionExceptionHandler(new OneLineErrors());
            return new Invocation(server, Arrays.copyOfRange(args, 1, args.length));
        }
        return new Invocation(newCommandLine(), args);
    }

    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new OpenMomCommand());
        commandLine.setExecutionExceptionHandler(new OneLineErrors());
        return commandLine;
    }
}
