package org.openmom.app.explorer.search;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.openmom.app.explorer.tree.ExplorerNode;

/** Shows a {@link SearchModel} in {@code Search.fxml}; Enter in the text searches, the selected hits go to {@code selected}. */
public final class SearchController {
    @FXML
    private TextField text;
    @FXML
    private CheckBox regex;
    @FXML
    private Button searchButton;
    @FXML
    private Button cancelButton;
    @FXML
    private ProgressIndicator running;
    @FXML
    private Label progress;
    @FXML
    private TableView<SearchModel.Result> table;
    @FXML
    private TableColumn<SearchModel.Result, String> serverColumn;
    @FXML
    private TableColumn<SearchModel.Result, String> whereColumn;
    @FXML
    private TableColumn<SearchModel.Result, Long> idColumn;
    @FXML
    private TableColumn<SearchModel.Result, String> fromColumn;
    @FXML
    private TableColumn<SearchModel.Result, String> toColumn;
    @FXML
    private TableColumn<SearchModel.Result, String> eventColumn;
    @FXML
    private TableColumn<SearchModel.Result, Integer> sizeColumn;

    @FXML
    private void initialize() {
        value(serverColumn, SearchModel.Result::serverName);
        value(whereColumn, r -> r.hit().where());
        value(idColumn, r -> r.hit().message().id());
        value(fromColumn, r -> String.valueOf(r.hit().message().from()));
        value(toColumn, r -> String.valueOf(r.hit().message().to()));
        value(eventColumn, r -> r.hit().message().event());
        value(sizeColumn, r -> r.hit().message().size());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    }

    private static <T> void value(TableColumn<SearchModel.Result, T> column, Function<SearchModel.Result, T> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    public void show(SearchModel model, Consumer<List<ExplorerNode>> selected) {
        text.textProperty().bindBidirectional(model.textProperty());
        regex.selectedProperty().bindBidirectional(model.regexProperty());
        text.setOnAction(event -> model.search());
        progress.textProperty().bind(model.progressProperty());
        running.visibleProperty().bind(model.runningProperty());
        table.setItems(model.results());
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<SearchModel.Result>) change ->
                selected.accept(model.nodes(List.copyOf(table.getSelectionModel().getSelectedItems()))));
    }

    /** Puts the cursor in the text to look for. */
    public void focus() {
        text.requestFocus();
        text.selectAll();
    }

    public Button searchButton() {
        return searchButton;
    }

    public Button cancelButton() {
        return cancelButton;
    }
}
