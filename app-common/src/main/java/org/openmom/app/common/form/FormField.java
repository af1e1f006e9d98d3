package org.openmom.app.common.form;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of a form's view model: its label, the value the person typed or chose, a hint of
 * what to write, and what is wrong with the value (empty when it is fine). The view shows the
 * {@link #noteProperty() note} under the field: the problem when there is one, else the hint.
 */
public final class FormField<T> {
    private final StringProperty label;
    private final ObjectProperty<T> value;
    private final StringProperty hint;
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final StringBinding note;

    public FormField(String label, T initial, String hint) {
        this.label = new SimpleStringProperty(this, "label", label);
        this.value = new SimpleObjectProperty<>(this, "value", initial);
        this.hint = new SimpleStringProperty(this, "hint", hint);
        note = Bindings.createStringBinding(() -> problem.get().isEmpty() ? this.hint.get() : problem.get(), problem, this.hint);
    }

    /** What the field is called, without the colon: "End Point". */
    public StringProperty labelProperty() {
        return label;
    }

    public ObjectProperty<T> valueProperty() {
        return value;
    }

    public T value() {
        return value.get();
    }

    public void set(T newValue) {
        value.set(newValue);
    }

    public StringProperty hintProperty() {
        return hint;
    }

    /** What is wrong with the value and how to fix it; empty when it is fine. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public boolean isValid() {
        return problem.get().isEmpty();
    }

    /** What shows under the field: the problem, or the hint. */
    public StringBinding noteProperty() {
        return note;
    }

    /** Sets the problem; null or empty says the value is fine. */
    void showProblem(String message) {
        problem.set(Objects.requireNonNullElse(message, ""));
    }

    @Override
    public String toString() {
        return label.get() + "=" + value.get();
    }
}
