package org.openmom.app.explorer.overview;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Shows a {@link DashboardModel} in {@code Dashboard.fxml}: a row per server, its numbers and their sparklines. */
public final class DashboardController {
    @FXML
    private TableView<DashboardModel.Row> table;
    @FXML
    private TableColumn<DashboardModel.Row, String> serverColumn;
    @FXML
    private TableColumn<DashboardModel.Row, String> stateColumn;
    @FXML
    private TableColumn<DashboardModel.Row, Long> depthColumn;
    @FXML
    private TableColumn<DashboardModel.Row, List<Double>> depthLineColumn;
    @FXML
    private TableColumn<DashboardModel.Row, String> postedColumn;
    @FXML
    private TableColumn<DashboardModel.Row, List<Double>> postedLineColumn;
    @FXML
    private TableColumn<DashboardModel.Row, String> acknowledgedColumn;
    @FXML
    private TableColumn<DashboardModel.Row, List<Double>> acknowledgedLineColumn;
    @FXML
    private TableColumn<DashboardModel.Row, String> memoryColumn;

    @FXML
    private void initialize() {
        value(serverColumn, DashboardModel.Row::server);
        value(stateColumn, DashboardModel.Row::state);
        value(depthColumn, DashboardModel.Row::depth);
        line(depthLineColumn, DashboardModel.Row::depthHistory);
        value(postedColumn, DashboardModel.Row::postedRate);
        line(postedLineColumn, DashboardModel.Row::postedHistory);
        value(acknowledgedColumn, DashboardModel.Row::acknowledgedRate);
        line(acknowledgedLineColumn, DashboardModel.Row::acknowledgedHistory);
        value(memoryColumn, DashboardModel.Row::memory);
    }

    private static <T> void value(TableColumn<DashboardModel.Row, T> column, Function<DashboardModel.Row, T> value) {
        column.setCellValueFactory(row -> new ReadOnlyObjectWrapper<>(value.apply(row.getValue())));
    }

    private static void line(TableColumn<DashboardModel.Row, List<Double>> column, Function<DashboardModel.Row, List<Double>> values) {
        value(column, values);
        column.setCellFactory(c -> new SparklineCell());
    }

    public void show(DashboardModel model) {
        table.setItems(model.rows());
    }

    /** A cell that draws its values as a sparkline. */
    private static final class SparklineCell extends TableCell<DashboardModel.Row, List<Double>> {
        private final Sparkline sparkline = new Sparkline();

        SparklineCell() {
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(List<Double> values, boolean empty) {
            super.updateItem(values, empty);
            if (empty || values == null) {
                setGraphic(null);
            } else {
                sparkline.setValues(values);
                setGraphic(sparkline);
            }
        }
    }
}
