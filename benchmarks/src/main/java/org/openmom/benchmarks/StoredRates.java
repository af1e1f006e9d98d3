package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/**
 * Our rates as the last written run left them in the generated table of docs/performance.md:
 * what a routed workload (W6) is held to when its direct one (W1, W2) does not run this time.
 */
final class StoredRates {
    private static final String RATE_CELL = Metric.RATE.label() + " (" + Metric.RATE.unit() + ")";

    private StoredRates() {}

    /** The rates in {@code doc}'s generated section; none when the file or the section is missing. */
    static Map<Workload, Double> read(Path doc) throws IOException {
        return Files.exists(doc) ? parse(Files.readString(doc, StandardCharsets.UTF_8)) : Map.of();
    }

    /** OpenMOM's rate of every workload whose row is in the generated table ({@link ReportTable}'s layout). */
    static Map<Workload, Double> parse(String document) {
        Map<Workload, Double> rates = new EnumMap<>(Workload.class);
        int begin = document.indexOf(PerformanceDocSection.BEGIN);
        int end = document.indexOf(PerformanceDocSection.END);
        if (begin < 0 || end < begin) {
            return rates;
        }
        Workload current = null;
        for (String line : document.substring(begin, end).split("\n")) {
            String[] cells = line.split("\\|", -1);
            if (cells.length < 4) {
                continue;
            }
            String first = cells[1].trim();
            if (!first.isEmpty()) {
                current = workloadLabelled(first);
            }
            String value = cells[3].trim().replace(",", "");
            if (current != null && cells[2].trim().equals(RATE_CELL) && value.matches("[0-9]+(\\.[0-9]+)?")) {
                rates.put(current, Double.parseDouble(value));
            }
        }
        return rates;
    }

    private static Workload workloadLabelled(String label) {
        for (Workload workload : Workload.values()) {
            if (ReportTable.label(workload).equals(label)) {
                return workload;
            }
        }
        return null;
    }
}
