package org.openmom.benchmarks;

import java.util.List;

/** The text of docs/performance.md's generated section: how and where the figures were taken, the table, then the plots. */
final class GeneratedSection {
    private GeneratedSection() {}

    /** @param plots the curves plotted beside the table (in the document's {@code images/} folder) */
    static String of(MachineInfo machine, PhysicalFloor floor, Results results, List<Workload> workloads, int rounds, String table,
                     List<CurvePlots.Plot> plots) {
        String distance = floor.distance(results);
        StringBuilder images = new StringBuilder();
        for (CurvePlots.Plot plot : plots) {
            images.append("\n![").append(plot.title()).append("](images/").append(plot.file()).append(")\n");
        }
        return "Last run: `./openmom bench" + (workloads.size() == Workload.values().length ? ""
                        : " " + Workload.ids(workloads))
                + (rounds == 3 ? "" : " --rounds " + rounds) + "` on " + machine.date() + ".\n"
                + "Machine: " + machine.cores() + " cores, " + machine.cpuModel() + ", Linux " + machine.kernel()
                + ", " + machine.jdk() + "; load average at start " + machine.loadAverage() + " (1, 5, 15 min).\n"
                + "Broker JVMs (both): `" + String.join(" ", BenchCommand.BROKER_JVM_OPTIONS) + "`; client JVMs: `"
                + String.join(" ", BenchCommand.CLIENT_JVM_OPTIONS) + "`.\n"
                + "Physical floor here (measured at the start): " + floor.describe() + "."
                + (distance.isEmpty() ? "" : " Ours: " + distance + ".") + "\n\n"
                + table + images;
    }
}
