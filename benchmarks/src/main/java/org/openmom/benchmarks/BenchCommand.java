package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./openmom bench}: OpenMOM and ActiveMQ Artemis side by side, each broker in its own
 * JVM, clients in another, over loopback TCP; rounds interleaved, medians reported and written
 * into docs/performance.md.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark OpenMOM against ActiveMQ Artemis on this machine (each broker in its own JVM, clients in another).",
            "Prints a table of medians and the ratio OpenMOM ÷ Artemis, and rewrites the generated part of docs/performance.md.",
            "Workloads: W1 1→1 non-persistent, W2 persistent with asynchronous confirms, W3 persistent awaited one by one,",
            "W4 request/reply, W5 4→4 with 1,000 idle services, W6 routed from one server to another (both traffics of",
            "W1 and W2; Artemis: two brokers and a core bridge), W1-json W1 with our client's frame headers in JSON",
            "instead of CBOR, W3-nio W3 against Artemis's NIO default (W3: its installer's ASYNCIO journal), W7 1,000,000",
            "persistent messages for an absent service, the broker restarted, the backlog drained (W8: calls meanwhile), W9 anycast",
            "to 1 … 1,000 instances, W10 registration with 10k … 1M waiting seeds, W1-size W1 with payloads of 100 B … 1 MiB.",
            "A full run takes about an hour (an estimate: no full run of every workload has been made yet).",
        })
public final class BenchCommand implements Callable<Integer> {
    /** Both brokers get exactly these: the comparison is of the brokers, not of their JVM settings. */
    static final List<String> BROKER_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseParallelGC");
    static final List<String> CLIENT_JVM_OPTIONS = List.of("-Xmx1g", "-XX:+UseParallelGC");

    @Parameters(paramLabel = "WORKLOAD", description = "W1 … W7, W9, W10, W1-json, W1-size, W3-nio (default: all)")
    private List<String> workloadIds = new ArrayList<>();

    @Option(names = "--rounds", paramLabel = "N", description = "runs of each workload on each broker, interleaved (default: 3)")
    private int rounds = 3;

    @Option(names = "--quick", description = "a smoke run: a tenth of the messages, one round, nothing written")
    private boolean quick;

    @Option(names = "--no-write", description = "print the table only; leave docs/performance.md as it is")
    private boolean noWrite;

    @Option(names = "--doc", paramLabel = "FILE", description = "the document to write the figures into (default: docs/performance.md)")
    private Path doc;

    @Option(names = "--jfr", description = "record every broker run with Java Flight Recorder (profile settings) into the log folder")
    private boolean flightRecordings;

    @Option(names = "--header-costs", description = "only measure what writing and reading a frame header costs, JSON and CBOR, in this JVM (about a minute)")
    private boolean headerCosts;

    @Option(names = "--nats", description = "also run NATS core (nats-server, from the PATH or /usr/sbin) on the workloads it has: W1, W5")
    private boolean nats;

    @Option(names = "--gc-log", description = "log every broker run's garbage collections (-Xlog:gc*) into the log folder")
    private boolean gcLogs;

    @Option(names = "--lock-holds", paramLabel = "MICROS",
            description = "log every hold of our broker's lock longer than MICROS µs into its log (-Dopenmom.broker.lockHoldMicros)")
    private long lockHoldMicros;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new BenchCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            if (e instanceof BenchFailure) {
                cl.getErr().println("bench: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (rounds < 1) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--rounds " + rounds + ": give 1 or more");
        }
        if (headerCosts) {
            System.out.println("frame header costs — " + MachineInfo.ofThisMachine().describe());
            System.out.println(HeaderCosts.measure());
            return 0;
        }
        int roundCount = quick ? 1 : rounds;
        List<Workload> selected;
        try {
            selected = Workload.selectedBy(workloadIds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(new CommandLine(this), e.getMessage());
        }
        ModuleClasspaths classpaths = ModuleClasspaths.ofThisBuild();
        Path file = doc != null ? doc : classpaths.root().resolve("docs/performance.md");
        Path logDir = freshFolder(classpaths.root().resolve("benchmarks/target/bench-logs"));
        MachineInfo machine = MachineInfo.ofThisMachine();
        List<Contender> contenders = nats ? List.of(Contender.values()) : List.of(Contender.OPENMOM, Contender.ARTEMIS);
        if (nats) {
            System.out.println("NATS core: " + NatsServer.command());
        }
        System.out.println("OpenMOM vs ActiveMQ Artemis" + (nats ? " (and NATS core)" : "") + " — " + machine.describe());
        System.out.println("broker JVMs: " + String.join(" ", BROKER_JVM_OPTIONS) + "; logs in " + logDir);
        PhysicalFloor floor = PhysicalFloor.measure(Path.of(System.getProperty("java.io.tmpdir")));
        System.out.println("physical floor: " + floor.describe());

        WorkloadRunner runner = new WorkloadRunner(classpaths, ProcessStats.forThisMachine(), BROKER_JVM_OPTIONS,
                CLIENT_JVM_OPTIONS, logDir,
                new BrokerDiagnostics(flightRecordings, gcLogs, lockHoldMicros));
        Results results = new Results(StoredRates.read(file));
        for (Workload workload : selected) {
            for (int round = 1; round <= roundCount; round++) {
                for (Contender contender : contenders) {
                    if (!contender.runs(workload)) {
                        continue;
                    }
                    String label = String.format("%s round %d/%d %-7s", workload.shortName(), round, roundCount, contender.displayName());
                    try {
                        Measurement m = runner.run(workload, workload.settings(quick), contender, round);
                        results.add(workload, contender, m);
                        System.out.println(label + " " + m.summary(workload.metrics()));
                    } catch (BenchFailure e) {
                        results.failed(workload, contender, round, e.getMessage());
                        System.out.println(label + " FAILED: " + e.getMessage());
                    }
                }
            }
        }
        String table = ReportTable.render(results, roundCount);
        System.out.println();
        System.out.println(table);
        if (!floor.distance(results).isEmpty()) {
            System.out.println("distance to the physical floor: " + floor.distance(results));
        }
        List<CurvePlots.Plot> plots = CurvePlots.write(results, logDir, quick);
        if (!plots.isEmpty()) {
            System.out.println("plots of the curves in " + logDir);
        }
        if (!quick && !noWrite) {
            CurvePlots.write(results, file.resolveSibling("images"), false);
            PerformanceDocSection.write(file, GeneratedSection.of(machine, floor, results, selected, roundCount, table, plots));
            System.out.println("written into " + file + (plots.isEmpty() ? "" : " with " + plots.size() + " plots in "
                    + file.resolveSibling("images")));
        }
        return results.failures().isEmpty() ? 0 : 1;
    }

    private static Path freshFolder(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return Files.createDirectories(dir);
    }
}
