package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What Linux says about a process: CPU time (utime + stime of /proc/PID/stat, in clock ticks)
 * and peak resident set size (VmHWM of /proc/PID/status).
 */
final class ProcessStats {
    private final long clockTicksPerSecond;

    private ProcessStats(long clockTicksPerSecond) {
        this.clockTicksPerSecond = clockTicksPerSecond;
    }

    /** Reads CLK_TCK with {@code getconf}: the unit of /proc/PID/stat's CPU times. */
    static ProcessStats forThisMachine() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (getconf.waitFor() != 0) {
                throw new BenchFailure("getconf CLK_TCK failed: " + out);
            }
            return new ProcessStats(Long.parseLong(out));
        } catch (IOException | NumberFormatException e) {
            throw new BenchFailure("cannot read CLK_TCK with getconf (" + e.getMessage() + ") — this benchmark needs Linux");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchFailure("interrupted");
        }
    }

    long clockTicksPerSecond() {
        return clockTicksPerSecond;
    }

    /** User + system CPU time of the process so far, in seconds. */
    double cpuSeconds(long pid) {
        String stat = read(Path.of("/proc", Long.toString(pid), "stat"));
        // the command name (field 2) is in parentheses and may hold blanks: count fields after it
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long utime = Long.parseLong(fields[11]); // field 14 of proc(5)
        long stime = Long.parseLong(fields[12]); // field 15
        return (utime + stime) / (double) clockTicksPerSecond;
    }

    /** Peak resident set size so far, in MiB. */
    double peakRssMiB(long pid) {
        for (String line : read(Path.of("/proc", Long.toString(pid), "status")).split("\n")) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        throw new BenchFailure("/proc/" + pid + "/status has no VmHWM line");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new BenchFailure("cannot read " + file + " (" + e.getMessage() + "): did the broker exit?");
        }
    }
}
