package org.openmom.app.configeditor;

import java.util.Optional;
import org.openmom.config.ReflexDeclaration;

/** What the editor asks and tells the person; the model asks, the window shows. Empty answers: cancelled. */
interface EditorDialogs {
    /** The reflex as the person filled the dialog of its kind in. */
    Optional<ReflexDeclaration> editReflex(ReflexDialogModel model);

    /** Apply to a running server: which one, what would change, then the reload. */
    void applyToServer(ApplyModel model);

    /** Try it: the selected filter or local service run on a sample. */
    void tryReflex(TryModel model);

    void showAbout();
}
