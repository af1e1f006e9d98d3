package org.openmom.examples.chat;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.FxmlView;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.icons.OpenMomIcon;

/** Puts a chat in a window: the program and each test start here. */
public final class Chat {
    static final String PROGRAM_NAME = "OpenMOM Chat";

    private final ChatModel model;
    private final ChatWindowController window;

    private Chat(ChatModel model, ChatWindowController window) {
        this.model = model;
        this.window = window;
    }

    /** Shows the window; connects at once when the settings say so, else opens the connect screen. */
    static Chat show(Stage stage, ChatSettings settings) {
        return show(stage, settings, new FxChatDialogs(() -> stage));
    }

    static Chat show(Stage stage, ChatSettings settings, ChatDialogs dialogs) {
        BackgroundWork background = BackgroundWork.forJavaFx();
        ChatModel model = new ChatModel(settings.home(), settings.request(), background, dialogs);
        model.callbackProperty().set(settings.callback());
        FxmlView<Parent, ChatWindowController> view = FxmlView.load(ChatWindowController.class);
        view.controller().show(model, stage::close);
        stage.setScene(new Scene(view.root()));
        stage.titleProperty().bind(Bindings.when(model.meProperty().isEmpty()).then(PROGRAM_NAME)
                .otherwise(Bindings.concat(model.meProperty(), " — ", PROGRAM_NAME)));
        AppShell.decorate(stage, OpenMomIcon.APP_CHAT);
        stage.setOnHidden(event -> {
            model.close();
            background.close();
        });
        stage.show();
        if (settings.connectNow()) {
            model.connect(settings.request());
        } else {
            Platform.runLater(model::connect); // the guide's order: the connect screen comes first, over the window
        }
        return new Chat(model, view.controller());
    }

    ChatModel model() {
        return model;
    }

    ChatWindowController window() {
        return window;
    }
}
