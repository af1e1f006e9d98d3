package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The results as Markdown: one table row per workload and figure (medians of both brokers, the
 * ratio, the target it is held to), then the targets met or not, then any failed runs. The same
 * text goes to standard output and into docs/performance.md.
 */
final class ReportTable {
    private ReportTable() {}

    static String render(Results results, int rounds) {
        StringBuilder out = new StringBuilder();
        out.append("| workload | figure | OpenMOM | Artemis | OpenMOM ÷ Artemis | target |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Workload workload : results.workloads()) {
            boolean first = true;
            for (Metric metric : workload.metrics()) {
                String ours = cell(results, workload, Contender.OPENMOM, metric);
                String peer = cell(results, workload, Contender.ARTEMIS, metric);
                double ratio = results.ratio(workload, metric);
                out.append("| ").append(first ? label(workload) : "")
                        .append(" | ").append(metric.label()).append(" (").append(metric.unit()).append(")")
                        .append(" | ").append(ours).append(" | ").append(peer)
                        .append(" | ").append(Ratio.format(ratio))
                        .append(" | ").append(targetCell(results, workload, metric)).append(" |\n");
                first = false;
            }
        }
        out.append("\nMedians of ").append(rounds).append(rounds == 1 ? " round" : " rounds")
                .append(" (OpenMOM and Artemis interleaved, a fresh broker process per run).\n\n");
        for (Target target : Target.values()) {
            Target.Verdict verdict = target.judge(results);
            if (verdict != null) {
                out.append("* ").append(target.label()).append(": **").append(verdict.word()).append("** (")
                        .append(verdict.ratios()).append(")\n");
            }
        }
        if (!results.failures().isEmpty()) {
            out.append("\nFailed runs:\n\n");
            results.failures().forEach(f -> out.append("* ").append(f).append('\n'));
        }
        return out.toString();
    }

    private static String cell(Results results, Workload workload, Contender contender, Metric metric) {
        double median = results.median(workload, contender, metric);
        return Double.isNaN(median) ? (results.runs(workload, contender) == 0 ? "failed" : "—") : metric.format(median);
    }

    /** A workload's first cell: {@code W1 1 → 1, 100 B …}; the text {@link StoredRates} finds its rows by. */
    static String label(Workload workload) {
        return workload.id() + " " + workload.description();
    }

    private static String targetCell(Results results, Workload workload, Metric metric) {
        List<String> cells = new ArrayList<>();
        for (Target target : Target.values()) {
            if (target.concerns(workload, metric)) {
                cells.add(target.cell(workload, target.ratio(results, workload)));
            }
        }
        return String.join(", ", cells);
    }
}
