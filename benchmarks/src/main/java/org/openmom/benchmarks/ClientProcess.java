package org.openmom.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openmom.benchmarks.kit.ClientRunner;
import org.openmom.benchmarks.kit.WorkloadResult;

/**
 * Runs a client JVM (see {@link ClientRunner}) to its end: when it announces the measured part,
 * {@code onMeasureStart} runs before it is told to go, and {@code onMeasureEnd} as soon as its
 * result line arrives (before the client closes its connections); the result is returned. Its
 * standard error goes to a log file; other output lines are ignored.
 */
final class ClientProcess {
    private ClientProcess() {}

    static WorkloadResult run(JvmCommand command, Path log, Runnable onMeasureStart, Runnable onMeasureEnd, long timeoutSeconds)
            throws IOException, InterruptedException {
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
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0 || result == null) {
            throw new BenchFailure("client failed (exit " + exit + "): " + LogTail.of(log, 3));
        }
        return result;
    }
}
