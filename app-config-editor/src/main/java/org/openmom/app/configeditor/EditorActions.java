package org.openmom.app.configeditor;

import java.util.HashMap;
import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.document.DocumentActions;
import org.openmom.app.common.listedit.ListEditActions;
import org.openmom.config.ReflexKind;
import org.openmom.icons.OpenMomIcon;

/**
 * Every command of the editor, made once and shown on the toolbar, in the menus and in the
 * table's context menu ({@code ConfigEditorWindow.fxml} and {@code ReflexTable.fxml} say where,
 * naming them as {@link #byName()} does): the guide's New/Open/Save File, a New … for each kind
 * of reflex and for an Activation, Edit, Remove, Move Up, Move Down.
 */
final class EditorActions {
    private final Map<String, Action> byName = new HashMap<>();

    /**
     * @param focusWhoRuns puts the cursor in "who runs what"
     * @param exit         closes the window (after asking about unsaved changes)
     */
    EditorActions(ConfigEditorModel model, Runnable focusWhoRuns, Runnable exit) {
        byName.putAll(DocumentActions.of(model.document(), "File").byName());
        byName.putAll(ListEditActions.of(model, "reflex").byName());
        newReflex(model, ReflexKind.LOCAL_SERVICE, "Shortcut+1");
        newReflex(model, ReflexKind.MESSAGE_FILTER, "Shortcut+2");
        newReflex(model, ReflexKind.LOGGING_SERVICE, "Shortcut+3");
        newReflex(model, ReflexKind.REGISTRATION_FILTER, "Shortcut+4");
        newReflex(model, ReflexKind.DEAD_LETTERS, "Shortcut+5");
        newReflex(model, ReflexKind.DEREGISTRATION_FILTER, "Shortcut+6");
        newReflex(model, ReflexKind.DELIVERY_FILTER, "Shortcut+7");
        newReflex(model, ReflexKind.ACTIVATION, "Shortcut+8");
        byName.put("makeMaster", Actions.enabledWhen(Actions.create("Make Master", OpenMomIcon.LOGGING_SERVICE,
                "Make the selected mirror the master log file of its key (the old master becomes a mirror)", "Shortcut+M",
                model::makeSelectedMaster), model.canMakeMasterProperty()));
        byName.put("whoRuns", Actions.create("Who Runs What", OpenMomIcon.WHO_CONNECTS,
                "Type a service, a user and an event to see the reflexes that run for them, in order", "Shortcut+F", focusWhoRuns));
        byName.put("try", Actions.enabledWhen(Actions.create("Try It…", OpenMomIcon.SEND_TEST_MESSAGE,
                "Try it: run the selected filter or local service on a sample message, as the server would", "Shortcut+T",
                model::trySelected), model.canTryProperty()));
        byName.put("apply", Actions.enabledWhen(Actions.create("Apply to a Running Server…", OpenMomIcon.LIVE,
                "Apply to a running server: see what would change, then make it take these reflexes without a restart",
                "Shortcut+R", model::applyToServer), model.canApplyProperty()));
        byName.put("about", Actions.create("About " + ConfigEditor.PROGRAM_NAME, OpenMomIcon.ABOUT, "About this program", "F1",
                model::showAbout));
        byName.put("exit", Actions.create("Exit", OpenMomIcon.STOP, "Close the editor", "Shortcut+Q", exit));
    }

    /** "New Local Service…" under the name {@code new-LocalService}. */
    private void newReflex(ConfigEditorModel model, ReflexKind kind, String accelerator) {
        String what = kind.isReflex() ? kind.displayName() : kind.displayName() + " (a program the server starts on demand)";
        byName.put(actionName(kind), Actions.create("New " + kind.displayName() + "…", KindIcons.of(kind),
                "New " + what + ", below the selected reflex", accelerator, () -> model.newReflex(kind)));
    }

    static String actionName(ReflexKind kind) {
        return "new-" + kind.keyword();
    }

    Map<String, Action> byName() {
        return Map.copyOf(byName);
    }
}
