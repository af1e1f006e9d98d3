package org.openmom.app.explorer.overview;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Shows an {@link OverviewModel} in {@code Overview.fxml}: one row per mailbox, sortable by each column. */
public final class OverviewController {
    @FXML
    private Label title;
    @FXML
    private TableView<OverviewModel.Row> table;
    @FXML
    private TableColumn<OverviewModel.Row, String> mailboxColumn;
    @FXML
    private TableColumn<OverviewModel.Row, Integer> depthColumn;
    @FXML
    private TableColumn<OverviewModel.Row, Integer> inFlightColumn;
    @FXML
    private TableColumn<OverviewModel.Row, String> inColumn;
    @FXML
    private TableColumn<OverviewModel.Row, String> outColumn;
    @FXML
    private TableColumn<OverviewModel.Row, String> oldestColumn;
    @FXML
    private TableColumn<OverviewModel.Row, String> consumerColumn;
    @FXML
    private Label state;

    @FXML
    private void initialize() {
        value(mailboxColumn, OverviewModel.Row::mailbox);
        value(depthColumn, OverviewModel.Row::depth);
        value(inFlightColumn, OverviewModel.Row::inFlight);
        value(inColumn, OverviewModel.Row::inRate);
        value(outColumn, OverviewModel.Row::outRate);
        value(oldestColumn, OverviewModel.Row::oldest);
        value(consumerColumn, OverviewModel.Row::consumer);
    }

    private static <T> void value(TableColumn<OverviewModel.Row, T> column, Function<OverviewModel.Row, T> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    public void show(OverviewModel model) {
        title.textProperty().bind(model.titleProperty());
        state.textProperty().bind(model.stateProperty());
        table.setItems(model.rows());
    }
}
