package org.openmom.app.explorer.send;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;

/** The "Send test message…" dialog without its controls: the message, checked as it is typed. */
public final class TestMessageModel {
    private final String serverLabel;
    private final FormField<String> service;
    private final FormField<String> user;
    private final FormField<String> event;
    private final FormField<String> properties;
    private final StringProperty body = new SimpleStringProperty(this, "body");
    private final BooleanProperty persistent = new SimpleBooleanProperty(this, "persistent");
    private final Form form;

    /** The dialog for the server {@code serverLabel}, filled with the last message sent. */
    public TestMessageModel(String serverLabel, TestMessage last) {
        this.serverLabel = serverLabel;
        service = new FormField<>("Service", last.service(), "The addressed service; * acts as a wildcard.");
        user = new FormField<>("User", last.user(), "The addressed user; * acts as a wildcard.");
        event = new FormField<>("Event", last.event(), "The event name the service receives.");
        properties = new FormField<>("Properties", PropertyLines.text(last.properties()),
                "Optional: one NAME=VALUE a line, carried beside the body.");
        body.set(last.body());
        persistent.set(last.persistent());
        form = new Form(this::problems, List.of(service, user, event, properties));
        form.check();
    }

    /** The server the message is posted on, as the tree names it. */
    public String serverLabel() {
        return serverLabel;
    }

    public FormField<String> service() {
        return service;
    }

    public FormField<String> user() {
        return user;
    }

    public FormField<String> event() {
        return event;
    }

    public FormField<String> properties() {
        return properties;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public BooleanProperty persistentProperty() {
        return persistent;
    }

    /** Whether Send can be pressed. */
    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /** The message; call only when {@link #validProperty() valid}. */
    public TestMessage value() {
        return new TestMessage(service.value().strip(), user.value().strip(), event.value().strip(), body.get(), persistent.get(),
                PropertyLines.parse(properties.value()));
    }

    private Map<FormField<?>, String> problems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        for (FormField<String> field : List.of(service, user, event)) {
            String text = field.value().strip();
            if (text.isEmpty()) {
                problems.put(field, "required — write a name" + (field == event ? "" : ", or * for every one"));
            } else if (text.contains(" ")) {
                problems.put(field, "no spaces in a name — write + for a space");
            }
        }
        try {
            PropertyLines.parse(properties.value());
        } catch (IllegalArgumentException wrong) {
            problems.put(properties, wrong.getMessage());
        }
        return problems;
    }
}
