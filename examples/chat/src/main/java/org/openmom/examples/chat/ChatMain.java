package org.openmom.examples.chat;

import java.util.List;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;
import picocli.CommandLine;

/**
 * Starts the chat from a plain class path (a main class extending Application would need JavaFX
 * on the module path). The command line is checked here first, so that {@code --help} and a
 * wrong option answer in the terminal (exit code 2) instead of opening a window.
 */
public final class ChatMain {
    private ChatMain() {}

    public static void main(String[] args) {
        CommandLine commandLine = ChatArguments.commandLine();
        try {
            commandLine.parseArgs(args);
            if (commandLine.isUsageHelpRequested()) {
                commandLine.usage(commandLine.getOut());
                return;
            }
            ChatArguments.parse(List.of(args));
        } catch (CommandLine.ParameterException | IllegalArgumentException e) {
            commandLine.getErr().println("chat: " + e.getMessage());
            System.exit(2);
        }
        DisplayCheck.requireDisplay("chat");
        Application.launch(ChatApp.class, args);
    }
}
