package org.openmom.app.explorer.overview;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.openmom.app.common.table.Columns;

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
    private Label placeholder;

    @FXML
    private void initialize() {
        Columns.show(mailboxColumn, OverviewModel.Row::mailbox);
        Columns.show(depthColumn, OverviewModel.Row::depth);
        Columns.show(inFlightColumn, OverviewModel.Row::inFlight);
        Columns.show(inColumn, OverviewModel.Row::inRate);
        Columns.show(outColumn, OverviewModel.Row::outRate);
        Columns.show(oldestColumn, OverviewModel.Row::oldest);
        Columns.show(consumerColumn, OverviewModel.Row::consumer);
    }


    public void show(OverviewModel model) {
        title.textProperty().bind(model.titleProperty());
        state.textProperty().bind(model.stateProperty());
        placeholder.textProperty().bind(model.stateProperty());
        // with no row the table's placeholder says it: the footer would only repeat it
        state.visibleProperty().bind(Bindings.isNotEmpty(model.rows()));
        state.managedProperty().bind(state.visibleProperty());
        table.setItems(model.rows());
    }
}
