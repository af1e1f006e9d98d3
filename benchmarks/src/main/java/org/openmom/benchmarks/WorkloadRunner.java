package org.openmom.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * One run of one workload on one contender: a fresh broker process with a fresh data folder on a free
 * loopback port (a routed workload: two, the consumers' broker B started first, then the
 * producers' broker A forwarding to it), a client JVM driving it; the brokers' CPU time is
 * sampled when the client starts and ends its measured part, their peak RSS at the end (a
 * routed workload counts both brokers). Logs stay in the log folder.
 */
final class WorkloadRunner {
    private static final long CLIENT_TIMEOUT_SECONDS = 300;

    private final ModuleClasspaths classpaths;
    private final ProcessStats stats;
    private final List<String> brokerOptions;
    private final List<String> clientOptions;
    private final Path logDir;
    private final BrokerDiagnostics diagnostics;

    WorkloadRunner(ModuleClasspaths classpaths, ProcessStats stats, List<String> brokerOptions, List<String> clientOptions,
                   Path logDir, BrokerDiagnostics diagnostics) {
        this.classpaths = classpaths;
        this.stats = stats;
        this.brokerOptions = brokerOptions;
        this.clientOptions = clientOptions;
        this.logDir = logDir;
        this.diagnostics = diagnostics;
    }

    Measurement run(Workload workload, WorkloadSettings settings, Contender contender, int round)
            throws IOException, InterruptedException {
        String runName = workload + "-" + contender.name().toLowerCase(Locale.ROOT) + "-" + round;
        List<Path> dataDirs = new ArrayList<>();
        List<BrokerProcess> brokers = new ArrayList<>();
        try {
            int consumerPort = freeLoopbackPort();
            ProcessCommand consumersBroker = contender.broker(classpaths, brokerOptions, newDataDir(runName, dataDirs), consumerPort, workload);
            brokers.add(start(contender, consumersBroker, consumerPort, workload.routed() ? runName + "-b" : runName));
            int producerPort = consumerPort;
            if (workload.routed()) {
                producerPort = freeLoopbackPort();
                Path producersData = newDataDir(runName, dataDirs);
                brokers.add(start(contender, contender.routingBroker(classpaths, brokerOptions, producersData, producerPort,
                        consumerPort), producerPort, runName + "-a"));
            }
            double[] cpuAtStart = new double[1];
            double[] cpuAtEnd = new double[1];
            JvmCommand client = contender.client(classpaths, clientOptions, workload,
                    settings.withEndpoints("127.0.0.1", producerPort, consumerPort).toArgs());
            Map<Metric, Double> restart = new EnumMap<>(Metric.class);
            ClientProcess.Outcome outcome;
            try {
                outcome = ClientProcess.run(client, logDir.resolve(runName + "-client.log"),
                        () -> cpuAtStart[0] = cpuSeconds(brokers),
                        () -> cpuAtEnd[0] = cpuSeconds(brokers),
                        () -> restart.putAll(restart(contender, brokers, consumersBroker, consumerPort, dataDirs.get(0), runName)),
                        CLIENT_TIMEOUT_SECONDS);
            } catch (BenchFailure clientFailed) {
                checkAlive(brokers, runName); // a dead broker is the cause to report, not the client's lost connection
                throw clientFailed;
            }
            checkAlive(brokers, runName);
            double peakRss = Math.max(peakRssMiB(brokers), restart.getOrDefault(Metric.BROKER_PEAK_RSS, 0.0));
            restart.remove(Metric.BROKER_PEAK_RSS);
            return Measurement.of(outcome.result(), cpuAtEnd[0] - cpuAtStart[0], peakRss, workload.bodyBytes())
                    .with(restart).with(outcome.figures());
        } finally {
            for (int i = brokers.size() - 1; i >= 0; i--) { // the producers' broker first: it stops forwarding
                brokers.get(i).close();
            }
            for (Path dataDir : dataDirs) {
                deleteTree(dataDir);
            }
        }
    }

    /**
     * W7: stops the (one) broker as an administrator would (SIGTERM) and starts it again with the
     * same command on its data; returns the figures of the restart — the time until it is ready,
     * the data folder's size before it and the broker's peak RSS until then.
     */
    private Map<Metric, Double> restart(Contender contender, List<BrokerProcess> brokers, ProcessCommand command, int port, Path dataDir,
                                        String runName) throws IOException, InterruptedException {
        if (brokers.size() != 1) {
            throw new BenchFailure(runName + ": a restart is for a workload on one broker");
        }
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        BrokerProcess before = brokers.get(0);
        figures.put(Metric.BROKER_PEAK_RSS, stats.peakRssMiB(before.pid()));
        figures.put(Metric.DISK, sizeMiB(dataDir));
        before.close();
        long start = System.nanoTime();
        brokers.set(0, start(contender, command, port, runName + "-restarted"));
        figures.put(Metric.RESTART, (System.nanoTime() - start) / 1e6);
        return figures;
    }

    private static double sizeMiB(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            return paths.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() / (1024.0 * 1024.0);
        }
    }

    /** Starts a broker, its log named after {@code brokerRun} (the run, and which broker of a routed one). */
    private BrokerProcess start(Contender contender, ProcessCommand command, int port, String brokerRun)
            throws IOException, InterruptedException {
        return BrokerProcess.start(contender, diagnostics.applyTo(command, logDir, brokerRun), port,
                logDir.resolve(brokerRun + "-broker.log"));
    }

    private static Path newDataDir(String runName, List<Path> dataDirs) throws IOException {
        Path dataDir = Files.createTempDirectory("openmom-bench-" + runName + "-");
        dataDirs.add(dataDir);
        return dataDir;
    }

    private double cpuSeconds(List<BrokerProcess> brokers) {
        return brokers.stream().mapToDouble(b -> stats.cpuSeconds(b.pid())).sum();
    }

    private double peakRssMiB(List<BrokerProcess> brokers) {
        return brokers.stream().mapToDouble(b -> stats.peakRssMiB(b.pid())).sum();
    }

    private static void checkAlive(List<BrokerProcess> brokers, String runName) {
        brokers.forEach(b -> b.checkAlive(runName));
    }

    /** A port free now on 127.0.0.1; the broker binds it a moment later (a race we accept on a benchmark machine). */
    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
