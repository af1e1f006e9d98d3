package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.home.OpenMomHome;

/** The Server Configuration Editor program: {@code config-editor [FILE]}, default the home's server.conf. */
public final class ConfigEditorApp extends Application {
    static final String DEFAULT_FILE_NAME = "server.conf";

    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getUnnamed();
        OpenMomHome home = OpenMomHome.fromEnvironment();
        Path file = arguments.isEmpty() ? home.files().resolve(DEFAULT_FILE_NAME) : Path.of(arguments.get(0));
        ConfigEditor.show(stage, file.toAbsolutePath(), FileDialogs.nativeChoosers(), FxEditorDialogs.nativeJarChooser(),
                Preferences.userRoot().node("org/openmom/config-editor"), home);
    }
}
