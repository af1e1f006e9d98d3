package org.openmom.app.common.listedit;

import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableBooleanValue;

/**
 * Which of an ordered list's commands the selection allows: edit and remove when an item is
 * selected, move up when it is not the first of its siblings, move down when it is not the
 * last. The editors differ only in what "selected", "position" and "siblings" mean (a reflex in
 * one list; an entry or a declaration in a tree of two levels).
 */
public final class ListEditingState {
    private final BooleanBinding canEdit;
    private final BooleanBinding canMoveUp;
    private final BooleanBinding canMoveDown;

    /**
     * @param selected whether an item is selected
     * @param position the selected item's place among its siblings, from 0
     * @param siblings how many siblings the selected item has, itself included
     * @param dependencies the selection and the document: when either changes the answers are asked again
     */
    public ListEditingState(BooleanSupplier selected, IntSupplier position, IntSupplier siblings, Observable... dependencies) {
        canEdit = Bindings.createBooleanBinding(selected::getAsBoolean, dependencies);
        canMoveUp = Bindings.createBooleanBinding(() -> selected.getAsBoolean() && position.getAsInt() > 0, dependencies);
        canMoveDown = Bindings.createBooleanBinding(
                () -> selected.getAsBoolean() && position.getAsInt() < siblings.getAsInt() - 1, dependencies);
    }

    public ObservableBooleanValue canEdit() {
        return canEdit;
    }

    /** Whatever can be edited can be removed. */
    public ObservableBooleanValue canRemove() {
        return canEdit;
    }

    public ObservableBooleanValue canMoveUp() {
        return canMoveUp;
    }

    public ObservableBooleanValue canMoveDown() {
        return canMoveDown;
    }

    /** Whether the selected item can move by {@code offset}: -1 up, +1 down. */
    public boolean canMove(int offset) {
        return offset < 0 ? canMoveUp.get() : canMoveDown.get();
    }
}
