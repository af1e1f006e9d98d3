package org.openmom.app.serverslisteditor;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.history.DocumentHistory;
import org.openmom.app.common.listedit.ListEditingState;
import org.openmom.app.common.listedit.OrderedListEditing;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.fileformat.ElementRef;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerLocator;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersList;
import org.openmom.serverslist.ServersListEntry;

/**
 * What the Servers List Editor does, without any view: the selection, the guide's commands
 * (new entry depending on the selection, edit, remove, move up and down), each an undoable
 * change of the document, the test of a declaration and the "who connects where" question.
 */
final class ServersListEditorModel implements OrderedListEditing {
    private static final ServerLocator NEW_DECLARATION = new ServerLocator("", ProtocolSequence.TCP.fileName(), "*", "*", "*");

    private final DocumentController<ServersList> document;
    private final DocumentHistory<ServersList> history;
    private final EditorDialogs dialogs;
    private final BackgroundWork background;
    private final DeclarationProbe probe;
    private final ObjectProperty<ElementRef> selected = new SimpleObjectProperty<>(this, "selected", ElementRef.NONE);
    private final WhoConnectsModel whoConnects;
    private final StringBinding counts;
    private final ListEditingState editingState;
    private final BooleanBinding canTest;
    private final StringBinding selectedKind;

    ServersListEditorModel(DocumentController<ServersList> document, EditorDialogs dialogs, BackgroundWork background,
            DeclarationProbe probe) {
        this.document = document;
        this.history = document.history();
        this.dialogs = dialogs;
        this.background = background;
        this.probe = probe;
        var current = history.currentProperty();
        editingState = new ListEditingState(() -> selected.get().index() >= 0, () -> position(selected.get()),
                () -> siblingCount(selected.get()), selected, current);
        canTest = Bindings.createBooleanBinding(() -> selected.get().child() >= 0, selected);
        selectedKind = Bindings.createStringBinding(() -> selected.get().child() >= 0 ? "server declaration" : "entry", selected);
        whoConnects = new WhoConnectsModel(current);
        counts = Bindings.createStringBinding(() -> countText(current.get()), current);
        current.addListener((o, before, now) -> keepSelectionInside(now));
    }

    DocumentController<ServersList> document() {
        return document;
    }

    ServersList list() {
        return history.current();
    }

    ObjectProperty<ElementRef> selectedProperty() {
        return selected;
    }

    /** The guide's "New entry (depends on current selection)". */
    void newItem() {
        if (selected.get().child() >= 0) {
            newDeclaration();
        } else {
            newEntry();
        }
    }

    void newEntry() {
        dialogs.editEntry("New entry", new EntryNames("", "*")).ifPresent(names -> {
            int at = selected.get().index() >= 0 ? selected.get().index() + 1 : list().entries().size();
            change("New entry", list -> ServersListEdits.insertEntry(list, at,
                    new ServersListEntry(names.serviceName(), names.userName(), List.of())), ElementRef.of(at));
        });
    }

    /** Adds a server declaration to the selected entry, after the selected declaration if any. */
    void newDeclaration() {
        ElementRef ref = selected.get();
        if (ref.index() < 0) {
            return;
        }
        ServersListEntry entry = list().entries().get(ref.index());
        ServerLocator proposal = ref.child() >= 0 ? entry.declarations().get(ref.child()).locator() : NEW_DECLARATION;
        dialogs.editDeclaration("New server declaration for " + entry.headerLine(), proposal).ifPresent(locator -> {
            int at = ref.child() >= 0 ? ref.child() + 1 : entry.declarations().size();
            change("New server declaration", list -> ServersListEdits.insertDeclaration(list, ref.index(), at,
                    new ServerDeclaration(locator)), ElementRef.of(ref.index(), at));
        });
    }

    ObservableBooleanValue canAddDeclarationProperty() {
        return editingState.canEdit();
    }

    /** The selected server declaration, if a declaration (not an entry) is selected. */
    Optional<ServerLocator> selectedDeclaration() {
        ElementRef ref = selected.get();
        if (ref.index() < 0 || ref.child() < 0) {
            return Optional.empty();
        }
        return Optional.of(list().entries().get(ref.index()).declarations().get(ref.child()).locator());
    }

    ObservableBooleanValue declarationSelectedProperty() {
        return canTest;
    }

    /** What the edit commands act on now: "entry" or "server declaration" (their menu texts say it). */
    StringBinding selectedKindProperty() {
        return selectedKind;
    }

    /** Test: which servers answer at the selected declaration, asked in the background; the person sees the report. */
    void testSelected() {
        selectedDeclaration().ifPresent(declaration -> {
            String where = declaration.networkAddress() + " " + declaration.protocol();
            document.reportStatus("Testing " + where + " …");
            background.follow(() -> probe.probe(declaration), report -> {
                document.reportStatus("Tested " + where + ": " + report.summary());
                dialogs.showProbeReport(report);
            }, error -> {
                document.reportStatus("The test could not run");
                dialogs.showTestFailure(error instanceof TimeoutException
                        ? "No answer within " + DeclarationProbe.WAIT_SECONDS + " s from " + where
                        : error.getMessage() == null ? error.toString() : error.getMessage());
            });
        });
    }

    @Override
    public void editSelected() {
        ElementRef ref = selected.get();
        if (ref.index() < 0) {
            return;
        }
        ServersListEntry entry = list().entries().get(ref.index());
        if (ref.child() < 0) {
            dialogs.editEntry("Edit entry " + entry.headerLine(), new EntryNames(entry.serviceName(), entry.userName()))
                    .ifPresent(names -> change("Edit entry",
                            list -> ServersListEdits.renameEntry(list, ref.index(), names.serviceName(), names.userName()), ref));
        } else {
            dialogs.editDeclaration("Edit server declaration", entry.declarations().get(ref.child()).locator())
                    .ifPresent(locator -> change("Edit server declaration",
                            list -> ServersListEdits.replaceDeclaration(list, ref.index(), ref.child(), locator), ref));
        }
    }

    @Override
    public void removeSelected() {
        ElementRef ref = selected.get();
        if (ref.index() < 0) {
            return;
        }
        if (ref.child() < 0) {
            change("Remove entry", list -> ServersListEdits.removeEntry(list, ref.index()), ref);
        } else {
            change("Remove server declaration", list -> ServersListEdits.removeDeclaration(list, ref.index(), ref.child()), ref);
        }
    }

    @Override
    public void moveSelected(int offset) {
        ElementRef ref = selected.get();
        if (!editingState.canMove(offset)) {
            return;
        }
        if (ref.child() < 0) {
            change(offset < 0 ? "Move entry up" : "Move entry down",
                    list -> ServersListEdits.moveEntry(list, ref.index(), offset), ElementRef.of(ref.index() + offset));
        } else {
            change(offset < 0 ? "Move server declaration up" : "Move server declaration down",
                    list -> ServersListEdits.moveDeclaration(list, ref.index(), ref.child(), offset),
                    ElementRef.of(ref.index(), ref.child() + offset));
        }
    }

    @Override
    public ListEditingState editingState() {
        return editingState;
    }

    /** True while a file is read or written or a test runs. */
    ReadOnlyBooleanProperty busyProperty() {
        return background.busyProperty();
    }

    void showAbout() {
        dialogs.showAbout();
    }

    WhoConnectsModel whoConnects() {
        return whoConnects;
    }

    /** "3 entries, 6 declarations", for the status bar. */
    StringBinding countsProperty() {
        return counts;
    }

    private static String countText(ServersList list) {
        return list.entries().size() + (list.entries().size() == 1 ? " entry, " : " entries, ")
                + list.declarationCount() + (list.declarationCount() == 1 ? " declaration" : " declarations");
    }

    private void change(String description, UnaryOperator<ServersList> edit, ElementRef selectAfterwards) {
        history.apply(description, edit);
        selected.set(selectAfterwards);
        keepSelectionInside(list());
    }

    /** After a removal or an undo the selection may point past the end: bring it back inside. */
    private void keepSelectionInside(ServersList list) {
        ElementRef ref = selected.get();
        if (ref.index() < 0) {
            return;
        }
        if (list.entries().isEmpty()) {
            selected.set(ElementRef.NONE);
            return;
        }
        int entry = Math.min(ref.index(), list.entries().size() - 1);
        int declarations = list.entries().get(entry).declarations().size();
        int child = ref.child() < 0 || entry != ref.index() ? ElementRef.SELF
                : declarations == 0 ? ElementRef.SELF : Math.min(ref.child(), declarations - 1);
        ElementRef inside = ElementRef.of(entry, child);
        if (!inside.equals(ref)) {
            selected.set(inside);
        }
    }

    private int position(ElementRef ref) {
        return ref.child() >= 0 ? ref.child() : ref.index();
    }

    private int siblingCount(ElementRef ref) {
        ServersList list = list();
        if (ref.index() >= list.entries().size()) {
            return 0;
        }
        return ref.child() >= 0 ? list.entries().get(ref.index()).declarations().size() : list.entries().size();
    }
}
