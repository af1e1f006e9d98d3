package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The curves of a run as PNG plots (XChart), written into the log folder of every run and, with
 * the document's table, into its {@code images/} folder: W9's rate and broker CPU per message by instances, W10's registration
 * time by waiting seeds, OpenMOM and Artemis on each (W9's instances on a logarithmic axis, every
 * other axis linear from 0, where a linear cost is a straight line). A curve is plotted
 * when at least two of its points were measured.
 */
final class CurvePlots {
    /** One plot: a metric of the points of one curve (the workloads of {@code id}); {@code logX} for x spanning decades. */
    record Plot(String id, String file, String title, String xTitle, Metric metric, boolean logX) {
        String yTitle() {
            return metric.label() + " (" + metric.unit() + ")";
        }
    }

    static final List<Plot> PLOTS = List.of(
            new Plot("W9", "perf-w9-rate.png", "W9 anycast: rate by instances", "instances", Metric.RATE, true),
            new Plot("W9", "perf-w9-cpu.png", "W9 anycast: broker CPU per 10⁶ messages by instances", "instances", Metric.BROKER_CPU,
                    true),
            new Plot("W1-size", "perf-size-rss.png", "W1-size: broker peak RSS by payload", "payload (bytes)", Metric.BROKER_PEAK_RSS,
                    true),
            new Plot("W1-size", "perf-size-rate.png", "W1-size: payload rate by payload", "payload (bytes)", Metric.BYTE_RATE, true),
            new Plot("W10", "perf-w10-time.png", "W10: registration time by waiting seeds (linear is a straight line)",
                    "waiting seeds", Metric.TIME, false));

    private CurvePlots() {}

    /**
     * Writes every plot with data into {@code imagesDir}; returns those written, in {@link #PLOTS}
     * order. A --quick run's plots say so in their title, and place W10's points at its tenth.
     */
    static List<Plot> write(Results results, Path imagesDir, boolean quick) throws IOException {
        System.setProperty("java.awt.headless", "true");
        List<Plot> written = new ArrayList<>();
        for (Plot plot : PLOTS) {
            XYChart chart = chart(results, plot, quick);
            if (chart != null) {
                Files.createDirectories(imagesDir);
                BitmapEncoder.saveBitmap(chart, imagesDir.resolve(plot.file()).toString(), BitmapEncoder.BitmapFormat.PNG);
                written.add(plot);
            }
        }
        return written;
    }

    /** The chart of {@code plot}, or null when fewer than two of its points have a median. */
    static XYChart chart(Results results, Plot plot, boolean quick) {
        XYChart chart = new XYChartBuilder().width(640).height(400).title(plot.title() + (quick ? " (--quick)" : ""))
                .xAxisTitle(plot.xTitle()).yAxisTitle(plot.yTitle()).build();
        chart.getStyler().setXAxisLogarithmic(plot.logX()).setYAxisMin(0.0).setXAxisDecimalPattern("#,###")
                .setYAxisDecimalPattern("#,###.##").setChartBackgroundColor(java.awt.Color.WHITE)
                // below the plot: inside it, the legend hid a falling curve's first point (W9 at 1 instance)
                .setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS)
                .setLegendLayout(org.knowm.xchart.style.Styler.LegendLayout.Horizontal);
        if (!plot.logX()) {
            chart.getStyler().setXAxisMin(0.0);
        }
        boolean any = false;
        for (Contender contender : Contender.values()) {
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (Workload workload : results.workloads()) {
                double median = results.median(workload, contender, plot.metric());
                if (workload.id().equals(plot.id()) && median > 0) {
                    xs.add((double) workload.curvePoint(quick));
                    ys.add(median);
                }
            }
            if (xs.size() >= 2) {
                XYSeries series = chart.addSeries(contender.displayName(), xs, ys);
                series.setMarker(SeriesMarkers.CIRCLE);
                any = true;
            }
        }
        return any ? chart : null;
    }
}
