package org.openmom.benchmarks;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.openmom.benchmarks.kit.WorkloadResult;
import org.openmom.benchmarks.kit.WorkloadSettings;

/**
 * One run of one workload on one broker: a fresh broker JVM with a fresh data folder on a free
 * loopback port, a client JVM driving it; the broker's CPU time is sampled when the client starts
 * and ends its measured part, its peak RSS at the end. Logs stay in the log folder.
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
        Path dataDir = Files.createTempDirectory("openmom-bench-" + runName + "-");
        int port = freeLoopbackPort();
        JvmCommand brokerCommand = diagnostics.applyTo(contender.broker(classpaths, brokerOptions, dataDir, port), logDir, runName);
        try (BrokerProcess broker = BrokerProcess.start(contender.displayName(), brokerCommand, port,
                logDir.resolve(runName + "-broker.log"))) {
            double[] cpuAtStart = new double[1];
            double[] cpuAtEnd = new double[1];
            JvmCommand client = contender.client(classpaths, clientOptions, settings.withEndpoint("127.0.0.1", port).toArgs());
            WorkloadResult result;
            try {
                result = ClientProcess.run(client, logDir.resolve(runName + "-client.log"),
                        () -> cpuAtStart[0] = stats.cpuSeconds(broker.pid()),
                        () -> cpuAtEnd[0] = stats.cpuSeconds(broker.pid()), CLIENT_TIMEOUT_SECONDS);
            } catch (BenchFailure clientFailed) {
                broker.checkAlive(runName); // a dead broker is the cause to report, not the client's lost connection
                throw clientFailed;
            }
            broker.checkAlive(runName);
            return Measurement.of(result, cpuAtEnd[0] - cpuAtStart[0], stats.peakRssMiB(broker.pid()));
        } finally {
            deleteTree(dataDir);
        }
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
