package org.openmom.app.server;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.app.common.dialog.Question;
import org.openmom.icons.OpenMomIcon;

/** The window's questions as JavaFX dialogs over it. */
final class FxServerWindowDialogs implements ServerWindowDialogs {
    static final ButtonType STOP = new ButtonType("Stop the Server", ButtonBar.ButtonData.YES);
    static final ButtonType KEEP = new ButtonType("Keep It Running", ButtonBar.ButtonData.NO);

    private final Supplier<Window> owner;

    FxServerWindowDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public OnClose askOnClose(String serverLabel) {
        Optional<ButtonType> answer = Question.ask(owner.get(), "The server is running", OpenMomIcon.APP_SERVER,
                "The server " + serverLabel + " is running.\nStop it, or keep it running in the background?"
                        + " (A new OpenMOM Server window with the same Server Name and Role finds it again.)",
                STOP, KEEP, ButtonType.CANCEL);
        if (answer.filter(STOP::equals).isPresent()) {
            return OnClose.STOP;
        }
        return answer.filter(KEEP::equals).isPresent() ? OnClose.KEEP_RUNNING : OnClose.CANCEL;
    }

    @Override
    public Optional<Path> chooseFile(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        if (Files.isDirectory(folder)) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showAbout() {
        AboutBoxController.show(owner.get(), OpenMomIcon.APP_SERVER, ServerWindow.PROGRAM_NAME,
                "Starts, watches and stops an OpenMOM server of this computer.");
    }
}
