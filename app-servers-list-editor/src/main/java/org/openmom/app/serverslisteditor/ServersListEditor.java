package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.prefs.Preferences;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.document.EditorWindow;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.app.common.document.RecentFiles;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.home.OpenMomHome;
import org.openmom.home.RunningServers;
import org.openmom.icons.OpenMomIcon;
import org.openmom.serverslist.ServersList;

/** Puts a Servers List Editor in a window: the program, and each test, start here. */
final class ServersListEditor {
    static final String PROGRAM_NAME = "Servers List Editor";

    private final ServersListEditorModel model;
    private final ServersListEditorWindowController window;

    private ServersListEditor(ServersListEditorModel model, ServersListEditorWindowController window) {
        this.model = model;
        this.window = window;
    }

    /**
     * Shows the editor in {@code stage} and opens {@code file} (a file that does not exist yet
     * is started empty and created by the first save).
     */
    static ServersListEditor show(Stage stage, Path file, FileDialogs fileDialogs, Preferences preferences, OpenMomHome home) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        LocalServersWatch localServers = new LocalServersWatch(new RunningServers(home.run()), background);
        DocumentController<ServersList> document = new DocumentController<>(
                new ServersListFormat(() -> localServers.runningProperty().get()),
                PROGRAM_NAME, background, fileDialogs, new RecentFiles(preferences), () -> stage);
        ServersListEditorModel model = new ServersListEditorModel(document, new FxEditorDialogs(() -> stage), background,
                new DeclarationProbe(home));
        FxmlView<Parent, ServersListEditorWindowController> view = FxmlView.load(ServersListEditorWindowController.class);
        view.controller().show(model, () -> document.whenChangesSettled(stage::close));
        EditorWindow.dress(stage, view.root(), document, OpenMomIcon.APP_SERVERS_LIST_EDITOR);
        stage.setOnHidden(event -> {
            localServers.close();
            background.close();
        });
        localServers.runningProperty().addListener((o, before, now) -> document.recheck());
        localServers.start();
        stage.show();
        document.openOrStartNew(file);
        return new ServersListEditor(model, view.controller());
    }

    ServersListEditorModel model() {
        return model;
    }

    ServersListEditorWindowController window() {
        return window;
    }
}
