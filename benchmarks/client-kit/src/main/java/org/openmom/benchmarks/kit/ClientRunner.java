package org.openmom.benchmarks.kit;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The main loop of a benchmark client JVM, the same for both brokers: open the workload, warm
 * up, tell the orchestrator the measured part starts ({@code bench:measure}) and wait for its
 * {@code go} (it samples the broker's CPU time in between), run, report one result line.
 * Failures end the JVM with exit code 1 and one line on standard error.
 */
public final class ClientRunner {
    public static final String MEASURE_LINE = "bench:measure";
    public static final String GO_LINE = "go";
    /** Asks the orchestrator to restart the broker; it answers {@link #GO_LINE} once the broker is ready again. */
    public static final String RESTART_LINE = "bench:restart";
    /** Prefixes a figure reported after the result: {@code bench:figure METRIC VALUE}. */
    public static final String FIGURE_PREFIX = "bench:figure ";
    private static final BufferedReader ORCHESTRATOR = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));

    /** Opens the workload described by the settings on one broker's client API. */
    public interface WorkloadFactory {
        ClientWorkload open(WorkloadSettings settings) throws Exception;
    }

    private ClientRunner() {}

    public static void main(String[] args, WorkloadFactory factory) {
        try {
            WorkloadSettings settings = WorkloadSettings.parse(args);
            try (ClientWorkload workload = factory.open(settings)) {
                workload.prepare(settings.warmup());
                workload.run(settings.warmup(), Latencies.IGNORED);
                workload.prepare(settings.messages());
                awaitGo(MEASURE_LINE);
                Latencies latencies = new Latencies(settings.messages());
                long start = System.nanoTime();
                workload.run(settings.messages(), latencies);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.println(WorkloadResult.of(settings.messages(), seconds, latencies).toLine());
                System.out.flush();
                workload.afterwards(new Orchestrator() {
                    @Override
                    public void restartBroker() throws Exception {
                        awaitGo(RESTART_LINE);
                    }

                    @Override
                    public void figure(String metric, double value) {
                        System.out.println(FIGURE_PREFIX + metric + " " + value);
                        System.out.flush();
                    }
                });
            }
            System.exit(0);
        } catch (WorkloadFailure e) {
            System.err.println("client: " + e.getMessage());
            System.exit(1);
        } catch (Exception e) {
            System.err.println("client: " + causeChain(e));
            System.exit(1);
        }
    }

    /** One line for the report: the exception and each cause, e.g. "X: a; caused by Y: b". */
    static String causeChain(Throwable error) {
        StringBuilder line = new StringBuilder(error.toString());
        Throwable cause = error.getCause();
        for (int depth = 0; cause != null && depth < 8; depth++, cause = cause.getCause()) { // bounded: causes may loop
            line.append("; caused by ").append(cause);
        }
        return line.toString();
    }

    /** Tells the orchestrator {@code request} and waits for its go. */
    private static void awaitGo(String request) throws Exception {
        System.out.println(request);
        System.out.flush();
        String line = ORCHESTRATOR.readLine();
        if (!GO_LINE.equals(line)) {
            throw new WorkloadFailure("the orchestrator answered '" + line + "' instead of '" + GO_LINE + "'");
        }
    }
}
