package org.openmom.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openmom.benchmarks.kit.ClientRunner;
import org.openmom.benchmarks.kit.WorkloadResult;

/**
 * Runs a client JVM (see {@link ClientRunner}) to its end: when it announces the measured part,
 * {@code onMeasureStart} runs before it is told to go, and {@code onMeasureEnd} as soon as its
 * result line arrives (before the client closes its connections); when it asks for a restart of
 * the broker (W7), {@code onRestart} runs before it is told to go on. The result and the figures
 * the client reported after it are returned. Its
 * standard error goes to a log file; other output lines are ignored.
 */
final class ClientProcess {
    private ClientProcess() {}

    /** What a client reported: its result line, and the figures it sent after it (W7, W8), by metric. */
    record Outcome(WorkloadResult result, Map<Metric, Double> figures) {}

    /** Restarts the broker when the client asks (W7), answering it once the broker is ready again. */
    @FunctionalInterface
    interface Restart {
        void restartBroker() throws IOException, InterruptedException;
    }

    static Outcome run(JvmCommand command, Path log, Runnable onMeasureStart, Runnable onMeasureEnd, Restart onRestart,
                       long timeoutSeconds) throws IOException, InterruptedException {
        Process process = command.toProcessBuilder().redirectError(log.toFile()).start();
        // a client that hangs never closes its output: a watchdog ends it, so the read below ends
        Thread watchdog = new Thread(() -> {
            try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
            }
        }, "client-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        WorkloadResult result = null;
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.equals(ClientRunner.MEASURE_LINE)) {
                    onMeasureStart.run();
                    in.write(ClientRunner.GO_LINE + "\n");
                    in.flush();
                } else if (line.startsWith(WorkloadResult.LINE_PREFIX)) {
                    result = WorkloadResult.parse(line);
                    onMeasureEnd.run();
                } else if (line.equals(ClientRunner.RESTART_LINE)) {
                    onRestart.restartBroker();
                    in.write(ClientRunner.GO_LINE + "\n");
                    in.flush();
                } else if (line.startsWith(ClientRunner.FIGURE_PREFIX)) {
                    String[] figure = line.substring(ClientRunner.FIGURE_PREFIX.length()).trim().split(" ");
                    figures.put(Metric.valueOf(figure[0]), Double.parseDouble(figure[1]));
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new BenchFailure("client failed (exit " + exit + "): " + LogTail.of(log, 3));
        }
        return new Outcome(result, figures);
    }
}
