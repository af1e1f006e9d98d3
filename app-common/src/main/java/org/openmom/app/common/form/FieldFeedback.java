package org.openmom.app.common.form;

import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.stage.Window;

/**
 * Shows a {@link FormField} on its controls as the person types: the caption shows the field's
 * label, the note under the field its hint or its problem, and an invalid field is outlined
 * (style classes {@code field-invalid}, {@code field-message}, {@code field-hint}).
 */
public final class FieldFeedback {
    private static final String INVALID = "field-invalid";
    private static final String MESSAGE = "field-message";
    private static final String HINT = "field-hint";

    private FieldFeedback() {}

    public static void show(FormField<?> field, Label caption, Control control, Label note) {
        caption.textProperty().bind(field.labelProperty().concat(":"));
        note.textProperty().bind(field.noteProperty());
        mark(field, control, note);
        field.problemProperty().addListener((o, before, now) -> {
            mark(field, control, note);
            growWindowToFit(note);
        });
    }

    private static void mark(FormField<?> field, Control control, Label note) {
        control.getStyleClass().remove(INVALID);
        note.getStyleClass().removeAll(MESSAGE, HINT);
        if (field.isValid()) {
            note.getStyleClass().add(HINT);
        } else {
            control.getStyleClass().add(INVALID);
            note.getStyleClass().add(MESSAGE);
        }
    }

    /** A message longer than the hint it replaces must not push the dialog's buttons out of sight. */
    private static void growWindowToFit(Label note) {
        if (note.getScene() == null || note.getScene().getWindow() == null) {
            return;
        }
        Window window = note.getScene().getWindow();
        if (window.getHeight() < note.getScene().getRoot().prefHeight(note.getScene().getWidth())) {
            window.sizeToScene();
        }
    }
}
