package org.openmom.app.common.action;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.OpenMomIcon;

/**
 * Every command of a program is one ControlsFX {@link Action} with text, icon, tooltip and
 * keyboard shortcut, from which its toolbar button, menu item and context-menu item are made,
 * so they never disagree about what they do or when they are enabled.
 */
public final class Actions {
    private Actions() {}

    /**
     * @param text        the menu text, e.g. "Save Servers List"
     * @param icon        its icon
     * @param tooltip     what it does, one sentence, shown on the toolbar button
     * @param accelerator e.g. "Shortcut+S"
     */
    public static Action create(String text, OpenMomIcon icon, String tooltip, String accelerator, Runnable handler) {
        Consumer<ActionEvent> onAction = event -> handler.run();
        Action action = new Action(text, onAction);
        action.setGraphic(Icons.small(icon));
        action.setLongText(tooltip + " (" + KeyCombination.keyCombination(accelerator).getDisplayText() + ")");
        action.setAccelerator(KeyCombination.keyCombination(accelerator));
        return action;
    }

    /** Disables {@code action} whenever {@code enabled} is false. */
    public static Action enabledWhen(Action action, ObservableBooleanValue enabled) {
        action.disabledProperty().bind(javafx.beans.binding.Bindings.not(enabled));
        return action;
    }

    /** A toolbar of icon buttons (text hidden, tooltip shown); {@code null} entries are separators. */
    public static ToolBar toolBar(List<Action> actions) {
        return ActionUtils.createToolBar(withSeparators(actions), ActionUtils.ActionTextBehavior.HIDE);
    }

    public static ContextMenu contextMenu(List<Action> actions) {
        return ActionUtils.createContextMenu(withSeparators(actions));
    }

    /** A menu of the menu bar; {@code null} entries are separators. */
    public static javafx.scene.control.Menu menu(String text, List<Action> actions) {
        javafx.scene.control.Menu menu = new javafx.scene.control.Menu(text);
        for (Action action : actions) {
            menu.getItems().add(action == null ? new javafx.scene.control.SeparatorMenuItem() : ActionUtils.createMenuItem(action));
        }
        return menu;
    }

    private static List<Action> withSeparators(List<Action> actions) {
        return actions.stream().map(a -> a == null ? ActionUtils.ACTION_SEPARATOR : a).toList();
    }
}
