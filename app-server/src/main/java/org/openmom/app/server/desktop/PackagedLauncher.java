package org.openmom.app.server.desktop;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Map;

/**
 * The {@code openmom} command of the installed package (one jpackage launcher for the whole
 * suite): the desktop programs by their subcommand, as the checkout's {@code openmom} script
 * starts them, and every other subcommand by the command line ({@code org.openmom.cli.Main}).
 */
public final class PackagedLauncher {
    /** Subcommand → main class; a program missing from the build is said so in one line. */
    static final Map<String, String> PROGRAMS = Map.of(
            "server-window", "org.openmom.app.server.ServerWindowMain",
            "desktop", "org.openmom.app.server.desktop.DesktopMain",
            "explorer", "org.openmom.app.explorer.ExplorerMain",
            "demo", "org.openmom.app.explorer.demo.DemoMain",
            "servers-list-editor", "org.openmom.app.serverslisteditor.ServersListEditorMain",
            "config-editor", "org.openmom.app.configeditor.ConfigEditorMain",
            "chat", "org.openmom.examples.chat.ChatMain");
    private static final String COMMAND_LINE = "org.openmom.cli.Main";

    private PackagedLauncher() {}

    public static void main(String[] args) throws Throwable {
        String program = args.length == 0 ? null : PROGRAMS.get(args[0]);
        String mainClass = program == null ? COMMAND_LINE : program;
        String[] rest = program == null ? args : Arrays.copyOfRange(args, 1, args.length);
        Method main;
        try {
            main = Class.forName(mainClass).getMethod("main", String[].class);
        } catch (ClassNotFoundException e) {
            System.err.println("openmom: " + args[0] + " is not part of this installation (" + mainClass + " is missing)"
                    + " — install a package that includes it");
            System.exit(1);
            return;
        }
        try {
            main.invoke(null, (Object) rest);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
