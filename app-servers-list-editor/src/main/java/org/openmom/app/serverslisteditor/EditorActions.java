package org.openmom.app.serverslisteditor;

import java.util.HashMap;
import java.util.Map;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.document.DocumentActions;
import org.openmom.app.common.listedit.ListEditActions;
import org.openmom.icons.OpenMomIcon;

/**
 * Every command of the editor, made once and shown on the toolbar, in the menus and in the
 * list's context menu ({@code ServersListEditorWindow.fxml} and {@code ServersListTree.fxml}
 * say where, naming them as {@link #byName()} does).
 */
final class EditorActions {
    private final Map<String, Action> byName = new HashMap<>();

    /**
     * @param focusWhoConnects puts the cursor in "who connects where"
     * @param exit             closes the window (after asking about unsaved changes)
     */
    EditorActions(ServersListEditorModel model, Runnable focusWhoConnects, Runnable exit) {
        byName.putAll(DocumentActions.of(model.document(), "Servers List").byName());
        byName.putAll(ListEditActions.of(model, "entry").naming(model.selectedKindProperty()).byName());
        byName.put("newEntry", Actions.create("New Entry…", OpenMomIcon.ITEM_ADD,
                "New entry: a new '! Service User' entry, or a new server declaration when a declaration is selected",
                "Insert", model::newItem));
        byName.put("newDeclaration", Actions.enabledWhen(Actions.create("New Server Declaration…", OpenMomIcon.DECLARATION,
                "New server declaration in the selected entry", "Shortcut+Insert", model::newDeclaration),
                model.canAddDeclarationProperty()));
        byName.put("test", Actions.enabledWhen(Actions.create("Test Selected Declaration", OpenMomIcon.PROBE,
                "Test: which servers answer at the selected server declaration", "Shortcut+T", model::testSelected),
                model.declarationSelectedProperty()));
        byName.put("whoConnects", Actions.create("Who Connects Where", OpenMomIcon.WHO_CONNECTS,
                "Type a service and a user to see which entry they use", "Shortcut+F", focusWhoConnects));
        byName.put("about", Actions.create("About " + ServersListEditor.PROGRAM_NAME, OpenMomIcon.ABOUT, "About this program", "F1",
                model::showAbout));
        byName.put("exit", Actions.create("Exit", OpenMomIcon.STOP, "Close the editor", "Shortcut+Q", exit));
    }

    Map<String, Action> byName() {
        return Map.copyOf(byName);
    }
}
