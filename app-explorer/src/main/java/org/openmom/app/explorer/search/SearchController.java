package org.openmom.app.explorer.search;

import java.util.List;
import java.util.function.Consumer;
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
import org.openmom.app.common.table.Columns;
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
        Columns.show(serverColumn, SearchModel.Result::serverName);
        Columns.show(whereColumn, r -> r.hit().where());
        Columns.show(idColumn, r -> r.hit().message().id());
        Columns.show(fromColumn, r -> String.valueOf(r.hit().message().from()));
        Columns.show(toColumn, r -> String.valueOf(r.hit().message().to()));
        Columns.show(eventColumn, r -> r.hit().message().event());
        Columns.show(sizeColumn, r -> r.hit().message().size());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
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
