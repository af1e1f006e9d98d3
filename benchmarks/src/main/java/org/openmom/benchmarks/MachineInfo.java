package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** Where and when the figures were taken: cores, CPU model, kernel, JDK, load, date. */
record MachineInfo(int cores, String cpuModel, String kernel, String jdk, String loadAverage, String date) {

    static MachineInfo ofThisMachine() {
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), readCpuModel(),
                firstLine(Path.of("/proc/sys/kernel/osrelease")),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                readLoadAverage(),
                ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
    }

    /** One line for the report's head. */
    String describe() {
        return cores + " cores (" + cpuModel + "), Linux " + kernel + ", " + jdk + "; load average at start "
                + loadAverage + "; " + date;
    }

    /** The 1, 5 and 15 minute load averages: other work shares the cores. */
    private static String readLoadAverage() {
        String[] fields = firstLine(Path.of("/proc/loadavg")).split(" ");
        return fields.length < 3 ? "unknown" : fields[0] + " " + fields[1] + " " + fields[2];
    }

    private static String readCpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String firstLine(Path file) {
        try {
            return Files.readAllLines(file).get(0).trim();
        } catch (IOException | IndexOutOfBoundsException e) {
            return "unknown";
        }
    }
}
