package org.openmom.examples.chat;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.openmom.app.common.dialog.Dialogs;

/** The OpenMOM Chat demo program; see {@link ChatArguments} for its command line. */
public final class ChatApp extends Application {
    @Override
    public void start(Stage stage) {
        ChatSettings settings;
        try {
            settings = ChatArguments.parse(getParameters().getRaw());
        } catch (IllegalArgumentException e) {
            Dialogs.showError(null, "OpenMOM Chat cannot start", e.getMessage());
            Platform.exit();
            return;
        }
        Chat.show(stage, settings);
    }
}
