package org.openmom.torture;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The results of a run as a Markdown table (pasted as is into docs/reliability.md), then every failure. */
final class ReportTable {
    private static final String[] COLUMNS = {"scenario", "result", "sent", "confirmed", "received", "lost", "duplicated",
        "time", "figures"};

    private ReportTable() {
    }

    static void print(List<ScenarioReport> reports, PrintStream out) {
        List<String[]> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (ScenarioReport report : reports) {
            Ledger.Counts counts = report.ledger().counts();
            rows.add(new String[] {
                report.id() + " " + report.title(),
                report.passed() ? "pass" : "FAIL",
                Long.toString(counts.sent()),
                Long.toString(counts.confirmed()),
                Long.toString(counts.received()),
                Long.toString(counts.lost()),
                Long.toString(counts.duplicated()),
                String.format("%.1f s", report.duration().toMillis() / 1000.0),
                figures(report.figures()),
            });
        }
        int[] widths = new int[COLUMNS.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            out.println(line(rows.get(r), widths));
            if (r == 0) {
                String[] rule = new String[COLUMNS.length];
                for (int i = 0; i < rule.length; i++) {
                    rule[i] = "-".repeat(widths[i]);
                }
                out.println(line(rule, widths));
            }
        }
        for (ScenarioReport report : reports) {
            for (String failure : report.failures()) {
                out.println(report.id() + " FAILED: " + failure);
            }
        }
        out.flush();
    }

    private static String figures(Map<String, String> figures) {
        StringBuilder text = new StringBuilder();
        figures.forEach((name, value) -> text.append(text.length() == 0 ? "" : ", ").append(name).append(' ').append(value));
        return text.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder text = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            boolean number = i >= 2 && i <= 6;
            String cell = cells[i];
            String padding = " ".repeat(widths[i] - cell.length());
            text.append(' ').append(number ? padding + cell : cell + padding).append(" |");
        }
        return text.toString();
    }
}
