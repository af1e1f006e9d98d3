package org.openmom.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * Runs {@code openmom check config|routes …} like {@link CommandLineRun}, registering the two
 * subcommands under {@code check} when {@link CheckCommand} does not list them (yet).
 */
final class CheckFormatsRun {
    private CheckFormatsRun() {}

    static CommandLineRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.newCommandLine();
        CommandLine check = commandLine.getSubcommands().get("check");
        if (!check.getSubcommands().containsKey("config")) {
            check.addSubcommand(new CheckConfigCommand());
        }
        if (!check.getSubcommands().containsKey("routes")) {
            check.addSubcommand(new CheckRoutesCommand());
        }
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandLineRun(exitCode, out.toString(), err.toString());
    }
}
