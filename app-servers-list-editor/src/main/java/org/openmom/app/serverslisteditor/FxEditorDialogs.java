package org.openmom.app.serverslisteditor;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.openmom.app.common.address.ServerAddressModel;
import org.openmom.app.common.dialog.AboutBoxController;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.fileformat.ServerLocatorRules.Purpose;
import org.openmom.icons.OpenMomIcon;
import org.openmom.model.ServerLocator;

/** The editor's dialogs as JavaFX dialogs over the editor's window. */
final class FxEditorDialogs implements EditorDialogs {
    private final Supplier<Window> owner;

    FxEditorDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<EntryNames> editEntry(String title, EntryNames initial) {
        return EntryDialogController.ask(owner.get(), new EntryDialogModel(title, initial));
    }

    @Override
    public Optional<ServerLocator> editDeclaration(String title, ServerLocator initial) {
        return DeclarationDialogController.ask(owner.get(), title, new ServerAddressModel(Purpose.DECLARATION, initial));
    }

    @Override
    public void showProbeReport(DeclarationProbe.Report report) {
        ProbeReportDialogController.show(owner.get(), report);
    }

    @Override
    public void showTestFailure(String message) {
        Dialogs.showError(owner.get(), "Test failed", message);
    }

    @Override
    public void showAbout() {
        AboutBoxController.show(owner.get(), OpenMomIcon.APP_SERVERS_LIST_EDITOR, ServersListEditor.PROGRAM_NAME,
                "Edits the Servers List, which tells services which OpenMOM servers to try.");
    }
}
