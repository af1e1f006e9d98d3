package org.openmom.app.common.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A dialog form whose fields are checked as the person types: each field has a label, and
 * below it either a hint or, when the field is invalid, the message of what is wrong (the field
 * is outlined). {@link #validProperty()} is what enables a dialog's OK button.
 */
public final class ValidatedForm extends GridPane {
    private static final String INVALID = "field-invalid";

    private final Map<Control, Label> notes = new LinkedHashMap<>();
    private final Map<Control, String> hints = new LinkedHashMap<>();
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private int rows;

    public ValidatedForm() {
        getStyleClass().add("validated-form");
        setHgap(10);
        setVgap(2);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints(300, 380, Double.MAX_VALUE);
        fields.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, fields);
    }

    public TextField addTextField(String label, String id, String hint) {
        TextField field = new TextField();
        field.setId(id);
        addRow(label, field, hint);
        return field;
    }

    /** A field whose text is not shown (secrets). */
    public PasswordField addPasswordField(String label, String id, String hint) {
        PasswordField field = new PasswordField();
        field.setId(id);
        addRow(label, field, hint);
        return field;
    }

    public <T> ComboBox<T> addComboBox(String label, String id, List<T> items, Function<T, String> text, String hint) {
        ComboBox<T> combo = new ComboBox<>();
        combo.getItems().setAll(items);
        combo.setId(id);
        combo.setMaxWidth(Double.MAX_VALUE);
        combo.setCellFactory(list -> new TextCell<>(text));
        combo.setButtonCell(new TextCell<>(text));
        addRow(label, combo, hint);
        return combo;
    }

    /** Shows {@code messages} on their fields and clears the others; the form is valid when there are none. */
    public void showProblems(Map<Control, String> messages) {
        notes.forEach((field, note) -> {
            String message = messages.get(field);
            field.getStyleClass().remove(INVALID);
            note.getStyleClass().removeAll("field-message", "field-hint");
            if (message != null) {
                field.getStyleClass().add(INVALID);
                note.getStyleClass().add("field-message");
                note.setText(message);
            } else {
                note.getStyleClass().add("field-hint");
                note.setText(hints.get(field));
            }
        });
        valid.set(messages.isEmpty());
        growWindowToFit();
    }

    /** A message longer than the hint it replaces must not push the dialog's buttons out of sight. */
    private void growWindowToFit() {
        if (getScene() != null && getScene().getWindow() != null
                && getScene().getWindow().getHeight() < getScene().getRoot().prefHeight(getScene().getWidth())) {
            getScene().getWindow().sizeToScene();
        }
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    /** The message shown under {@code field} now (its hint when it is valid). */
    public String noteOf(Control field) {
        return notes.get(field).getText();
    }

    private void addRow(String label, Control field, String hint) {
        Label caption = new Label(label + ":");
        caption.setLabelFor(field);
        Label note = new Label(hint);
        note.getStyleClass().add("field-hint");
        note.setId(field.getId() + "-note");
        note.setWrapText(true);
        note.setMinHeight(Region.USE_PREF_SIZE);
        note.setMaxWidth(380);
        add(caption, 0, rows);
        add(field, 1, rows);
        add(note, 1, rows + 1);
        rows += 2;
        notes.put(field, note);
        hints.put(field, hint);
    }

    private static final class TextCell<T> extends ListCell<T> {
        private final Function<T, String> text;

        TextCell(Function<T, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : text.apply(item));
        }
    }
}
