package org.openmom.examples.chat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.openmom.app.common.testing.FormRobot;
import org.openmom.examples.chat.client.ChatRequest;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerLocator;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.service.query.NodeQuery;
import org.testfx.util.WaitForAsyncUtils;

/** Drives one chat window as a person would, for the tests; several may be open at once. */
final class ChatDriver {
    private final FxRobot robot;
    private Stage stage;
    private Chat chat;

    /** Windows side by side, as two people's screens: a click on one never lands on the other. */
    private static int opened;

    private ChatDriver(FxRobot robot) {
        this.robot = robot;
    }

    /** A chat started as {@code ./openmom chat --user USER --server S --role 1 --host H --protocol P --endpoint E} would be. */
    static ChatDriver connectedAs(FxRobot robot, String user, TestServer server, boolean callback) {
        ServerAddress where = server.address();
        String host = where.protocol() == ProtocolSequence.LOCAL ? "localhost" : where.host(); // * would mean the Servers List
        ChatRequest request = new ChatRequest(user, new ServerLocator(host, where.protocol().fileName(), where.endpoint(), server.name(), "1"));
        return open(robot, new ChatSettings(server.home(), request, true, callback)).waitUntilConnected();
    }

    /** A chat started without --user: its connect screen opens over it. */
    static ChatDriver withConnectScreen(FxRobot robot, OpenMomHome home) {
        ChatDriver driver = open(robot, new ChatSettings(home, ChatRequest.throughServersList(""), false, true));
        driver.waitUntil(() -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        return driver;
    }

    private static ChatDriver open(FxRobot robot, ChatSettings settings) {
        ChatDriver driver = new ChatDriver(robot);
        AtomicReference<Chat> shown = new AtomicReference<>();
        robot.interact(() -> {
            driver.stage = new Stage();
            driver.stage.setX(20 + 660 * (opened++ % 2));
            driver.stage.setY(20);
            shown.set(Chat.show(driver.stage, settings));
        });
        driver.chat = shown.get();
        return driver;
    }

    ChatDriver waitUntilConnected() {
        return waitUntil(() -> chat.model().connectedProperty().get());
    }

    /** A node of this window, brought to the front first (the person turns to this screen). */
    private NodeQuery inWindow(String query) {
        robot.interact(stage::toFront);
        return robot.from(stage.getScene().getRoot()).lookup(query);
    }

    /** Types the To User, then the message, then Enter. */
    ChatDriver say(String toUser, String text) {
        typeToUser(toUser);
        TextField message = inWindow("#message").queryAs(TextField.class);
        robot.clickOn(message);
        robot.write(text);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Enter in the message field again (the text a failed send left there). */
    ChatDriver sendAgain() {
        robot.clickOn(inWindow("#message").queryAs(TextField.class));
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    ChatDriver typeToUser(String toUser) {
        ComboBox<String> combo = inWindow("#to-user").queryComboBox();
        robot.clickOn(combo.getEditor());
        robot.interact(() -> combo.getEditor().clear());
        robot.write(toUser);
        return this;
    }

    /** What the To User field shows. */
    String toUser() {
        return inWindow("#to-user").queryComboBox().getEditor().getText();
    }

    ChatDriver click(String checkBoxId) {
        robot.clickOn(inWindow("#" + checkBoxId).queryAs(CheckBox.class));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks the button of an action (the Users button, Send). */
    ChatDriver clickButton(String text) {
        robot.clickOn(inWindow(".button").match(LabeledMatchers.hasText(text)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    /** Clicks the toolbar button of an action (found by its tooltip: toolbar buttons show no text). */
    ChatDriver clickToolbarButton(String actionText) {
        String tooltip = chat.window().actions().byName().values().stream().filter(a -> a.getText().equals(actionText))
                .findFirst().map(a -> a.getLongText()).orElseThrow(() -> new AssertionError("no action " + actionText));
        robot.clickOn(inWindow(".tool-bar .button").match((Button b) -> b.getTooltip() != null
                && b.getTooltip().getText().equals(tooltip)).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    List<String> conversation() {
        AtomicReference<List<String>> lines = new AtomicReference<>();
        robot.interact(() -> lines.set(chat.window().shownLines()));
        return lines.get();
    }

    /** Waits until a line of the conversation contains {@code text}. */
    ChatDriver waitForLine(String text) {
        return waitUntil(() -> conversation().stream().anyMatch(line -> line.contains(text)));
    }

    String status() {
        return inWindow("#status").queryLabeled().getText();
    }

    /** The users window's list (open it first with the Users button). */
    List<String> usersShown() {
        return List.copyOf(usersList().getItems());
    }

    @SuppressWarnings("unchecked")
    private ListView<String> usersList() {
        return robot.lookup("#users").queryAs(ListView.class);
    }

    /** Double-clicks {@code user} in the users window. */
    ChatDriver pickUser(String user) {
        Node cell = robot.from(usersList()).lookup(".list-cell").match(LabeledMatchers.hasText(user)).query();
        robot.doubleClickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    // ---- the connect screen and dialogs ---------------------------------------------------

    ChatDriver fill(String fieldId, String text) {
        new FormRobot(robot).fill(fieldId, text);
        return this;
    }

    ChatDriver chooseProtocol(ProtocolSequence protocol) {
        robot.interact(() -> robot.lookup("#protocol").<ComboBox<ProtocolSequence>>query().setValue(protocol));
        return this;
    }

    String note(String noteId) {
        return robot.lookup("#" + noteId).queryLabeled().getText();
    }

    boolean isDialogButtonEnabled(String text) {
        return !dialogButton(text).isDisabled();
    }

    ChatDriver clickDialogButton(String text) {
        robot.clickOn(dialogButton(text));
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    private Button dialogButton(String text) {
        return robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText(text)).queryButton();
    }

    /** The title of the dialog in front, once one is open. */
    String dialogTitle() {
        waitUntil(() -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        Window window = robot.lookup(".dialog-pane").query().getScene().getWindow();
        return ((Stage) window).getTitle();
    }

    String dialogMessage() {
        return robot.lookup("#dialog-message").queryLabeled().getText();
    }

    ChatDriver waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("the chat did not reach the expected state in 15 s; its conversation: "
                    + String.join(" | ", conversation()) + "; status: " + status(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return this;
    }

    ChatModel model() {
        return chat.model();
    }

    void close() {
        robot.interact(() -> stage.hide());
    }
}
