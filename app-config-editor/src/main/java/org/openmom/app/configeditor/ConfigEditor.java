package org.openmom.app.configeditor;

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
import org.openmom.config.ServerConfiguration;
import org.openmom.home.OpenMomHome;
import org.openmom.icons.OpenMomIcon;

/** Puts a Server Configuration Editor in a window: the program, and each test, start here. */
final class ConfigEditor {
    static final String PROGRAM_NAME = "Server Configuration Editor";

    private final ConfigEditorModel model;
    private final ConfigEditorWindowController window;

    private ConfigEditor(ConfigEditorModel model, ConfigEditorWindowController window) {
        this.model = model;
        this.window = window;
    }

    /**
     * Shows the editor in {@code stage} and opens {@code file} (a file that does not exist yet is
     * started empty and created by the first save).
     */
    static ConfigEditor show(Stage stage, Path file, FileDialogs fileDialogs, JarChooser jarChooser, Preferences preferences,
            OpenMomHome home) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        DocumentController<ServerConfiguration> document = new DocumentController<>(new ConfigurationFormat(), PROGRAM_NAME,
                background, fileDialogs, new RecentFiles(preferences), () -> stage);
        ConfigEditorModel model = new ConfigEditorModel(document, new FxEditorDialogs(() -> stage),
                new EditorServices(background, jarChooser, home));
        FxmlView<Parent, ConfigEditorWindowController> view = FxmlView.load(ConfigEditorWindowController.class);
        view.controller().show(model, () -> document.whenChangesSettled(stage::close));
        EditorWindow.dress(stage, view.root(), document, OpenMomIcon.APP_CONFIG_EDITOR);
        stage.setOnHidden(event -> background.close());
        stage.show();
        view.controller().focusReflexes();
        document.openOrStartNew(file);
        return new ConfigEditor(model, view.controller());
    }

    ConfigEditorModel model() {
        return model;
    }

    ConfigEditorWindowController window() {
        return window;
    }
}
