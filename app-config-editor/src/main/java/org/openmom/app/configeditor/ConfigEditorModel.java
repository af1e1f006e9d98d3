package org.openmom.app.configeditor;

import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.history.DocumentHistory;
import org.openmom.app.common.listedit.ListEditingState;
import org.openmom.app.common.listedit.OrderedListEditing;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.config.ActivationModel;
import org.openmom.config.ReflexDeclaration;
import org.openmom.config.ReflexKind;
import org.openmom.config.ServerConfiguration;

/**
 * What the Server Configuration Editor does, without any view: the selected reflex, the guide's
 * commands (a new reflex of each kind, edit, remove, move up and down, make a log file the
 * master of its key), each an undoable change of the document.
 */
final class ConfigEditorModel implements OrderedListEditing {
    static final int NONE = -1;

    private final DocumentController<ServerConfiguration> document;
    private final DocumentHistory<ServerConfiguration> history;
    private final EditorDialogs dialogs;
    private final EditorServices dialogServices;
    private final BooleanBinding canApply;
    private final BooleanBinding canTry;
    private final WhoRunsModel whoRuns;
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", NONE);
    private final ListEditingState editingState;
    private final BooleanBinding canMakeMaster;
    private final StringBinding counts;

    ConfigEditorModel(DocumentController<ServerConfiguration> document, EditorDialogs dialogs,
            EditorServices dialogServices) {
        this.document = document;
        this.history = document.history();
        this.dialogs = dialogs;
        this.dialogServices = dialogServices;
        var current = history.currentProperty();
        editingState = new ListEditingState(() -> selected.get() >= 0, selected::get, () -> reflexes().size(), selected, current);
        canMakeMaster = Bindings.createBooleanBinding(() -> selectedReflex() != null && selectedReflex().isMirror(),
                selected, current);
        canApply = Bindings.createBooleanBinding(() -> document.checkProperty().get() != null
                && !document.checkProperty().get().hasErrors(), document.checkProperty());
        canTry = Bindings.createBooleanBinding(() -> selectedReflex() != null && TryModel.canTry(selectedReflex()), selected, current);
        whoRuns = new WhoRunsModel(current);
        counts = Bindings.createStringBinding(() -> countText(current.get()), current);
        current.addListener((o, before, now) -> keepSelectionInside());
    }

    DocumentController<ServerConfiguration> document() {
        return document;
    }

    ServerConfiguration configuration() {
        return history.current();
    }

    List<ReflexDeclaration> reflexes() {
        return configuration().reflexes();
    }

    /** The selected reflex's index in execution order, or {@link #NONE}. */
    IntegerProperty selectedProperty() {
        return selected;
    }

    ReflexDeclaration selectedReflex() {
        int index = selected.get();
        return index >= 0 && index < reflexes().size() ? reflexes().get(index) : null;
    }

    /** The guide's "New Local Service", "New Message Filter", …: the dialog of the kind, the reflex added below the selection. */
    void newReflex(ReflexKind kind) {
        int at = selected.get() >= 0 ? selected.get() + 1 : reflexes().size();
        ReflexDeclaration proposal = kind.isReflex() ? new ReflexDeclaration(kind, "", ReflexDeclaration.BUILTIN, "", "")
                : new ReflexDeclaration(kind, "", "", ActivationModel.WAIT.name(), "1");
        ReflexDialogModel dialog = new ReflexDialogModel("New " + kind.displayName(), proposal,
                ConfigurationEdits.insert(configuration(), at, proposal), at, configFile(), dialogServices);
        dialogs.editReflex(dialog).ifPresent(reflex ->
                change("New " + kind.displayName(), configuration -> ConfigurationEdits.insert(configuration, at, reflex), at));
    }

    @Override
    public void editSelected() {
        ReflexDeclaration reflex = selectedReflex();
        if (reflex == null) {
            return;
        }
        int index = selected.get();
        ReflexDialogModel dialog = new ReflexDialogModel("Edit " + reflex.kind().displayName(), reflex, configuration(), index,
                configFile(), dialogServices);
        dialogs.editReflex(dialog).ifPresent(edited -> change("Edit " + reflex.kind().displayName(),
                configuration -> ConfigurationEdits.replace(configuration, index, edited), index));
    }

    @Override
    public void removeSelected() {
        ReflexDeclaration reflex = selectedReflex();
        if (reflex != null) {
            int index = selected.get();
            change("Remove " + reflex.kind().displayName(), configuration -> ConfigurationEdits.remove(configuration, index), index);
        }
    }

    @Override
    public void moveSelected(int offset) {
        if (!editingState.canMove(offset)) {
            return;
        }
        int index = selected.get();
        change(offset < 0 ? "Move reflex up" : "Move reflex down",
                configuration -> ConfigurationEdits.move(configuration, index, index + offset), index + offset);
    }

    /**
     * "Make master": the selected mirror becomes the master of its key (declared last, without
     * {@code ~}) and the master it replaces becomes a mirror.
     */
    void makeSelectedMaster() {
        if (!canMakeMaster.get()) {
            return;
        }
        int mirror = selected.get();
        int master = LoggingRoles.masterIndex(reflexes(), reflexes().get(mirror).key());
        if (master < 0) {
            return;
        }
        change("Make master", configuration -> LoggingRoles.makeMaster(configuration, mirror, master), master);
    }

    WhoRunsModel whoRuns() {
        return whoRuns;
    }

    /** Try it: the selected filter or local service, on a sample message. */
    void trySelected() {
        if (canTry.get()) {
            dialogs.tryReflex(new TryModel(configuration(), selected.get(), configFile(), dialogServices.background()));
        }
    }

    ObservableBooleanValue canTryProperty() {
        return canTry;
    }

    /** Apply to a running server: the configuration as it would be saved, checked and taken by the server. */
    void applyToServer() {
        if (canApply.get()) {
            dialogs.applyToServer(new ApplyModel(document.format().write(configuration()), dialogServices.home(),
                    dialogServices.background()));
        }
    }

    /** A configuration with errors is not offered to a server: the problems pane says what to fix first. */
    ObservableBooleanValue canApplyProperty() {
        return canApply;
    }

    @Override
    public ListEditingState editingState() {
        return editingState;
    }

    ObservableBooleanValue canMakeMasterProperty() {
        return canMakeMaster;
    }

    /** True while a file is read or written or a jar is read. */
    ReadOnlyBooleanProperty busyProperty() {
        return dialogServices.background().busyProperty();
    }

    void showAbout() {
        dialogs.showAbout();
    }

    /** "5 reflexes", and ", 2 activations" when there are some (they are not reflexes), for the status bar. */
    StringBinding countsProperty() {
        return counts;
    }

    private static String countText(ServerConfiguration configuration) {
        int activations = configuration.reflexesOf(ReflexKind.ACTIVATION).size();
        int n = configuration.reflexes().size() - activations;
        return n + (n == 1 ? " reflex" : " reflexes") + (activations == 0 ? "" : ", " + activations
                + (activations == 1 ? " activation" : " activations"));
    }

    /** The file the configuration is (or will be) saved to: jar paths are relative to its folder. */
    private Path configFile() {
        return document.fileProperty().get();
    }

    private void change(String description, UnaryOperator<ServerConfiguration> edit, int selectAfterwards) {
        history.apply(description, edit);
        selected.set(selectAfterwards);
        keepSelectionInside();
    }

    /** After a removal or an undo the selection may point past the end: bring it back inside. */
    private void keepSelectionInside() {
        int size = reflexes().size();
        if (selected.get() >= size) {
            selected.set(size == 0 ? NONE : size - 1);
        }
    }
}
