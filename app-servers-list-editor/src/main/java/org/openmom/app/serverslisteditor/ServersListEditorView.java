package org.openmom.app.serverslisteditor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.action.Action;
import org.openmom.app.common.action.Actions;
import org.openmom.app.common.document.DocumentActions;
import org.openmom.app.common.dialog.Dialogs;
import org.openmom.app.common.document.DocumentController;
import org.openmom.app.common.listedit.ListEditActions;
import org.openmom.app.common.problem.ProblemsPane;
import org.openmom.app.common.shell.AboutBox;
import org.openmom.app.common.task.BackgroundWork;
import org.openmom.fileformat.ElementRef;
import org.openmom.icons.OpenMomIcon;
import org.openmom.serverslist.ServersList;

/**
 * The editor's window content: menus and toolbar made from the same actions, the list, the
 * problems below it, "who connects where" beside it, and a status bar.
 */
final class ServersListEditorView extends BorderPane {
    static final String PROGRAM_NAME = "Servers List Editor";

    private final ServersListEditorModel model;
    private final DocumentController<ServersList> document;
    private final ServersListTree tree;
    private final WhoConnectsPane whoConnects;
    private final Menu recentMenu = new Menu("Open Recent");
    private final Runnable exit;

    ServersListEditorView(ServersListEditorModel model, BackgroundWork background, DeclarationProbe probe, Runnable exit) {
        this.model = model;
        this.document = model.document();
        this.exit = exit;
        this.tree = new ServersListTree(model);
        this.whoConnects = new WhoConnectsPane(model);
        setId("servers-list-editor");

        DocumentActions file = DocumentActions.of(document, "Servers List");
        Action newEntry = Actions.create("New Entry…", OpenMomIcon.ITEM_ADD,
                "New entry: a new '! Service User' entry, or a new server declaration when a declaration is selected",
                "Insert", model::newItem);
        Action newDeclaration = Actions.enabledWhen(Actions.create("New Server Declaration…", OpenMomIcon.DECLARATION,
                "New server declaration in the selected entry", "Shortcut+Insert", model::newDeclaration),
                model.canAddDeclarationProperty());
        ListEditActions list = ListEditActions.of(model, "entry");
        Action test = Actions.enabledWhen(Actions.create("Test Selected Declaration", OpenMomIcon.PROBE,
                "Test: which servers answer at the selected server declaration", "Shortcut+T",
                () -> testSelected(background, probe)), model.declarationSelectedProperty());
        Action who = Actions.create("Who Connects Where", OpenMomIcon.WHO_CONNECTS,
                "Type a service and a user to see which entry they use", "Shortcut+F", whoConnects::focusService);
        Action about = Actions.create("About " + PROGRAM_NAME, OpenMomIcon.ABOUT, "About this program", "F1",
                () -> AboutBox.show(getScene().getWindow(), OpenMomIcon.APP_SERVERS_LIST_EDITOR, PROGRAM_NAME,
                        "Edits the Servers List, which tells services which OpenMOM servers to try."));
        Action quit = Actions.create("Exit", OpenMomIcon.STOP, "Close the editor", "Shortcut+Q", exit);

        List<Action> editing = new ArrayList<>(List.of(newEntry, newDeclaration));
        editing.addAll(list.all());

        setTop(new VBox(menuBar(file, editing, List.of(test, who), about, quit),
                Actions.toolBar(toolbarActions(file, editing, List.of(test, who)))));
        tree.view().setContextMenu(Actions.contextMenu(editing));

        ProblemsPane problems = new ProblemsPane(document.checkProperty(), problem -> {
            if (problem.element().index() >= 0) {
                model.selectedProperty().set(problem.element());
            }
        });
        SplitPane listAndProblems = new SplitPane(tree.view(), problems);
        listAndProblems.setOrientation(Orientation.VERTICAL);
        listAndProblems.setDividerPositions(0.72);
        SplitPane center = new SplitPane(listAndProblems, whoConnects);
        center.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(whoConnects, false);
        setCenter(center);
        setBottom(statusBar(background));
    }

    ServersListTree tree() {
        return tree;
    }

    private MenuBar menuBar(DocumentActions file, List<Action> editing, List<Action> tools, Action about, Action quit) {
        Menu fileMenu = Actions.menu("File", Arrays.asList(file.newDocument(), file.open(), file.save(), file.saveAs(), null, quit));
        fileMenu.getItems().add(2, recentMenu);
        List<Action> editMenu = new ArrayList<>(file.historyActions());
        editMenu.add(null);
        editMenu.addAll(editing);
        document.recentFiles().files().addListener((ListChangeListener<Path>) change -> fillRecentMenu());
        fillRecentMenu();
        return new MenuBar(fileMenu, Actions.menu("Edit", editMenu), Actions.menu("Tools", tools),
                Actions.menu("Help", List.of(about)));
    }

    private static List<Action> toolbarActions(DocumentActions file, List<Action> editing, List<Action> tools) {
        List<Action> actions = new ArrayList<>(List.of(file.newDocument(), file.open(), file.save()));
        actions.add(null);
        actions.addAll(file.historyActions());
        actions.add(null);
        actions.addAll(editing);
        actions.add(null);
        actions.addAll(tools);
        return actions;
    }

    /** Probes the selected declaration in the background; the person sees who answers. */
    private void testSelected(BackgroundWork background, DeclarationProbe probe) {
        model.selectedDeclaration().ifPresent(declaration -> {
            document.reportStatus("Testing " + declaration.networkAddress() + " " + declaration.protocol() + " …");
            background.follow(() -> probe.probe(declaration), report -> {
                document.reportStatus("Tested " + declaration.networkAddress() + " " + declaration.protocol() + ": " + report.summary());
                ProbeResultDialog.show(getScene().getWindow(), report);
            }, error -> {
                document.reportStatus("The test could not run");
                Dialogs.showError(getScene().getWindow(), "Test failed", error.getMessage() == null ? error.toString() : error.getMessage());
            });
        });
    }

    private void fillRecentMenu() {
        recentMenu.getItems().setAll(document.recentFiles().files().stream().map(path -> {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(event -> document.openFile(path));
            return item;
        }).toList());
        recentMenu.setDisable(recentMenu.getItems().isEmpty());
    }

    private HBox statusBar(BackgroundWork background) {
        Label status = new Label();
        status.setId("status");
        status.textProperty().bind(document.statusProperty());
        Label counts = new Label();
        counts.setId("counts");
        document.history().currentProperty().addListener((o, a, now) -> counts.setText(countText(now)));
        counts.setText(countText(document.history().current()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(14, 14);
        busy.visibleProperty().bind(background.busyProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, busy, status, gap, counts);
        bar.getStyleClass().add("status-bar");
        return bar;
    }

    private static String countText(ServersList list) {
        return list.entries().size() + (list.entries().size() == 1 ? " entry, " : " entries, ")
                + list.declarationCount() + (list.declarationCount() == 1 ? " declaration" : " declarations");
    }

    /** Selects {@code ref} in the list (used by the problems pane and the tests). */
    void select(ElementRef ref) {
        model.selectedProperty().set(ref);
    }
}
