package org.openmom.app.server;

import java.util.List;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.admin.AdminOptions;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.OpenMomHome;
import org.openmom.icons.OpenMomIcon;

/** Puts an OpenMOM Server window on a stage: the program, and each test, start here. */
final class ServerWindow {
    static final String PROGRAM_NAME = "OpenMOM Server";
    private static final String STYLES = "/org/openmom/app/server/server-window.css";

    private final ServerWindowModel model;
    private final ServerWindowController window;

    private ServerWindow(ServerWindowModel model, ServerWindowController window) {
        this.model = model;
        this.window = window;
    }

    /**
     * Shows the window for the machine's OpenMOM {@code home}, with the properties remembered in
     * {@code preferences}, and finds their server when it runs already.
     *
     * @param serverJavaOptions options of the server's JVM (none for the program)
     */
    static ServerWindow show(Stage stage, OpenMomHome home, Preferences preferences, ServerWindowDialogs dialogs,
            ProgramLauncher programs, List<String> serverJavaOptions) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        ServerPropertiesModel properties = new ServerPropertiesModel(new ServerFiles(home), background);
        ServerMonitor monitor = new ServerMonitor(AdminOptions.of(System.getProperty("user.name", "server-window")).withHome(home),
                background, new ServerLogModel());
        ServerWindowModel model = new ServerWindowModel(home, properties, new ServerProcesses(home, serverJavaOptions), monitor,
                programs, dialogs, background, preferences);
        FxmlView<Parent, ServerWindowController> view = FxmlView.load(ServerWindowController.class);
        view.controller().show(model, () -> model.close(stage::close));
        Scene scene = new Scene(view.root());
        scene.getStylesheets().add(ServerWindow.class.getResource(STYLES).toExternalForm());
        stage.setScene(scene);
        stage.setTitle(PROGRAM_NAME);
        AppShell.decorate(stage, OpenMomIcon.APP_SERVER);
        stage.setOnCloseRequest(event -> {
            event.consume(); // the model closes the window once the person has chosen what happens to the server
            model.close(stage::close);
        });
        stage.setOnHidden(event -> {
            monitor.stop();
            background.close();
        });
        stage.show();
        model.findRunning();
        return new ServerWindow(model, view.controller());
    }

    ServerWindowModel model() {
        return model;
    }

    ServerWindowController window() {
        return window;
    }
}
