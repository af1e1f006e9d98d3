package org.openmom.app.explorer.send;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.openmom.app.common.form.ValidatedForm;
import org.openmom.app.common.shell.AppShell;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.IconSize;
import org.openmom.icons.OpenMomIcon;

/** "Send test message…": a message the administration service posts to try a service. */
public final class TestMessageDialog extends Dialog<TestMessage> {
    private final ValidatedForm form = new ValidatedForm();
    private final TextField service = form.addTextField("Service", "test-service", "The addressed service; * acts as a wildcard.");
    private final TextField user = form.addTextField("User", "test-user", "The addressed user; * acts as a wildcard.");
    private final TextField event = form.addTextField("Event", "test-event", "The event name the service receives.");
    private final TextArea body = new TextArea();
    private final CheckBox persistent = new CheckBox("Persistent (waits for an absent recipient, survives a crash)");

    public TestMessageDialog(Window owner, String serverLabel, TestMessage initial) {
        initOwner(owner);
        setTitle("Send test message");
        setHeaderText("Post a message on " + serverLabel + " as the administration service");
        setGraphic(Icons.view(OpenMomIcon.SEND_TEST_MESSAGE, IconSize.LARGE));
        body.setId("test-body");
        body.setPrefRowCount(5);
        persistent.setId("test-persistent");
        getDialogPane().setContent(new VBox(8, form, body, persistent));
        ButtonType send = new ButtonType("Send", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(send, ButtonType.CANCEL);
        AppShell.applyTheme(getDialogPane().getScene());
        service.setText(initial.service());
        user.setText(initial.user());
        event.setText(initial.event());
        body.setText(initial.body());
        persistent.setSelected(initial.persistent());
        for (TextField field : List.of(service, user, event)) {
            field.textProperty().addListener((o, a, b) -> validate());
        }
        validate();
        getDialogPane().lookupButton(send).disableProperty().bind(form.validProperty().not());
        setResultConverter(button -> button == send ? new TestMessage(service.getText().strip(), user.getText().strip(),
                event.getText().strip(), body.getText(), persistent.isSelected()) : null);
        Platform.runLater(service::requestFocus);
    }

    private void validate() {
        Map<Control, String> messages = new HashMap<>();
        for (TextField field : List.of(service, user, event)) {
            String text = field.getText().strip();
            if (text.isEmpty()) {
                messages.put(field, "required — write a name" + (field == event ? "" : ", or * for every one"));
            } else if (text.contains(" ")) {
                messages.put(field, "no spaces in a name — write + for a space");
            }
        }
        form.showProblems(messages);
    }
}
