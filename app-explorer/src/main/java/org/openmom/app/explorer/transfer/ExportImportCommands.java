package org.openmom.app.explorer.transfer;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openmom.admin.ExportQuery;
import org.openmom.admin.ExportedMessage;
import org.openmom.admin.ImportResult;
import org.openmom.admin.Running;
import org.openmom.admin.protocol.MessageLines;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ServerConnection;

/**
 * Export… and Import…: messages to a JSON Lines file, streamed from the server part by part
 * with the count so far in the status bar, and such a file posted again in batches.
 */
public final class ExportImportCommands {
    /** The file choosers of Export and Import. */
    public interface MessageFileDialogs {
        Optional<Path> chooseMessagesFileToSave(Path proposed);

        Optional<Path> chooseMessagesFileToOpen(Path proposed);

        void showError(String title, String message);
    }

    private final MessageFileDialogs dialogs;
    private final BackgroundWork background;
    private final Consumer<String> report;
    private final Path folder;
    private Path lastFile;

    public ExportImportCommands(MessageFileDialogs dialogs, BackgroundWork background, Consumer<String> report, Path folder) {
        this.dialogs = dialogs;
        this.background = background;
        this.report = report;
        this.folder = folder;
    }

    /** Export…: what {@code query} names on {@code server} ({@code what} says it) to a file the person chooses. */
    public void export(ServerConnection server, ExportQuery query, String what) {
        dialogs.chooseMessagesFileToSave(proposed()).ifPresent(file -> {
            lastFile = file;
            OutputStream out;
            try {
                out = new BufferedOutputStream(Files.newOutputStream(file));
            } catch (IOException e) {
                dialogs.showError("Export", file + " cannot be written: " + e.getMessage());
                return;
            }
            AtomicLong written = new AtomicLong();
            report.accept("Exporting " + what + " of " + server.name() + " to " + file + "…");
            // the parts come in order on the session's I/O thread: each is written there, the count shown here
            Running<Long> running = server.export(query, part -> {
                try {
                    for (ExportedMessage message : part) {
                        MessageLines.write(out, message);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                long count = written.addAndGet(part.size());
                background.onFxThread(() -> report.accept("Exporting " + what + " of " + server.name() + "… " + count + " messages"));
            }, failure -> dialogs.showError("Export", failure));
            if (running == null) {
                close(out);
                return;
            }
            background.follow(running::finished, count -> {
                close(out);
                report.accept("Exported " + count + " message" + (count == 1 ? "" : "s") + " of " + server.name() + " to " + file);
            }, error -> {
                close(out);
                dialogs.showError("Export", what + " of " + server.name() + " was not exported whole to " + file + ": "
                        + error.getMessage());
            });
        });
    }

    private static void close(OutputStream out) {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Import…: posts the messages of a file the person chooses again on {@code server}, batch by batch. */
    public void importInto(ServerConnection server) {
        dialogs.chooseMessagesFileToOpen(proposed()).ifPresent(file -> {
            lastFile = file;
            report.accept("Importing " + file + " into " + server.name() + "…");
            AtomicLong imported = new AtomicLong();
            background.run(() -> {
                MessageLines.batches(file, batch -> {
                    ImportResult result = server.importMessages(batch).join();
                    long count = imported.addAndGet(result.imported());
                    background.onFxThread(() -> report.accept("Importing " + file.getFileName() + " into " + server.name() + "… "
                            + count + " messages"));
                    if (!result.refused().isEmpty()) {
                        throw new IllegalStateException("the server refused: " + String.join("; ", result.refused()));
                    }
                });
                return imported.get();
            }, count -> {
                report.accept("Imported " + count + " message" + (count == 1 ? "" : "s") + " of " + file + " into " + server.name());
                server.refresh();
            }, error -> dialogs.showError("Import", file + " was not imported whole (" + imported.get() + " messages were): "
                    + (error.getCause() != null && error instanceof CompletionException
                            ? error.getCause().getMessage() : error.getMessage())));
        });
    }

    private Path proposed() {
        return lastFile != null ? lastFile : folder.resolve(MessagesFormat.INSTANCE.defaultFileName());
    }
}
