package org.openmom.app.server;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.openmom.home.OpenMomHome;

/** The OpenMOM Server program: {@code server-window}. */
public final class ServerWindowApp extends Application {
    @Override
    public void start(Stage stage) {
        ServerWindow.show(stage, OpenMomHome.fromEnvironment(), Preferences.userRoot().node("org/openmom/server-window"),
                new FxServerWindowDialogs(() -> stage), ProgramLauncher.fromEnvironment(System.getenv()), List.of());
    }
}
