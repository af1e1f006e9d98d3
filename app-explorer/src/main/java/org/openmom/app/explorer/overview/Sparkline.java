package org.openmom.app.explorer.overview;

import java.util.List;
import javafx.scene.layout.Region;
import javafx.scene.shape.Polyline;

/** A small line of recent values, scaled to its box: how a number moved, at a glance. */
final class Sparkline extends Region {
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
