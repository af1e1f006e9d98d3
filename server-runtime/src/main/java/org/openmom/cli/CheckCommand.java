package org.openmom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code openmom check KIND FILE}: is this file right, and if not, where and how to fix it. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check a Servers List, server configuration or routes file: every problem with FILE:LINE:COLUMN and its fix.",
        subcommands = {CheckServersListCommand.class, CheckConfigCommand.class, CheckRoutesCommand.class})
public final class CheckCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "Missing file kind: openmom check servers-list|config|routes FILE");
    }
}
