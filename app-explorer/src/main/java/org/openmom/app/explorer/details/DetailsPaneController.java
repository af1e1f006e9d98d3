package org.openmom.app.explorer.details;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableStringValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * Shows a {@link DetailsModel} in {@code DetailsPane.fxml}: the properties table and, while a
 * message is shown, its body tabs below it. Values are shown whole, wrapped (a router's last
 * error, a message's route), and Copy puts the selected values on the clipboard.
 */
public final class DetailsPaneController {
    @FXML
    private Label title;
    @FXML
    private SplitPane split;
    @FXML
    private TableView<DetailsModel.Property> properties;
    @FXML
    private TableColumn<DetailsModel.Property, String> nameColumn;
    @FXML
    private TableColumn<DetailsModel.Property, String> valueColumn;
    @FXML
    private VBox body;
    @FXML
    private HBox bodyCutBar;
    @FXML
    private Label bodyCut;
    @FXML
    private Button loadAll;
    @FXML
    private TabPane bodyTabs;
    @FXML
    private TextArea bodyText;
    @FXML
    private TextArea bodyHex;
    @FXML
    private Tab hexTab;
    @FXML
    private Tab prettyTab;
    @FXML
    private TextArea bodyPretty;

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        valueColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        valueColumn.setCellFactory(WrappedValueCell::new);
        properties.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    /** Copy: the values of the selected properties, one per line. */
    @FXML
    private void copyValues() {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("\n", properties.getSelectionModel().getSelectedItems().stream()
                .map(DetailsModel.Property::value).toList()));
        Clipboard.getSystemClipboard().setContent(content);
    }

    public void show(DetailsModel model) {
        title.textProperty().bind(model.titleProperty());
        properties.setItems(model.properties());
        bodyText.textProperty().bind(model.bodyTextProperty());
        // a tab's text is laid out even while the tab is hidden: each gets its text when it is shown
        showWhenSelected(hexTab, bodyHex, model.bodyHexProperty());
        showWhenSelected(prettyTab, bodyPretty, model.bodyPrettyProperty());
        prettyTab.textProperty().bind(Bindings.when(model.prettyLanguageProperty().isEmpty()).then("JSON / XML")
                .otherwise(model.prettyLanguageProperty()));
        prettyTab.disableProperty().bind(model.prettyLanguageProperty().isEmpty());
        model.prettyLanguageProperty().addListener((o, was, now) -> {
            if (!now.isEmpty()) {
                bodyTabs.getSelectionModel().select(prettyTab); // a structured body reads best indented
            } else if (bodyTabs.getSelectionModel().getSelectedItem() == prettyTab) {
                bodyTabs.getSelectionModel().selectFirst();
            }
        });
        model.messageProperty().addListener((o, was, now) -> {
            if (now && !split.getItems().contains(body)) {
                split.getItems().add(body);
                split.setDividerPositions(0.5);
            } else if (!now) {
                split.getItems().remove(body);
            }
        });
        bodyCut.textProperty().bind(model.bodyCutProperty());
        bodyCutBar.visibleProperty().bind(model.bodyCutProperty().isNotEmpty());
        bodyCutBar.managedProperty().bind(bodyCutBar.visibleProperty());
    }

    private static void showWhenSelected(Tab tab, TextArea area, ObservableStringValue text) {
        Runnable update = () -> area.setText(tab.isSelected() ? text.get() : "");
        tab.selectedProperty().addListener((o, was, now) -> update.run());
        text.addListener((o, was, now) -> update.run());
    }

    /** The Load all button, for the window to attach its action. */
    public Button loadAllButton() {
        return loadAll;
    }

    /**
     * A value cell as tall as its text needs: long values wrap, and each line of a value shows,
     * instead of ending in "…" (a cell's own text keeps one row's height).
     */
    private static final class WrappedValueCell extends TableCell<DetailsModel.Property, String> {
        /** Leaves the cell's padding free of text. */
        private static final double PADDING = 12;
        private final Text text = new Text();

        WrappedValueCell(TableColumn<DetailsModel.Property, String> column) {
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(PADDING));
            text.fillProperty().bind(textFillProperty()); // the theme's colour, also on a selected row
            text.fontProperty().bind(fontProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefHeight(Region.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            text.setText(empty || value == null ? "" : value);
            setGraphic(empty ? null : text);
        }
    }
}
