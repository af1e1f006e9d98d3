package org.openmom.app.common.action;

import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.input.KeyCombination;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.OpenMomIcon;

/**
 * Every command of a program is one ControlsFX {@link Action} with text, icon, tooltip and
 * keyboard shortcut. The views declare where commands appear — toolbar buttons, menu items,
 * context-menu items, each naming its command in {@code userData} — and {@code attach} makes
 * each of them show and run its action, so they never disagree about what they do or when they
 * are enabled.
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
        action.disabledProperty().bind(Bindings.not(enabled));
        return action;
    }

    /** Makes the toolbar's buttons that name an action icon buttons of it (text hidden, tooltip shown). */
    public static void attach(Map<String, Action> actions, ToolBar toolBar) {
        for (Node item : toolBar.getItems()) {
            if (item instanceof ButtonBase button && button.getUserData() != null) {
                ActionUtils.configureButton(named(actions, button.getUserData()), button, ActionUtils.ActionTextBehavior.HIDE);
                button.setFocusTraversable(false); // the keyboard has the shortcuts; focus stays in the tree or list
            }
        }
    }

    /** Makes the items of every menu of the bar that name an action items of it. */
    public static void attach(Map<String, Action> actions, MenuBar menuBar) {
        for (Menu menu : menuBar.getMenus()) {
            attachItems(actions, menu.getItems());
        }
    }

    public static void attach(Map<String, Action> actions, ContextMenu menu) {
        attachItems(actions, menu.getItems());
    }

    private static void attachItems(Map<String, Action> actions, Iterable<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu submenu) {
                attachItems(actions, submenu.getItems());
            } else if (item.getUserData() != null) {
                ActionUtils.configureMenuItem(named(actions, item.getUserData()), item);
            }
        }
    }

    private static Action named(Map<String, Action> actions, Object name) {
        Action action = actions.get(name.toString());
        if (action == null) {
            throw new IllegalStateException("the view names an action '" + name + "' that the program does not have: " + actions.keySet());
        }
        return action;
    }
}
