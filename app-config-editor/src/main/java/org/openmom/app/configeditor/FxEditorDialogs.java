package org.openmom.app.configeditor;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.config.ReflexDeclaration;
import org.openmom.icons.OpenMomIcon;

/** The editor's dialogs as JavaFX dialogs over the editor's window. */
final class FxEditorDialogs implements EditorDialogs {
    private final Supplier<Window> owner;

    FxEditorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ReflexDeclaration> editReflex(ReflexDialogModel model) {
        return ReflexDialogController.ask(owner.get(), model);
    }

    @Override
    public void applyToServer(ApplyModel model) {
        ApplyDialogController.show(owner.get(), model);
    }

    @Override
    public void tryReflex(TryModel model) {
        TryDialogController.show(owner.get(), model);
    }

    @Override
    public void showAbout() {
        AboutBoxController.show(owner.get(), OpenMomIcon.APP_CONFIG_EDITOR, ConfigEditor.PROGRAM_NAME,
                "Edits a server configuration file: the reflexes of an OpenMOM server.");
    }

    /** The platform's file chooser, for the jar of a reflex, over the window that has the focus (the reflex dialog). */
    static JarChooser nativeJarChooser() {
        return folder -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Choose the jar holding the reflex (DLL Path)");
            chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("Jars (*.jar)", "*.jar"),
                    new FileChooser.ExtensionFilter("All files", "*"));
            if (Files.isDirectory(folder)) {
                chooser.setInitialDirectory(folder.toFile());
            }
            Window focused = Window.getWindows().stream().filter(Window::isFocused).findFirst().orElse(null);
            return Optional.ofNullable(chooser.showOpenDialog(focused)).map(File::toPath);
        };
    }
}
