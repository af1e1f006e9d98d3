package org.openmom.app.server;

import java.util.List;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;

/**
 * Starts the OpenMOM Server window from a plain class path (a main class extending Application
 * would need JavaFX on the module path). {@code --help} and a wrong argument answer in the terminal.
 */
public final class ServerWindowMain {
    static final String USAGE = "server-window   (the OpenMOM home: $OPENMOM_HOME, default ~/.openmom)";

    private ServerWindowMain() {}

    public static void main(String[] args) {
        List<String> arguments = List.of(args);
        if (arguments.contains("--help") || arguments.contains("-h")) {
            System.out.println("usage: " + USAGE);
            System.out.println("OpenMOM Server: starts, watches and stops an OpenMOM server of this computer"
                    + " (the server of ./openmom server, kept running when the window closes if you wish).");
            return;
        }
        if (!arguments.isEmpty()) {
            System.err.println("server-window: unexpected " + String.join(" ", arguments) + " — usage: " + USAGE);
            System.exit(2);
        }
        DisplayCheck.requireDisplay("server-window");
        Application.launch(ServerWindowApp.class, args);
    }
}
