package org.openmom.app.explorer.routers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openmom.admin.RouterInfo;
import org.openmom.admin.ServerSnapshot;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.app.explorer.tree.ServerConnection;
import org.openmom.fileformat.FileProblemException;
import org.openmom.fileformat.ParseResult;
import org.openmom.fileformat.Problem;
import org.openmom.fileformat.TextFiles;
import org.openmom.model.ServerLocator;
import org.openmom.routes.RouterKind;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesWriter;

/**
 * The Explorer's router commands on one server: Create Server/Service/Event Router…, Delete
 * Router, Open Routers File… and Save Routers File…. Files are read and written, and the server
 * asked, in the background; what happens goes to the status bar, what fails is shown whole.
 */
public final class RouterCommands {
    private final RouterDialogs dialogs;
    private final BackgroundWork background;
    private final Consumer<String> report;
    /** Where routes files are proposed at first: {@code $OPENMOM_HOME/files}, where {@code -x} looks for them. */
    private final Path folder;
    private ServerLocator lastTarget = RouterDialogModel.defaultTarget();
    private Path lastFile;

    /** @param report takes one-line messages for the status bar, on the FX thread */
    public RouterCommands(RouterDialogs dialogs, BackgroundWork background, Consumer<String> report, Path folder) {
        this.dialogs = dialogs;
        this.background = background;
        this.report = report;
        this.folder = folder;
    }

    /** Create … Router: asks for the router, then has the server create it from its routes-file line. */
    public void create(RouterKind kind, ServerConnection server) {
        RouterDialogModel model = new RouterDialogModel(kind, server.toString(), routerNames(server), lastTarget);
        if (!dialogs.askRouter(model)) {
            return;
        }
        lastTarget = model.target().value();
        String line = model.line();
        report.accept("Creating " + kind.displayName() + " " + model.declaration().name() + " on " + server + "…");
        server.addRouters(line, created -> report.accept("Created " + describe(created) + " on " + server),
                refusal -> dialogs.showError("Create " + kind.displayName(), server + " did not create the router\n\n"
                        + line + "\n\n" + refusal));
    }

    /** Delete Router: after a confirmation that says how many messages wait in it. */
    public void delete(ServerConnection server, RouterInfo router) {
        if (!dialogs.confirmDeleteRouter(server.toString(), router)) {
            return;
        }
        report.accept("Deleting router " + router.name() + " from " + server + "…");
        server.removeRouter(router.name(), removed -> report.accept("Deleted router " + removed.name() + " from " + server
                + (removed.waiting() > 0 ? "; " + count(removed.waiting(), "message") + " that waited in it routed again" : "")),
                refusal -> dialogs.showError("Delete Router", server + " did not delete router " + router.name() + "\n\n" + refusal));
    }

    /** Open Routers File…: reads and checks the file here, then has the server create all of its routers (or none). */
    public void openFile(ServerConnection server) {
        dialogs.chooseRoutesFileToOpen(proposedFile(server)).ifPresent(file -> {
            lastFile = file;
            report.accept("Reading " + file + "…");
            background.run(() -> read(file), routes -> send(server, file, routes),
                    error -> dialogs.showError("Open Routers File", error.getMessage()));
        });
    }

    /** What a routes file says, read in the background. */
    private record ReadRoutes(String text, ParseResult<RoutesFile> result) {}

    private static ReadRoutes read(Path file) throws FileProblemException {
        String text = TextFiles.read(file);
        return new ReadRoutes(text, RoutesFormat.INSTANCE.parse(file.toString(), text));
    }

    private void send(ServerConnection server, Path file, ReadRoutes routes) {
        ParseResult<RoutesFile> result = routes.result();
        if (result.hasErrors()) {
            report.accept(file + ": " + count(result.errors().size(), "problem") + "; no router created");
            dialogs.showError("Open Routers File", file + " cannot be loaded; no router was created:\n\n" + listed(result.problems()));
            return;
        }
        if (result.model().routers().isEmpty()) {
            report.accept(file + " declares no router");
            return;
        }
        String warnings = result.warnings().isEmpty() ? "" : " (" + count(result.warnings().size(), "warning") + ": "
                + listed(result.warnings()).replace('\n', ' ') + ")";
        report.accept("Creating " + count(result.model().routers().size(), "router") + " of " + file + " on " + server + "…");
        server.addRouters(routes.text(), created -> report.accept("Created " + describe(created) + " from " + file + " on "
                + server + warnings), refusal -> dialogs.showError("Open Routers File", server
                        + " did not create the routers of " + file + " (it creates all of them or none)\n\n" + refusal));
    }

    /** Save Routers File…: the server's routers as a routes file, written so that a crash leaves the old file or the new one. */
    public void saveFile(ServerConnection server) {
        dialogs.chooseRoutesFileToSave(proposedFile(server)).ifPresent(file -> {
            lastFile = file;
            report.accept("Reading the routers of " + server + "…");
            server.routers(routers -> background.run(() -> write(routers, file),
                    saved -> report.accept("Saved " + count(saved, "router") + " of " + server + " to " + file),
                    error -> dialogs.showError("Save Routers File", file + " was not saved: " + error.getMessage())),
                    failure -> dialogs.showError("Save Routers File", "The routers of " + server + " could not be read\n\n" + failure));
        });
    }

    private static int write(List<RouterInfo> routers, Path file) throws IOException {
        RoutesWriter.save(new RoutesFile(routers.stream().map(RouterInfo::declaration).toList()), file);
        return routers.size();
    }

    private Path proposedFile(ServerConnection server) {
        if (lastFile != null) {
            return lastFile;
        }
        ServerSnapshot snapshot = server.snapshotProperty().get();
        return folder.resolve(snapshot == null ? RoutesFormat.INSTANCE.defaultFileName()
                : snapshot.server().name() + "." + snapshot.server().role() + ".routes");
    }

    private static Set<String> routerNames(ServerConnection server) {
        ServerSnapshot snapshot = server.snapshotProperty().get();
        return snapshot == null ? Set.of() : snapshot.routers().stream().map(RouterInfo::name).collect(Collectors.toSet());
    }

    /** {@code Server Router ToParis (connecting)}, or {@code 3 routers: A, B, C}. */
    private static String describe(List<RouterInfo> routers) {
        if (routers.size() == 1) {
            RouterInfo router = routers.get(0);
            return router.kind().displayName() + " " + router.name() + " (" + router.state() + ")";
        }
        return count(routers.size(), "router") + ": " + routers.stream().map(RouterInfo::name).collect(Collectors.joining(", "));
    }

    /** {@code 1 router}, {@code 2 routers}. */
    private static String count(int n, String thing) {
        return n + " " + thing + (n == 1 ? "" : "s");
    }

    /** One problem per line, {@code FILE:LINE:COLUMN: what — fix}. */
    private static String listed(List<Problem> problems) {
        return problems.stream().map(Problem::format).collect(Collectors.joining("\n"));
    }
}
