package org.openmom.app.explorer.demo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javafx.application.Application;
import org.openmom.app.common.shell.DisplayCheck;
import org.openmom.app.explorer.ExplorerApp;
import org.openmom.home.OpenMomHome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code openmom demo}: servers Demo/1 and Demo/2, linked by routers, with demo services in this
 * process, in a temporary OPENMOM_HOME (unless OPENMOM_HOME is set), and the Explorer connected to
 * both. Closing the Explorer stops everything (and removes the temporary home).
 */
public final class DemoMain {
    private static final Logger LOG = LoggerFactory.getLogger(DemoMain.class);

    private DemoMain() {}

    public static void main(String[] args) throws Exception {
        DisplayCheck.requireDisplay("demo"); // before starting the servers it would show
        String given = System.getenv(OpenMomHome.ENVIRONMENT_VARIABLE);
        Path temporary = given == null || given.isBlank() ? Files.createTempDirectory("openmom-demo-") : null;
        OpenMomHome home = temporary == null ? OpenMomHome.fromEnvironment() : new OpenMomHome(temporary);
        LOG.info("demo: OPENMOM_HOME is {}", home.root());
        try (DemoWorld world = DemoWorld.start(home)) {
            // every role: both demo servers
            List<String> explorer = new ArrayList<>(List.of("--home", home.root().toString(), "--server", DemoWorld.SERVER,
                    "--role", "0", "--host", "localhost", "--protocol", "ncalrpc", "--live"));
            explorer.addAll(List.of(args));
            Application.launch(ExplorerApp.class, explorer.toArray(String[]::new));
        } finally {
            if (temporary != null) {
                deleteTree(temporary);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (Exception e) {
            LOG.warn("demo: could not remove {}: {}", root, e.getMessage());
        }
    }
}
