package org.openmom.benchmarks;

import java.util.List;

/** The text of docs/performance.md's generated section: how and where the figures were taken, then the table. */
final class GeneratedSection {
    private GeneratedSection() {}

    static String of(MachineInfo machine, List<Workload> workloads, int rounds, String table) {
        return "Last run: `./openmom bench" + (workloads.size() == Workload.values().length ? ""
                        : " " + Workload.ids(workloads))
                + (rounds == 3 ? "" : " --rounds " + rounds) + "` on " + machine.date() + ".\n"
                + "Machine: " + machine.cores() + " cores, " + machine.cpuModel() + ", Linux " + machine.kernel()
                + ", " + machine.jdk() + "; load average at start " + machine.loadAverage() + " (1, 5, 15 min).\n"
                + "Broker JVMs (both): `" + String.join(" ", BenchCommand.BROKER_JVM_OPTIONS) + "`; client JVMs: `"
                + String.join(" ", BenchCommand.CLIENT_JVM_OPTIONS) + "`.\n\n"
                + table;
    }
}
