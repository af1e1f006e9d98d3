package org.openmom.app.explorer;

import java.util.List;
import javafx.application.Application;

/**
 * Starts the Explorer from a plain class path (a main class extending Application would need
 * JavaFX on the module path). The command line is checked here first, so that {@code --help}
 * and a wrong option answer in the terminal instead of opening a window.
 */
public final class ExplorerMain {
    private ExplorerMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("usage: " + ExplorerArguments.USAGE);
            System.out.println("OpenMOM Explorer: live servers, services, mailboxes and reflexes."
                    + " Any connect field connects at start; without one the Connect dialog opens.");
            return;
        }
        try {
            ExplorerArguments.parse(arguments);
        } catch (IllegalArgumentException e) {
            System.err.println("explorer: " + e.getMessage());
            System.exit(2);
        }
        Application.launch(ExplorerApp.class, args);
    }
}
