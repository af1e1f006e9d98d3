package org.openmom.app.explorer.overview;

import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.openmom.app.common.table.Columns;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

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
        Columns.show(serverColumn, DashboardModel.Row::server);
        Columns.show(stateColumn, DashboardModel.Row::state);
        Columns.show(depthColumn, DashboardModel.Row::depth);
        line(depthLineColumn, DashboardModel.Row::depthHistory);
        Columns.show(postedColumn, DashboardModel.Row::postedRate);
        line(postedLineColumn, DashboardModel.Row::postedHistory);
        Columns.show(acknowledgedColumn, DashboardModel.Row::acknowledgedRate);
        line(acknowledgedLineColumn, DashboardModel.Row::acknowledgedHistory);
        Columns.show(memoryColumn, DashboardModel.Row::memory);
    }


    private static void line(TableColumn<DashboardModel.Row, List<Double>> column, Function<DashboardModel.Row, List<Double>> values) {
        Columns.show(column, values);
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

    /** A small line of recent values, scaled to its box: how a number moved, at a glance. */
    private static final class Sparkline extends Region {
        private final Polyline line = new Polyline();
        private List<Double> values = List.of();

        Sparkline() {
            getStyleClass().add("sparkline");
            line.getStyleClass().add("sparkline-line");
            getChildren().add(line);
            setPrefSize(120, 22);
            setMinHeight(22);
        }

        void setValues(List<Double> newValues) {
            values = newValues;
            requestLayout();
        }

        @Override
        protected void layoutChildren() {
            line.getPoints().clear();
            if (values.size() < 2) {
                return;
            }
            double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
            double span = max - min == 0 ? 1 : max - min;
            double width = getWidth() - 2;
            double height = getHeight() - 4;
            for (int i = 0; i < values.size(); i++) {
                double x = 1 + width * i / (DashboardModel.HISTORY - 1);
                double y = 2 + height - height * (values.get(i) - min) / span;
                line.getPoints().addAll(x, y);
            }
        }
    }
}
