package org.openmom.app.serverslisteditor;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.openmom.app.common.shell.Icons;
import org.openmom.icons.OpenMomIcon;
import org.openmom.serverslist.ServerDeclaration;
import org.openmom.serverslist.ServersListEntry;

/**
 * "Who connects where": type a service and a user, see which entry they use (highlighted in
 * the list) and the declarations they would try, in order.
 */
final class WhoConnectsPane extends VBox {
    private final ServersListEditorModel model;
    private final TextField service = new TextField();
    private final TextField user = new TextField();
    private final Label verdict = new Label();
    private final ObservableList<String> tried = FXCollections.observableArrayList();

    WhoConnectsPane(ServersListEditorModel model) {
        this.model = model;
        setId("who-connects");
        setSpacing(6);
        setPadding(new Insets(0, 6, 6, 6));
        Label header = new Label("Who connects where", Icons.small(OpenMomIcon.WHO_CONNECTS));
        header.getStyleClass().add("pane-header");
        service.setId("who-service");
        service.setPromptText("e.g. CHAT");
        user.setId("who-user");
        user.setPromptText("e.g. jean");
        service.textProperty().bindBidirectional(model.whoServiceProperty());
        user.textProperty().bindBidirectional(model.whoUserProperty());
        GridPane fields = new GridPane();
        fields.setHgap(6);
        fields.setVgap(4);
        fields.addRow(0, new Label("Service:"), service);
        fields.addRow(1, new Label("User:"), user);
        GridPane.setHgrow(service, Priority.ALWAYS);
        verdict.setId("who-verdict");
        verdict.setWrapText(true);
        ListView<String> list = new ListView<>(tried);
        list.setId("who-tried");
        list.setPlaceholder(new Label(""));
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().setAll(header, fields, verdict, list);
        model.matchedEntryProperty().addListener((o, a, b) -> update());
        model.whoServiceProperty().addListener((o, a, b) -> update());
        model.whoUserProperty().addListener((o, a, b) -> update());
        update();
    }

    /** Puts the cursor in the service field (the pane's keyboard shortcut). */
    void focusService() {
        service.requestFocus();
        service.selectAll();
    }

    private void update() {
        String who = model.whoServiceProperty().get().strip();
        String as = model.whoUserProperty().get().strip();
        int index = model.matchedEntryProperty().get();
        if (who.isEmpty() || as.isEmpty()) {
            verdict.setText("Type a service and a user to see which servers they try.");
            tried.clear();
        } else if (index < 0) {
            verdict.setText("No entry matches " + who + " " + as + ": this service finds no server. Add an entry for it, or '! * *'.");
            tried.clear();
        } else {
            ServersListEntry entry = model.list().entries().get(index);
            verdict.setText(who + " " + as + " uses entry " + (index + 1) + " '" + entry.headerLine()
                    + "' and tries, in order:");
            tried.setAll(entry.declarations().stream().map(ServerDeclaration::toLine).toList());
        }
    }
}
