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

    void moveSelectedUp();

    void moveSelectedDown();

    ObservableBooleanValue canEditProperty();

    ObservableBooleanValue canRemoveProperty();

    ObservableBooleanValue canMoveUpProperty();

    ObservableBooleanValue canMoveDownProperty();
}
