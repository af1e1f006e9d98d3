package org.openmom.app.common.listedit;

import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.icons.OpenMomIcon;

/** The edit, remove, move up and move down actions of an ordered list, with their shortcuts. */
public record ListEditActions(Action edit, Action remove, Action moveUp, Action moveDown) {

    /** @param itemName what the list holds, e.g. "entry": "Edit selected entry". */
    public static ListEditActions of(OrderedListEditing editing, String itemName) {
        return new ListEditActions(
                Actions.enabledWhen(Actions.create("Edit Selected " + capitalized(itemName) + "…", OpenMomIcon.ITEM_EDIT,
                        "Edit the selected " + itemName, "F2", editing::editSelected), editing.canEditProperty()),
                Actions.enabledWhen(Actions.create("Remove Selected " + capitalized(itemName), OpenMomIcon.ITEM_REMOVE,
                        "Remove the selected " + itemName, "Delete", editing::removeSelected), editing.canRemoveProperty()),
                Actions.enabledWhen(Actions.create("Move Selected " + capitalized(itemName) + " Up", OpenMomIcon.MOVE_UP,
                        "Move the selected " + itemName + " up", "Alt+Up", editing::moveSelectedUp), editing.canMoveUpProperty()),
                Actions.enabledWhen(Actions.create("Move Selected " + capitalized(itemName) + " Down", OpenMomIcon.MOVE_DOWN,
                        "Move the selected " + itemName + " down", "Alt+Down", editing::moveSelectedDown), editing.canMoveDownProperty()));
    }

    /** Each action by the name views give it: edit, remove, moveUp, moveDown. */
    public Map<String, Action> byName() {
        return Map.of("edit", edit, "remove", remove, "moveUp", moveUp, "moveDown", moveDown);
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
