package org.openmom.app.common.document;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.app.common.history.DocumentHistory;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.TextFiles;

/**
 * New, open, save and save-as of one document, with its undo history, its file, its problems
 * and the question about unsaved changes before anything would discard them. Disk work runs in
 * the background; saves are atomic.
 */
public final class DocumentController<T> {
    private final DocumentFormat<T> format;
    private final String programName;
    private final DocumentHistory<T> history;
    private final BackgroundWork background;
    private final FileDialogs fileDialogs;
    private final RecentFiles recentFiles;
    private final Supplier<Window> owner;
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<ParseResult<T>> check = new ReadOnlyObjectWrapper<>(this, "check");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final StringBinding title;

    public DocumentController(DocumentFormat<T> format, String programName, BackgroundWork background,
            FileDialogs fileDialogs, RecentFiles recentFiles, Supplier<Window> owner) {
        this.format = format;
        this.programName = programName;
        this.history = new DocumentHistory<>(format.emptyDocument());
        this.background = background;
        this.fileDialogs = fileDialogs;
        this.recentFiles = recentFiles;
        this.owner = owner;
        history.currentProperty().addListener((o, before, now) -> recheck());
        file.addListener((o, before, now) -> recheck());
        recheck();
        title = Bindings.createStringBinding(
                () -> (history.isDirty() ? "*" : "") + documentName() + " — " + programName,
                history.dirtyProperty(), file);
    }

    public DocumentHistory<T> history() {
        return history;
    }

    public DocumentFormat<T> format() {
        return format;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The problems of the document as it would be saved, recomputed on every change. */
    public ReadOnlyObjectProperty<ParseResult<T>> checkProperty() {
        return check.getReadOnlyProperty();
    }

    /** One line about the last file operation, for the status bar. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** "*Servers.lst — Servers List Editor": the file, a modified mark, the program. */
    public StringBinding titleProperty() {
        return title;
    }

    /** Puts a line about other work (a test, a lookup) in the status bar. */
    public void reportStatus(String line) {
        status.set(line);
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public String documentName() {
        Path path = file.get();
        return path == null ? "Untitled " + format.documentKind() : path.getFileName().toString();
    }

    public void newDocument() {
        whenChangesSettled(() -> {
            history.reset(format.emptyDocument());
            file.set(null);
            status.set("New " + format.documentKind());
        });
    }

    /** Starts an empty document that will be saved to {@code path} (a default file not yet written). */
    public void startNewAt(Path path) {
        history.reset(format.emptyDocument());
        file.set(path.toAbsolutePath());
        status.set(path + " does not exist yet: it is created when you save");
    }

    /** Opens {@code path} if it exists, otherwise starts a new document to be saved there. */
    public void openOrStartNew(Path path) {
        background.run(() -> Files.exists(path), exists -> {
            if (exists) {
                load(path);
            } else {
                startNewAt(path);
            }
        }, error -> load(path));
    }

    public void open() {
        whenChangesSettled(() -> fileDialogs
                .chooseFileToOpen(owner.get(), format, proposedFile())
                .ifPresent(this::load));
    }

    /** Opens {@code path}, asking first about unsaved changes. */
    public void openFile(Path path) {
        whenChangesSettled(() -> load(path));
    }

    public void save() {
        save(() -> {});
    }

    public void saveAs() {
        saveAs(() -> {});
    }

    /**
     * Runs {@code proceed} once unsaved changes are settled: at once when there are none,
     * otherwise after the person chose to save (and the save succeeded) or to discard them.
     */
    public void whenChangesSettled(Runnable proceed) {
        if (!history.isDirty()) {
            proceed.run();
            return;
        }
        switch (Dialogs.askToSave(owner.get(), documentName())) {
            case SAVE -> save(proceed);
            case DISCARD -> proceed.run();
            case CANCEL -> { }
        }
    }

    /** Makes closing {@code stage} ask about unsaved changes first. */
    public void guardClosing(Stage stage) {
        stage.setOnCloseRequest(event -> {
            if (history.isDirty()) {
                event.consume();
                whenChangesSettled(stage::close);
            }
        });
    }

    private void load(Path path) {
        status.set("Opening " + path + " …");
        background.run(() -> format.read(path), result -> {
            history.reset(result.model());
            file.set(path.toAbsolutePath());
            recentFiles.add(path);
            int errors = result.errors().size();
            status.set(errors == 0
                    ? "Opened " + path
                    : "Opened " + path + " with " + errors + (errors == 1 ? " error" : " errors")
                            + ": the file is not changed unless you save it");
        }, error -> {
            status.set("Could not open " + path);
            Dialogs.showError(owner.get(), "Cannot open " + path.getFileName(), messageOf(error));
        });
    }

    private void save(Runnable afterSave) {
        Path target = file.get();
        if (target == null) {
            saveAs(afterSave);
        } else {
            saveTo(target, afterSave);
        }
    }

    private void saveAs(Runnable afterSave) {
        fileDialogs.chooseFileToSave(owner.get(), format, proposedFile()).ifPresent(target -> saveTo(target, afterSave));
    }

    private void saveTo(Path target, Runnable afterSave) {
        int errors = check.get().errors().size();
        if (errors > 0 && !Dialogs.confirm(owner.get(), "Save with errors?",
                documentName() + " still has " + errors + (errors == 1 ? " error" : " errors")
                        + ". Programs that read it will report them. Save anyway?", "Save Anyway")) {
            return;
        }
        T saved = history.current();
        String text = format.write(saved);
        status.set("Saving " + target + " …");
        background.run(() -> {
            TextFiles.writeAtomically(target, text);
            return target;
        }, written -> {
            file.set(written.toAbsolutePath());
            if (history.current() == saved) {
                history.markSaved();
            }
            recentFiles.add(written);
            status.set("Saved " + written);
            afterSave.run();
        }, error -> {
            status.set("Could not save " + target);
            Dialogs.showError(owner.get(), "Cannot save " + target.getFileName(),
                    target + ": " + messageOf(error) + " — check that the folder exists and is writable, or use Save As");
        });
    }

    private Path proposedFile() {
        return file.get() != null ? file.get() : Path.of(System.getProperty("user.home"), format.defaultFileName());
    }

    /**
     * Checks the document again, when something outside it that the check depends on has changed:
     * its text at once, then in the background what other files tell (see
     * {@link DocumentFormat#problemsBeyondTheText}), added if the document has not changed since.
     */
    public void recheck() {
        Path path = file.get();
        T document = history.current();
        ParseResult<T> quick = format.check(path == null ? format.defaultFileName() : path.getFileName().toString(), document);
        check.set(quick);
        if (format.hasProblemsBeyondTheText()) {
            background.run(() -> format.problemsBeyondTheText(path, document), found -> {
                if (!found.isEmpty() && check.get() == quick) {
                    check.set(quick.withProblems(found.stream().map(quick.sourceMap()::locate).toList()));
                }
            }, error -> status.set("Could not check the files the document names: " + messageOf(error)));
        }
    }

    private static String messageOf(Throwable error) {
        if (error instanceof FileProblemException problem) {
            return problem.getMessage();
        }
        return error.getMessage() == null ? error.toString() : error.getMessage();
    }
}
