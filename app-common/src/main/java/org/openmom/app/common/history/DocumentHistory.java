package org.openmom.app.common.history;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The undo stack of a document whose model is an immutable value: every change is a named
 * transition from one value to the next, so undo and redo are exact and cheap. The document is
 * dirty when the current position differs from the position at the last save (as Scene
 * Builder's JobManager compares the current job with the job at save).
 *
 * <p>Used on the FX application thread only.
 */
public final class DocumentHistory<T> {
    private record Change<T>(String description, T before, T after) {}

    private final List<Change<T>> changes = new ArrayList<>();
    private final ReadOnlyObjectWrapper<T> current = new ReadOnlyObjectWrapper<>(this, "current");
    /** How many changes of {@link #changes} are applied; the rest can be redone. */
    private final ReadOnlyIntegerWrapper position = new ReadOnlyIntegerWrapper(this, "position");
    /** The position at the last save or load; -1 when no position matches the file. */
    private final ReadOnlyIntegerWrapper savedPosition = new ReadOnlyIntegerWrapper(this, "savedPosition");
    private final BooleanBinding canUndo = position.greaterThan(0);
    private final BooleanBinding canRedo;
    private final BooleanBinding dirty = position.isNotEqualTo(savedPosition);
    private final ReadOnlyIntegerWrapper size = new ReadOnlyIntegerWrapper(this, "size");

    public DocumentHistory(T initial) {
        current.set(Objects.requireNonNull(initial));
        canRedo = position.lessThan(size);
    }

    public ReadOnlyObjectProperty<T> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public T current() {
        return current.get();
    }

    /** Makes {@code value} the document, as just loaded or saved: no undo, not dirty. */
    public void reset(T value) {
        changes.clear();
        size.set(0);
        position.set(0);
        savedPosition.set(0);
        current.set(Objects.requireNonNull(value));
    }

    /** Applies a change; it becomes the one to undo, and what could be redone is forgotten. */
    public void apply(String description, UnaryOperator<T> change) {
        T before = current.get();
        T after = Objects.requireNonNull(change.apply(before));
        if (after.equals(before)) {
            return;
        }
        changes.subList(position.get(), changes.size()).clear();
        if (savedPosition.get() > changes.size()) {
            savedPosition.set(-1);
        }
        changes.add(new Change<>(description, before, after));
        size.set(changes.size());
        position.set(changes.size());
        current.set(after);
    }

    public void undo() {
        if (canUndo.get()) {
            Change<T> change = changes.get(position.get() - 1);
            position.set(position.get() - 1);
            current.set(change.before());
        }
    }

    public void redo() {
        if (canRedo.get()) {
            Change<T> change = changes.get(position.get());
            position.set(position.get() + 1);
            current.set(change.after());
        }
    }

    /** The document as it is now is the document on disk. */
    public void markSaved() {
        savedPosition.set(position.get());
    }

    public BooleanBinding canUndoProperty() {
        return canUndo;
    }

    public BooleanBinding canRedoProperty() {
        return canRedo;
    }

    public BooleanBinding dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** "Undo Move entry up", or plain "Undo" when there is nothing to undo. */
    public StringBinding undoTextProperty() {
        return Bindings.createStringBinding(
                () -> position.get() > 0 ? "Undo " + changes.get(position.get() - 1).description() : "Undo", position, size);
    }

    /** "Redo Move entry up", or plain "Redo". */
    public StringBinding redoTextProperty() {
        return Bindings.createStringBinding(
                () -> position.get() < size.get() ? "Redo " + changes.get(position.get()).description() : "Redo", position, size);
    }
}
