package org.openmom.app.serverslisteditor;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.openmom.model.ServerLocator;

/** The editor's dialogs as JavaFX dialogs over the editor's window. */
final class FxEditorDialogs implements EditorDialogs {
    private final Supplier<Window> owner;

    FxEditorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<EntryNames> editEntry(String title, EntryNames initial) {
        return new EntryDialog(owner.get(), title, initial).showAndWait();
    }

    @Override
    public Optional<ServerLocator> editDeclaration(String title, ServerLocator initial) {
        return new DeclarationDialog(owner.get(), title, initial).showAndWait();
    }
}
