package org.openmom.app.common.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javafx.fxml.FXMLLoader;
import org.testfx.api.FxRobot;

/**
 * Loads every FXML view of a module as the program does, each with its controller: a view
 * whose file names a missing control, property, handler or include fails here, not in front of
 * a person, and a view loads without program code around it, as Scene Builder opens it.
 */
public final class FxmlViews {
    private FxmlViews() {}

    /**
     * @param anyMainClass a class of the module, to find the module's compiled resources
     * @return the names of the views checked
     */
    public static List<String> loadEvery(FxRobot robot, Class<?> anyMainClass) {
        List<Path> views = viewsOf(anyMainClass);
        for (Path view : views) {
            robot.interact(() -> {
                FXMLLoader loader = new FXMLLoader(url(view));
                try {
                    loader.load();
                } catch (IOException e) {
                    throw new AssertionError("the view " + view + " does not load: " + e.getMessage(), e);
                }
                String name = view.getFileName().toString().replace(".fxml", "");
                assertThat(loader.<Object>getController()).as("the controller of " + view).isNotNull()
                        .extracting(controller -> controller.getClass().getSimpleName()).isEqualTo(name + "Controller");
            });
        }
        return views.stream().map(view -> view.getFileName().toString()).sorted().toList();
    }

    private static List<Path> viewsOf(Class<?> anyMainClass) {
        try (Stream<Path> files = Files.walk(Path.of(anyMainClass.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
            return files.filter(file -> file.toString().endsWith(".fxml")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static URL url(Path view) {
        try {
            return view.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
