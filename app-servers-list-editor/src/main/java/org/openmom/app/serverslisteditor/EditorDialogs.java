package org.openmom.app.serverslisteditor;

import java.util.Optional;
import org.openmom.model.ServerLocator;

/** What the editor asks and tells the person; the model asks, the window shows. Empty answers: cancelled. */
interface EditorDialogs {
    Optional<EntryNames> editEntry(String title, EntryNames initial);

    Optional<ServerLocator> editDeclaration(String title, ServerLocator initial);

    /** What a test of a declaration found. */
    void showProbeReport(DeclarationProbe.Report report);

    /** Why a test could not run. */
    void showTestFailure(String message);

    void showAbout();
}
