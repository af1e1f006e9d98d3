package org.openmom.benchmarks;

import java.util.ArrayList;
import java.util.List;

/**
 * The results as Markdown: one table row per workload and figure (medians of both brokers, the
 * ratio, the target it is held to), then the targets met or not; the same for NATS core when it
 * ran ({@code --nats}); then any failed runs. The same text goes to standard output and into
 * docs/performance.md.
 */
final class ReportTable {
    private ReportTable() {}

    static String render(Results results, int rounds) {
        StringBuilder out = new StringBuilder();
        table(out, results, Contender.ARTEMIS, results.workloads());
        out.append("\nMedians of ").append(rounds).append(rounds == 1 ? " round" : " rounds")
                .append(" (OpenMOM and Artemis interleaved, a fresh broker process per run).\n\n");
        verdicts(out, results, Contender.ARTEMIS);
        List<Workload> withNats = new ArrayList<>();
        for (Workload workload : results.workloads()) {
            if (results.runs(workload, Contender.NATS) > 0) {
                withNats.add(workload);
            }
        }
        if (!withNats.isEmpty()) {
            out.append("\nAgainst **NATS core** (`--nats`; no JetStream: it stores nothing and its subscribers acknowledge"
                    + " nothing, where ours acknowledge every message), the same runs' medians:\n\n");
            table(out, results, Contender.NATS, withNats);
            out.append('\n');
            verdicts(out, results, Contender.NATS);
        }
        if (!results.failures().isEmpty()) {
            out.append("\nFailed runs:\n\n");
            results.failures().forEach(f -> out.append("* ").append(f).append('\n'));
        }
        return out.toString();
    }

    private static void table(StringBuilder out, Results results, Contender peer, Iterable<Workload> workloads) {
        String name = peer.displayName();
        out.append("| workload | figure | OpenMOM | ").append(name).append(" | OpenMOM ÷ ").append(name).append(" | target |\n");
        out.append("|---|---|---:|---:|---:|---|\n");
        for (Workload workload : workloads) {
            boolean first = true;
            for (Metric metric : workload.metrics()) {
                out.append("| ").append(first ? label(workload) : "")
                        .append(" | ").append(metric.label()).append(" (").append(metric.unit()).append(")")
                        .append(" | ").append(cell(results, workload, Contender.OPENMOM, metric))
                        .append(" | ").append(cell(results, workload, peer, metric))
                        .append(" | ").append(Ratio.format(results.ratio(workload, metric, peer)))
                        .append(" | ").append(targetCell(results, workload, metric, peer)).append(" |\n");
                first = false;
            }
        }
    }

    private static void verdicts(StringBuilder out, Results results, Contender peer) {
        for (Target target : Target.values()) {
            Target.Verdict verdict = target.peer() == peer ? target.judge(results) : null;
            if (verdict != null) {
                out.append("* ").append(target.label()).append(": **").append(verdict.word()).append("** (")
                        .append(verdict.ratios()).append(")\n");
            }
        }
    }

    private static String cell(Results results, Workload workload, Contender contender, Metric metric) {
        double median = results.median(workload, contender, metric);
        return Double.isNaN(median) ? (results.runs(workload, contender) == 0 ? "failed" : "—") : metric.format(median);
    }

    /** A workload's first cell: {@code W1 1 → 1, 100 B …}; the text {@link StoredRates} finds its rows by. */
    static String label(Workload workload) {
        return workload.id() + " " + workload.description();
    }

    private static String targetCell(Results results, Workload workload, Metric metric, Contender peer) {
        List<String> cells = new ArrayList<>();
        for (Target target : Target.values()) {
            if (target.peer() == peer && target.concerns(workload, metric)) {
                cells.add(target.cell(workload, target.ratio(results, workload)));
            }
        }
        return String.join(", ", cells);
    }
}
