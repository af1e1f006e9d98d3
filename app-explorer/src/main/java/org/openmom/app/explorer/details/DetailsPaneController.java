package org.openmom.app.explorer.details;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
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
    private TabPane bodyTabs;
    @FXML
    private TextArea bodyText;
    @FXML
    private TextArea bodyHex;
    @FXML
    private Tab prettyTab;
    @FXML
    private TextArea bodyPretty;

    @FXML
    private void initialize() {
        nameColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().name()));
        valueColumn.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().value()));
        valueColumn.setCellFactory(column -> new WrappedValueCell());
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
        bodyHex.textProperty().bind(model.bodyHexProperty());
        bodyPretty.textProperty().bind(model.bodyPrettyProperty());
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
            if (now && !split.getItems().contains(bodyTabs)) {
                split.getItems().add(bodyTabs);
                split.setDividerPositions(0.5);
            } else if (!now) {
                split.getItems().remove(bodyTabs);
            }
        });
    }

    /** A value cell as tall as its text needs: long values wrap instead of ending in "…". */
    private static final class WrappedValueCell extends TableCell<DetailsModel.Property, String> {
        WrappedValueCell() {
            setWrapText(true);
        }

        @Override
        protected void updateItem(String value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value);
        }
    }
}
