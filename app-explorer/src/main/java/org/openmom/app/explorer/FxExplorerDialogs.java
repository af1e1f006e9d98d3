package org.openmom.app.explorer;

import org.openmom.app.explorer.profiles.ProfileFormat;
import org.openmom.app.explorer.transfer.MessagesFormat;
import org.openmom.app.explorer.transfer.TargetDialogController;
import org.openmom.app.explorer.transfer.TargetDialogModel;
import org.openmom.model.ServiceUser;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.app.common.document.FileDialogs;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.RouterInfo;
import org.openmom.app.explorer.activations.ActivationCommands;
import org.openmom.app.explorer.connect.ConnectDialogController;
import org.openmom.app.explorer.connect.ConnectDialogModel;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.routers.RouterDialogController;
import org.openmom.app.explorer.routers.RouterDialogModel;
import org.openmom.app.explorer.routers.RoutesFormat;
import org.openmom.app.explorer.send.TestMessage;
import org.openmom.app.explorer.send.TestMessageDialogController;
import org.openmom.app.explorer.send.TestMessageModel;
import org.openmom.icons.OpenMomIcon;

/** The Explorer's questions as JavaFX dialogs over its window. */
final class FxExplorerDialogs implements ExplorerDialogs {
    private final Supplier<Window> owner;
    private final FileDialogs files;

    FxExplorerDialogs(Supplier<Window> owner, FileDialogs files) {
        this.owner = owner;
        this.files = files;
    }

    @Override
    public Optional<ConnectRequest> askConnect(ConnectRequest last) {
        return ConnectDialogController.ask(owner.get(), new ConnectDialogModel(last));
    }

    @Override
    public boolean confirm(String title, String question, String confirmText) {
        return Dialogs.confirm(owner.get(), title, question, confirmText);
    }

    @Override
    public Optional<ServiceUser> askTarget(boolean keep, String question, ServiceUser last) {
        return TargetDialogController.ask(owner.get(), keep ? "Copy to" : "Move to", keep ? OpenMomIcon.COPY_TO : OpenMomIcon.MOVE_TO,
                keep ? "Copy" : "Move", new TargetDialogModel(question, last));
    }

    @Override
    public boolean confirmDelete(String what) {
        return Dialogs.confirm(owner.get(), "Delete messages", "Delete " + what
                + " from the server? A deleted message is gone for good, persistent ones included.", "Delete");
    }

    @Override
    public Optional<TestMessage> askTestMessage(String serverLabel, TestMessage last) {
        return TestMessageDialogController.ask(owner.get(), new TestMessageModel(serverLabel, last));
    }

    @Override
    public void showAbout() {
        AboutBoxController.show(owner.get(), OpenMomIcon.APP_EXPLORER, Explorer.PROGRAM_NAME,
                "Inspects live OpenMOM servers: their services, mailboxes, messages and reflexes.");
    }

    @Override
    public boolean askRouter(RouterDialogModel model) {
        return RouterDialogController.ask(owner.get(), model);
    }

    @Override
    public boolean confirmStopProgram(String serverLabel, ActivationInfo activation) {
        return Dialogs.confirm(owner.get(), "Stop Program", ActivationCommands.stopQuestion(serverLabel, activation), "Stop");
    }

    @Override
    public boolean confirmDeleteRouter(String serverLabel, RouterInfo router) {
        String waiting = router.waiting() == 0 ? "No message waits in it."
                : router.waiting() + (router.waiting() == 1 ? " message waits" : " messages wait")
                        + " in it: the server routes " + (router.waiting() == 1 ? "it" : "them") + " again as if just posted.";
        return Dialogs.confirm(owner.get(), "Delete Router", "Delete router " + router.name() + " (" + router.kind().displayName()
                + " → " + router.targetLabel() + ") from " + serverLabel + "?\n" + waiting, "Delete");
    }

    @Override
    public Optional<Path> chooseRoutesFileToOpen(Path proposed) {
        return files.chooseFileToOpen(owner.get(), RoutesFormat.INSTANCE, proposed);
    }

    @Override
    public Optional<Path> chooseRoutesFileToSave(Path proposed) {
        return files.chooseFileToSave(owner.get(), RoutesFormat.INSTANCE, proposed);
    }

    @Override
    public Optional<Path> chooseProfileToOpen(Path proposed) {
        return files.chooseFileToOpen(owner.get(), ProfileFormat.INSTANCE, proposed);
    }

    @Override
    public Optional<Path> chooseProfileToSave(Path proposed) {
        return files.chooseFileToSave(owner.get(), ProfileFormat.INSTANCE, proposed);
    }

    @Override
    public Optional<Path> chooseMessagesFileToSave(Path proposed) {
        return files.chooseFileToSave(owner.get(), MessagesFormat.INSTANCE, proposed);
    }

    @Override
    public Optional<Path> chooseMessagesFileToOpen(Path proposed) {
        return files.chooseFileToOpen(owner.get(), MessagesFormat.INSTANCE, proposed);
    }

    @Override
    public void showError(String title, String message) {
        Dialogs.showError(owner.get(), title, message);
    }
}
