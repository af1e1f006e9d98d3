package org.openmom.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code openmom} command. Each capability is a subcommand; exit codes are 0 (ok),
 * 1 (invalid input: a bad file, an unreachable server) and 2 (usage: a bad flag).
 */
@Command(
        name = "openmom",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "OpenMOM for Java: message broker, administration and file tools.",
        subcommands = {
            CommandLine.HelpCommand.class,
            CheckCommand.class,
            ResolveCommand.class,
            ServerCommand.class,
            PostCommand.class,
            ReceiveCommand.class,
            CallCommand.class,
            UsersCommand.class,
            PasswdCommand.class,
            StatusCommand.class,
            ActivationCommand.class,
            MailboxCommand.class,
            DeleteCommand.class,
            PurgeCommand.class,
            SearchCommand.class,
            ResubmitCommand.class,
            MessageTransfer.Move.class,
            MessageTransfer.Copy.class,
            ExportCommand.class,
            ImportCommand.class,
            TrashCommand.class,
            RestoreCommand.class,
            AuditCommand.class,
            StatusChange.Enable.class,
            StatusChange.Disable.class,
            LogCommand.class,
            RoutersCommand.class,
            ReloadCommand.class,
            ReflexCommand.class,
        })
public final class OpenMomCommand implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: see 'openmom --help'.");
    }
}
