package org.openmom.app.explorer.profiles;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.connect.ConnectRequest;
import org.openmom.app.explorer.tree.ServerConnection;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.TextFiles;

/** Open and Save Connection Profile: the connected servers to a file, and a file's servers connected again. */
public final class ProfileCommands {
    private final ProfileDialogs dialogs;
    private final BackgroundWork background;
    private final Consumer<String> report;
    private final Path folder;
    private Path lastFile;

    /** @param folder where the file choosers start ({@code $OPENMOM_HOME/files}) */
    public ProfileCommands(ProfileDialogs dialogs, BackgroundWork background, Consumer<String> report, Path folder) {
        this.dialogs = dialogs;
        this.background = background;
        this.report = report;
        this.folder = folder;
    }

    /** Reads a profile the person chooses and hands each of its servers to {@code connect}. */
    public void open(Consumer<ConnectRequest> connect) {
        dialogs.chooseProfileToOpen(proposed()).ifPresent(file -> open(file, connect));
    }

    /** Reads {@code file} in the background and hands each of its servers to {@code connect}; problems are shown whole. */
    public void open(Path file, Consumer<ConnectRequest> connect) {
        lastFile = file;
        report.accept("Reading " + file + "…");
        background.run(() -> ProfileFormat.INSTANCE.read(file), result -> opened(file, result, connect),
                error -> dialogs.showError("Open Connection Profile", error.getMessage()));
    }

    private void opened(Path file, ParseResult<ConnectionProfile> result, Consumer<ConnectRequest> connect) {
        if (result.hasErrors()) {
            report.accept(file + ": " + result.errors().size() + " problem" + (result.errors().size() == 1 ? "" : "s")
                    + "; no server connected");
            dialogs.showError("Open Connection Profile", file + " cannot be opened:\n\n"
                    + String.join("\n", result.errors().stream().map(Problem::format).toList()));
            return;
        }
        List<ConnectionProfile.Server> servers = result.model().servers();
        servers.forEach(server -> connect.accept(server.request()));
        report.accept("Opened " + file.getFileName() + ": connecting to " + servers.size() + " server" + (servers.size() == 1 ? "" : "s")
                + "…");
    }

    /** Writes the servers of {@code connections} to a file the person chooses. */
    public void save(List<ServerConnection> connections) {
        ConnectionProfile profile = new ConnectionProfile(connections.stream()
                .map(c -> new ConnectionProfile.Server(c.name(), c.address(), c.isReadOnly())).toList());
        dialogs.chooseProfileToSave(proposed()).ifPresent(file -> {
            lastFile = file;
            background.run(() -> {
                TextFiles.writeAtomically(file, ProfileFormat.INSTANCE.write(profile));
                return profile.servers().size();
            }, saved -> report.accept("Saved " + saved + " server" + (saved == 1 ? "" : "s") + " to " + file),
                    error -> dialogs.showError("Save Connection Profile", file + " was not saved: " + error.getMessage()));
        });
    }

    private Path proposed() {
        return lastFile != null ? lastFile : folder.resolve(ProfileFormat.INSTANCE.defaultFileName());
    }
}
