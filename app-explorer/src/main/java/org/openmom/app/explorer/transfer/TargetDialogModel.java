package org.openmom.app.explorer.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import org.openmom.app.common.form.Form;
import org.openmom.app.common.form.FormField;
import org.openmom.model.ServiceUser;

/** The Move to… and Copy to… dialog without its controls: the service/user the messages go to, checked as typed. */
public final class TargetDialogModel {
    private final String question;
    private final FormField<String> target;
    private final Form form;

    /** @param question what is moved or copied, e.g. "Move 3 messages of Demo/1 to:" */
    public TargetDialogModel(String question, ServiceUser last) {
        this.question = question;
        target = new FormField<>("To", last == null ? "" : last.toString(),
                "SERVICE/USER of a service of this server: the messages are posted to it again (their event and body kept).");
        form = new Form(this::problems, List.of(target));
        form.check();
    }

    public String question() {
        return question;
    }

    public FormField<String> target() {
        return target;
    }

    public ReadOnlyBooleanProperty validProperty() {
        return form.validProperty();
    }

    /** The service/user; call only when valid. */
    public ServiceUser value() {
        return ServiceUser.parse(target.value().strip());
    }

    private Map<FormField<?>, String> problems() {
        Map<FormField<?>, String> problems = new LinkedHashMap<>();
        String text = target.value().strip();
        int slash = text.indexOf('/');
        if (text.isEmpty()) {
            problems.put(target, "required — write SERVICE/USER, e.g. Billing/bob");
        } else if (slash <= 0 || slash == text.length() - 1 || text.indexOf('/', slash + 1) >= 0) {
            problems.put(target, "write one SERVICE/USER, e.g. Billing/bob");
        } else if (text.contains(" ")) {
            problems.put(target, "no spaces in a name — write + for a space");
        }
        return problems;
    }
}
