package org.openmom.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openmom.benchmarks.kit.WorkloadResult;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * One run of one workload on one contender: a fresh broker JVM with a fresh data folder on a free
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
            brokers.add(start(contender, contender.broker(classpaths, brokerOptions, newDataDir(runName, dataDirs), consumerPort, workload),
                    consumerPort, workload.routed() ? runName + "-b" : runName));
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
            WorkloadResult result;
            try {
                result = ClientProcess.run(client, logDir.resolve(runName + "-client.log"),
                        () -> cpuAtStart[0] = cpuSeconds(brokers),
                        () -> cpuAtEnd[0] = cpuSeconds(brokers), CLIENT_TIMEOUT_SECONDS);
            } catch (BenchFailure clientFailed) {
                checkAlive(brokers, runName); // a dead broker is the cause to report, not the client's lost connection
                throw clientFailed;
            }
            checkAlive(brokers, runName);
            return Measurement.of(result, cpuAtEnd[0] - cpuAtStart[0], peakRssMiB(brokers), workload.bodyBytes());
        } finally {
            for (int i = brokers.size() - 1; i >= 0; i--) { // the producers' broker first: it stops forwarding
                brokers.get(i).close();
            }
            for (Path dataDir : dataDirs) {
                deleteTree(dataDir);
            }
        }
    }

    /** Starts a broker, its log named after {@code brokerRun} (the run, and which broker of a routed one). */
    private BrokerProcess start(Contender contender, JvmCommand command, int port, String brokerRun)
            throws IOException, InterruptedException {
        return BrokerProcess.start(contender.displayName(), diagnostics.applyTo(command, logDir, brokerRun), port,
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
