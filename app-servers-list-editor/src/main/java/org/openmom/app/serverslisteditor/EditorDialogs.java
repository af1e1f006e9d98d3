package org.openmom.app.serverslisteditor;

import java.util.Optional;
import org.openmom.model.ServerLocator;

/** The editor's two dialogs; empty when the person cancels. */
interface EditorDialogs {
    Optional<EntryNames> editEntry(String title, EntryNames initial);

    Optional<ServerLocator> editDeclaration(String title, ServerLocator initial);
}
