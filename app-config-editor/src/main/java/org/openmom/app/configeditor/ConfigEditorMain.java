package org.openmom.app.configeditor;

import java.util.List;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;

/**
 * Starts the editor from a plain class path (a main class extending Application would need
 * JavaFX on the module path). {@code --help} and a wrong option answer in the terminal.
 */
public final class ConfigEditorMain {
    static final String USAGE = "config-editor [FILE]   (default FILE: $OPENMOM_HOME/files/server.conf)";

    private ConfigEditorMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("usage: " + USAGE);
            System.out.println("Server Configuration Editor: edits the reflexes of an OpenMOM server (the file given to server -c).");
            return;
        }
        if (arguments.size() > 1 || arguments.stream().anyMatch(a -> a.startsWith("-"))) {
            System.err.println("config-editor: unexpected " + String.join(" ", arguments) + " — usage: " + USAGE);
            System.exit(2);
        }
        DisplayCheck.requireDisplay("config-editor");
        Application.launch(ConfigEditorApp.class, args);
    }
}
