package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.home.OpenMomHome;

/** The Servers List Editor program: {@code servers-list-editor [FILE]}, default the machine's Servers.lst. */
public final class ServersListEditorApp extends Application {
    @Override
    public void start(Stage stage) {
        List<String> arguments = getParameters().getUnnamed();
        OpenMomHome home = OpenMomHome.fromEnvironment();
        Path file = arguments.isEmpty() ? home.serversList() : Path.of(arguments.get(0));
        ServersListEditor.show(stage, file.toAbsolutePath(), FileDialogs.nativeChoosers(),
                Preferences.userRoot().node("org/openmom/servers-list-editor"), home);
    }
}
