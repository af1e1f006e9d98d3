package org.openmom.app.server.desktop;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code openmom desktop install|uninstall}: the OpenMOM submenu in the person's desktop menu
 * (no display needed, no JavaFX started). {@code openmom desktop export ROOT} writes the same
 * files system-wide under a package's tree.
 */
public final class DesktopMain {
    static final String USAGE = String.join("\n",
            "usage: openmom desktop install [--launcher PATH]   add OpenMOM Server, OpenMOM Explorer, Servers List Editor,",
            "                                                  Server Configuration Editor and OpenMOM Chat to the desktop menu",
            "                                                  (an OpenMOM submenu), under $XDG_DATA_HOME and $XDG_CONFIG_HOME",
            "       openmom desktop uninstall                   remove exactly what install wrote",
            "       openmom desktop export ROOT --launcher PATH write the same entries system-wide under ROOT (usr/share, etc/xdg),",
            "                                                  for a package",
            "The entries start PATH SUBCOMMAND; PATH defaults to the openmom command running this.");

    private DesktopMain() {}

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.getenv(), System.getProperty("user.home")));
    }

    /** @return the exit code: 0 done, 1 could not write or remove, 2 wrong command line */
    static int run(List<String> args, Map<String, String> environment, String userHome) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            System.out.println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            String action = args.get(0);
            if (action.equals("uninstall") && args.size() == 1) {
                XdgDirectories xdg = XdgDirectories.ofUser(environment, userHome);
                List<Path> removed = new DesktopMenu(xdg).uninstall();
                System.out.println(removed.isEmpty() ? "desktop: nothing to remove (no install recorded in " + xdg.installRecord() + ")"
                        : "desktop: removed the OpenMOM menu: " + removed.size() + " files under " + xdg.dataHome() + " and " + xdg.configHome());
                return 0;
            }
            if (action.equals("install") && (args.size() == 1 || args.size() == 3 && args.get(1).equals("--launcher"))) {
                XdgDirectories xdg = XdgDirectories.ofUser(environment, userHome);
                String launcher = args.size() == 3 ? Path.of(args.get(2)).toAbsolutePath().toString() : launcher(environment);
                List<Path> written = new DesktopMenu(xdg).install(launcher);
                System.out.println("desktop: installed the OpenMOM menu (" + DesktopProgram.values().length + " programs starting "
                        + launcher + "): " + written.size() + " files under " + xdg.dataHome() + " and " + xdg.configHome()
                        + " — remove them with: openmom desktop uninstall");
                return 0;
            }
            if (action.equals("export") && args.size() == 4 && args.get(2).equals("--launcher")) {
                Path root = Path.of(args.get(1)).toAbsolutePath();
                List<Path> written = new DesktopMenu(XdgDirectories.systemUnder(root)).export(args.get(3));
                System.out.println("desktop: wrote " + written.size() + " files under " + root);
                return 0;
            }
        } catch (IOException e) {
            System.err.println("desktop: " + e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage()
                    + " — check that the folder can be written");
            return 1;
        } catch (IllegalStateException e) {
            System.err.println("desktop: " + e.getMessage());
            return 2;
        }
        System.err.println("desktop: unexpected " + String.join(" ", args) + "\n" + USAGE);
        return 2;
    }

    /** The openmom command that runs this: the checkout's script, or the installed package's launcher. */
    private static String launcher(Map<String, String> environment) {
        String script = environment.get("OPENMOM_LAUNCHER");
        if (script != null && !script.isBlank()) {
            return script;
        }
        String packaged = System.getProperty("jpackage.app-path");
        if (packaged != null) {
            return packaged;
        }
        throw new IllegalStateException("which openmom command should the menu start? give it with --launcher PATH");
    }
}
