package org.openmom.app.explorer;

import java.util.List;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;
import picocli.CommandLine;

/**
 * Starts the Explorer from a plain class path (a main class extending Application would need
 * JavaFX on the module path). The command line is checked here first, so that {@code --help}
 * and a wrong option answer in the terminal (exit code 2) instead of opening a window.
 */
public final class ExplorerMain {
    private ExplorerMain() {}

    public static void main(String[] args) {
        CommandLine commandLine = ExplorerArguments.commandLine();
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(commandLine.getOut());
                return;
            }
            ExplorerArguments.parse(List.of(args));
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            commandLine.getErr().println("explorer: " + e.getMessage());
            System.exit(2);
        }
        DisplayCheck.requireDisplay("explorer");
        Application.launch(ExplorerApp.class, args);
    }
}
