package org.openmom.app.serverslisteditor;

import java.util.List;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;

/**
 * Starts the editor from a plain class path (a main class extending Application would need
 * JavaFX on the module path). {@code --help} and a wrong option answer in the terminal.
 */
public final class ServersListEditorMain {
    static final String USAGE = "servers-list-editor [FILE]   (default FILE: $OPENMOM_HOME/files/Servers.lst)";

    private ServersListEditorMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("usage: " + USAGE);
            System.out.println("Servers List Editor: edits the Servers List that tells services which OpenMOM servers to try.");
            return;
        }
        if (arguments.size() > 1 || arguments.stream().anyMatch(a -> a.startsWith("-"))) {
            System.err.println("servers-list-editor: unexpected " + String.join(" ", arguments) + " — usage: " + USAGE);
            System.exit(2);
        }
        DisplayCheck.requireDisplay("servers-list-editor");
        Application.launch(ServersListEditorApp.class, args);
    }
}
