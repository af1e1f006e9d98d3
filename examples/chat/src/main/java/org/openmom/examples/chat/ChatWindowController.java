package org.openmom.examples.chat;

import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.shell.ThemeMenu;
import org.openmom.examples.chat.client.ChatLine;

/**
 * Shows a {@link ChatModel} in {@code ChatWindow.fxml}: the conversation, the To User with the
 * users to pick from, the message field (Enter sends), Persistent and Callback, the status.
 */
public final class ChatWindowController {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    @FXML
    private MenuBar menuBar;
    @FXML
    private Menu themeMenu;
    @FXML
    private ToolBar toolBar;
    @FXML
    private ListView<ChatLine> conversation;
    @FXML
    private ComboBox<String> toUser;
    @FXML
    private ButtonBase usersButton;
    @FXML
    private CheckBox persistent;
    @FXML
    private CheckBox callback;
    @FXML
    private TextField message;
    @FXML
    private ButtonBase sendButton;
    @FXML
    private Label status;
    @FXML
    private ProgressIndicator busy;
    private ChatActions actions;
    private Runnable quit;

    void show(ChatModel model, Runnable quit) {
        ThemeMenu.attach(themeMenu);
        this.quit = quit;
        actions = new ChatActions(model);
        Actions.attach(actions.byName(), menuBar);
        Actions.attach(actions.byName(), toolBar);
        ActionUtils.configureButton(actions.send, sendButton, ActionUtils.ActionTextBehavior.SHOW);
        ActionUtils.configureButton(actions.users, usersButton, ActionUtils.ActionTextBehavior.SHOW);
        showState(actions.persistent, persistent);
        showState(actions.callback, callback);

        conversation.setItems(model.lines());
        conversation.setCellFactory(view -> new LineCell());
        model.lines().addListener((ListChangeListener<ChatLine>) change -> conversation.scrollTo(model.lines().size() - 1));

        toUser.setItems(model.users().users());
        // the To User is the text in the field: a pick from the list puts its name there; a new list
        // (someone came or went) may clear the combo box's value, never what the person typed
        toUser.getEditor().textProperty().bindBidirectional(model.toUserProperty());
        toUser.valueProperty().addListener((o, was, picked) -> {
            if (picked != null) {
                model.toUserProperty().set(picked);
            }
        });
        toUser.setOnShowing(event -> model.users().refresh()); // the list as it is now when the person opens it
        message.textProperty().bindBidirectional(model.draftProperty());
        message.setOnAction(event -> model.send());
        message.disableProperty().bind(model.connectedProperty().not());
        model.connectedProperty().addListener((o, was, now) -> {
            if (now) { // ready to talk: the cursor where the person starts
                (model.toUserProperty().get().isBlank() ? toUser : message).requestFocus();
            }
        });

        status.textProperty().bind(model.statusProperty());
        busy.visibleProperty().bind(model.busyProperty());
    }

    /** A check box shows one of the model's states, with its action's text, icon and tooltip. */
    private static void showState(Action action, CheckBox box) {
        box.textProperty().bind(action.textProperty());
        box.setGraphic(new ImageView(((ImageView) action.getGraphic()).getImage())); // a node shows in one place only
        box.setTooltip(new Tooltip(action.getLongText()));
        box.selectedProperty().bindBidirectional(action.selectedProperty());
    }

    @FXML
    private void quit() {
        quit.run();
    }

    ChatActions actions() {
        return actions;
    }

    /** The conversation as it reads on the screen, for the tests. */
    List<String> shownLines() {
        return conversation.getItems().stream().map(LineCell::text).toList();
    }

    /** A line of the conversation: time, who to whom, the text; persistent and waiting ones marked. */
    private static final class LineCell extends ListCell<ChatLine> {
        private static final List<String> KINDS = List.of("line-received", "line-sent", "line-notice", "line-problem");

        LineCell() {
            setWrapText(true);
            setPrefWidth(0); // as wide as the list, not the text: long lines wrap instead of scrolling sideways
        }

        @Override
        protected void updateItem(ChatLine line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll(KINDS);
            if (empty || line == null) {
                setText(null);
                return;
            }
            getStyleClass().add(KINDS.get(line.kind().ordinal()));
            setText(text(line));
        }

        static String text(ChatLine line) {
            String time = line.time().format(TIME) + "  ";
            return switch (line.kind()) {
                case NOTICE, PROBLEM -> time + line.text();
                case RECEIVED, SENT -> time + line.from() + " → " + line.to() + ":  " + line.text()
                        + (line.waiting() ? "   (persistent — waits for " + line.to() + ")" : line.persistent() ? "   (persistent)" : "");
            };
        }
    }
}
