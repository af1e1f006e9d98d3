package org.openmom.app.common.form;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * The fields of one form, checked together each time one of them changes (a rule may involve
 * several fields: a TCP End Point must be a port). {@link #validProperty()} enables the
 * dialog's OK button.
 */
public final class Form {
    private final List<FormField<?>> fields;
    private final Supplier<Map<FormField<?>, String>> rules;
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);

    /**
     * Checks the fields each time one changes; the view model calls {@link #check()} once it is
     * built, so the first problems show before anything is typed.
     *
     * @param rules what is wrong now, by field (fields without a problem left out)
     * @param fields every field of the form
     */
    public Form(Supplier<Map<FormField<?>, String>> rules, List<FormField<?>> fields) {
        this.fields = List.copyOf(fields);
        this.rules = rules;
        for (FormField<?> field : this.fields) {
            field.valueProperty().addListener((o, before, now) -> check());
        }
    }

    /** Checks every field now (also when something the rules depend on outside the fields changed). */
    public void check() {
        Map<FormField<?>, String> problems = rules.get();
        for (FormField<?> field : fields) {
            field.showProblem(problems.get(field));
        }
        valid.set(problems.isEmpty());
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public boolean isValid() {
        return valid.get();
    }
}
