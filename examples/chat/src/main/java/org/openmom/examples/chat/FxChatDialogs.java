package org.openmom.examples.chat;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.icons.OpenMomIcon;

/** The chat's other windows, over the chat window. */
final class FxChatDialogs implements ChatDialogs {
    private final Supplier<Window> owner;
    private Stage usersWindow;

    FxChatDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<ChatRequest> askWhereToConnect(ConnectScreenModel screen) {
        return ConnectScreenController.ask(owner.get(), screen);
    }

    @Override
    public void showError(String title, String message) {
        Dialogs.showError(owner.get(), title, message);
    }

    /** One users window per chat, beside it; it asks the server again while it is open. */
    @Override
    public void showUsers(UsersModel users) {
        if (usersWindow == null) {
            FxmlView<Parent, UsersWindowController> view = FxmlView.load(UsersWindowController.class);
            view.controller().show(users);
            usersWindow = new Stage();
            usersWindow.initOwner(owner.get());
            usersWindow.setScene(new Scene(view.root()));
            usersWindow.setTitle("Chat Users");
            AppShell.decorate(usersWindow, OpenMomIcon.APP_CHAT);
            usersWindow.setOnShown(event -> users.follow());
            usersWindow.setOnHidden(event -> users.stopFollowing());
        }
        usersWindow.show();
        usersWindow.toFront();
    }

    @Override
    public void showAbout() {
        AboutBoxController.show(owner.get(), OpenMomIcon.APP_CHAT, Chat.PROGRAM_NAME,
                "The Chat demo: people talking through an OpenMOM server, persistent messages to absent users included.");
    }
}
