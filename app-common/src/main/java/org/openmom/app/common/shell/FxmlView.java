package org.openmom.app.common.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * A view read from its FXML file and the controller the file names. The file is found next to
 * the controller and named after it: {@code ConnectDialogController} reads
 * {@code ConnectDialog.fxml} from the controller's package in the resources.
 *
 * @param root       the view's root node
 * @param controller its controller (the program then hands it its view model)
 */
public record FxmlView<R extends Parent, C>(R root, C controller) {
    private static final String SUFFIX = "Controller";

    public static <R extends Parent, C> FxmlView<R, C> load(Class<C> controllerType) {
        String name = controllerType.getSimpleName();
        if (!name.endsWith(SUFFIX)) {
            throw new IllegalArgumentException(name + " is not named like a controller (…" + SUFFIX + ")");
        }
        String file = name.substring(0, name.length() - SUFFIX.length()) + ".fxml";
        URL location = Objects.requireNonNull(controllerType.getResource(file),
                () -> "missing view " + file + " next to " + controllerType.getName());
        FXMLLoader loader = new FXMLLoader(location);
        try {
            R root = loader.load();
            return new FxmlView<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            // the file ships inside the program: failing to read it is a bug, not a person's mistake
            throw new UncheckedIOException("cannot read the view " + location, e);
        }
    }
}
