package org.openmom.app.common.listedit;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/** F2 and Enter on an editor's list edit its selected item. */
public final class EditKeys {
    private EditKeys() {
    }

    /**
     * Tables keep F2 and Enter for cell editing, which the editors' lists do not use: the filter
     * takes the keys first and edits the selected item, when there is one.
     */
    public static void install(Node list, OrderedListEditing editing) {
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if ((event.getCode() == KeyCode.F2 || event.getCode() == KeyCode.ENTER) && editing.canEditProperty().get()) {
                event.consume();
                editing.editSelected();
            }
        });
    }
}
