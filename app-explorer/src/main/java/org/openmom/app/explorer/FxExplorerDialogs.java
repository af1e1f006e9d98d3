package org.openmom.app.explorer;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.app.explorer.connect.ConnectDialogController;
import org.openmom.app.explorer.connect.ConnectDialogModel;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.send.TestMessage;
import org.openmom.app.explorer.send.TestMessageDialogController;
import org.openmom.app.explorer.send.TestMessageModel;
import org.openmom.icons.OpenMomIcon;

/** The Explorer's questions as JavaFX dialogs over its window. */
final class FxExplorerDialogs implements ExplorerDialogs {
    private final Supplier<Window> owner;

    FxExplorerDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ConnectRequest> askConnect(ConnectRequest last) {
        return ConnectDialogController.ask(owner.get(), new ConnectDialogModel(last));
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
}
