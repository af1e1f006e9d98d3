package org.openmom.app.common.listedit;

import javafx.beans.value.ObservableBooleanValue;

/**
 * What an editor of an ordered list offers to its toolbar: the guide's "Edit selected entry",
 * "Remove selected entry", "Move selected entry up/down", each enabled from the selection.
 * (Creating items differs between editors, so each editor makes its own "New …" actions.)
 */
public interface OrderedListEditing {
    void editSelected();

    void removeSelected();

    /** Moves the selected item among its siblings: -1 up, +1 down; nothing where {@link #editingState()} says it cannot. */
    void moveSelected(int offset);

    /** Which of the commands the selection allows now. */
    ListEditingState editingState();

    default void moveSelectedUp() {
        moveSelected(-1);
    }

    default void moveSelectedDown() {
        moveSelected(+1);
    }

    default ObservableBooleanValue canEditProperty() {
        return editingState().canEdit();
    }

    default ObservableBooleanValue canRemoveProperty() {
        return editingState().canRemove();
    }

    default ObservableBooleanValue canMoveUpProperty() {
        return editingState().canMoveUp();
    }

    default ObservableBooleanValue canMoveDownProperty() {
        return editingState().canMoveDown();
    }
}
