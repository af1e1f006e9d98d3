package org.openmom.app.common.document;

import java.util.Map;
import javafx.beans.binding.Bindings;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.history.DocumentHistory;
import org.openmom.icons.OpenMomIcon;

/** New, open, save, save as, undo and redo of a document, named as the guide names them. */
public record DocumentActions(Action newDocument, Action open, Action save, Action saveAs, Action undo, Action redo) {

    /** @param kind the document kind in the guide's words, e.g. "Servers List" or "File". */
    public static DocumentActions of(DocumentController<?> controller, String kind) {
        DocumentHistory<?> history = controller.history();
        Action undo = Actions.enabledWhen(Actions.create("Undo", OpenMomIcon.UNDO, "Undo the last change", "Shortcut+Z",
                history::undo), history.canUndoProperty());
        undo.textProperty().bind(history.undoTextProperty());
        Action redo = Actions.enabledWhen(Actions.create("Redo", OpenMomIcon.REDO, "Redo the change undone", "Shortcut+Y",
                history::redo), history.canRedoProperty());
        redo.textProperty().bind(history.redoTextProperty());
        undo.longTextProperty().bind(Bindings.concat(history.undoTextProperty(), " (", undo.getAccelerator().getDisplayText(), ")"));
        redo.longTextProperty().bind(Bindings.concat(history.redoTextProperty(), " (", redo.getAccelerator().getDisplayText(), ")"));
        return new DocumentActions(
                Actions.create("New " + kind, OpenMomIcon.DOCUMENT_NEW, "Start a new " + kind.toLowerCase(), "Shortcut+N",
                        controller::newDocument),
                Actions.create("Open " + kind + "…", OpenMomIcon.DOCUMENT_OPEN, "Open a " + kind.toLowerCase() + " file",
                        "Shortcut+O", controller::open),
                Actions.create("Save " + kind, OpenMomIcon.DOCUMENT_SAVE, "Save the " + kind.toLowerCase(), "Shortcut+S",
                        controller::save),
                Actions.create("Save " + kind + " As…", OpenMomIcon.DOCUMENT_SAVE_AS,
                        "Save the " + kind.toLowerCase() + " under another name", "Shortcut+Shift+S", controller::saveAs),
                undo,
                redo);
    }

    /** Each action by the name views give it: newDocument, open, save, saveAs, undo, redo. */
    public Map<String, Action> byName() {
        return Map.of("newDocument", newDocument, "open", open, "save", save, "saveAs", saveAs, "undo", undo, "redo", redo);
    }
}
