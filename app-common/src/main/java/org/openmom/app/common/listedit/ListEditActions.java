package org.openmom.app.common.listedit;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.icons.OpenMomIcon;

/** The edit, remove, move up and move down actions of an ordered list, with their shortcuts. */
public record ListEditActions(Action edit, Action remove, Action moveUp, Action moveDown) {
    private static final String EDIT = "Edit Selected %s…";
    private static final String EDIT_TIP = "Edit the selected %s";
    private static final String REMOVE = "Remove Selected %s";
    private static final String REMOVE_TIP = "Remove the selected %s";
    private static final String MOVE_UP = "Move Selected %s Up";
    private static final String MOVE_UP_TIP = "Move the selected %s up";
    private static final String MOVE_DOWN = "Move Selected %s Down";
    private static final String MOVE_DOWN_TIP = "Move the selected %s down";

    /** @param itemName what the list holds, e.g. "entry": "Edit selected entry". */
    public static ListEditActions of(OrderedListEditing editing, String itemName) {
        return new ListEditActions(
                Actions.enabledWhen(Actions.create(EDIT.formatted(titled(itemName)), OpenMomIcon.ITEM_EDIT,
                        EDIT_TIP.formatted(itemName), "F2", editing::editSelected), editing.canEditProperty()),
                Actions.enabledWhen(Actions.create(REMOVE.formatted(titled(itemName)), OpenMomIcon.ITEM_REMOVE,
                        REMOVE_TIP.formatted(itemName), "Delete", editing::removeSelected), editing.canRemoveProperty()),
                Actions.enabledWhen(Actions.create(MOVE_UP.formatted(titled(itemName)), OpenMomIcon.MOVE_UP,
                        MOVE_UP_TIP.formatted(itemName), "Alt+Up", editing::moveSelectedUp), editing.canMoveUpProperty()),
                Actions.enabledWhen(Actions.create(MOVE_DOWN.formatted(titled(itemName)), OpenMomIcon.MOVE_DOWN,
                        MOVE_DOWN_TIP.formatted(itemName), "Alt+Down", editing::moveSelectedDown), editing.canMoveDownProperty()));
    }

    /**
     * For a list of two kinds of items (entries and their declarations): the menu texts and
     * tooltips name the kind selected now, e.g. "Remove Selected Server Declaration".
     */
    public ListEditActions naming(ObservableStringValue itemName) {
        name(edit, itemName, EDIT, EDIT_TIP);
        name(remove, itemName, REMOVE, REMOVE_TIP);
        name(moveUp, itemName, MOVE_UP, MOVE_UP_TIP);
        name(moveDown, itemName, MOVE_DOWN, MOVE_DOWN_TIP);
        return this;
    }

    /** Each action by the name views give it: edit, remove, moveUp, moveDown. */
    public Map<String, Action> byName() {
        return Map.of("edit", edit, "remove", remove, "moveUp", moveUp, "moveDown", moveDown);
    }

    private static void name(Action action, ObservableStringValue itemName, String text, String tooltip) {
        String keys = " (" + action.getAccelerator().getDisplayText() + ")";
        action.textProperty().bind(Bindings.createStringBinding(() -> text.formatted(titled(itemName.get())), itemName));
        action.longTextProperty().bind(Bindings.createStringBinding(() -> tooltip.formatted(itemName.get()) + keys, itemName));
    }

    /** "server declaration": "Server Declaration", as menu texts are written. */
    private static String titled(String words) {
        return Arrays.stream(words.split(" ", -1))
                .map(word -> word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining(" "));
    }
}
