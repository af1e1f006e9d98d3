package org.openmom.app.explorer.details;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;

/** Shows a {@link DetailsModel}: a properties table and, for a message, the body tabs. */
public final class DetailsPane extends BorderPane {
    public DetailsPane(DetailsModel model) {
        getStyleClass().add("details-pane");
        Label title = new Label();
        title.getStyleClass().add("pane-header");
        title.textProperty().bind(model.titleProperty());
        title.setId("details-title");
        setTop(title);

        TableView<DetailsModel.Property> table = new TableView<>(model.properties());
        table.setId("details-properties");
        TableColumn<DetailsModel.Property, String> name = new TableColumn<>("Property");
        name.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        name.setPrefWidth(170);
        TableColumn<DetailsModel.Property, String> value = new TableColumn<>("Value");
        value.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        value.setPrefWidth(360);
        table.getColumns().setAll(List.of(name, value));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Select a node of the tree to see its properties"));

        TextArea text = body("body-text");
        text.textProperty().bind(model.bodyTextProperty());
        TextArea hex = body("body-hex");
        hex.textProperty().bind(model.bodyHexProperty());
        TextArea pretty = body("body-pretty");
        pretty.textProperty().bind(model.bodyPrettyProperty());
        Tab prettyTab = new Tab();
        prettyTab.textProperty().bind(Bindings.when(model.prettyLanguageProperty().isEmpty()).then("JSON / XML")
                .otherwise(model.prettyLanguageProperty()));
        prettyTab.setContent(pretty);
        prettyTab.disableProperty().bind(model.prettyLanguageProperty().isEmpty());
        TabPane tabs = new TabPane(new Tab("Text", text), new Tab("Hex", hex), prettyTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("body-tabs");
        model.prettyLanguageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                tabs.getSelectionModel().select(prettyTab); // a structured body reads best indented
            } else if (tabs.getSelectionModel().getSelectedItem() == prettyTab) {
                tabs.getSelectionModel().selectFirst();
            }
        });

        SplitPane split = new SplitPane(table);
        split.setOrientation(Orientation.VERTICAL);
        model.messageProperty().addListener((o, was, now) -> {
            if (now && !split.getItems().contains(tabs)) {
                split.getItems().add(tabs);
                split.setDividerPositions(0.5);
            } else if (!now) {
                split.getItems().remove(tabs);
            }
        });
        setCenter(split);
    }

    private static TextArea body(String id) {
        TextArea area = new TextArea();
        area.setEditable(false);
        area.setWrapText(false);
        area.setId(id);
        area.getStyleClass().add("message-body");
        return area;
    }
}
