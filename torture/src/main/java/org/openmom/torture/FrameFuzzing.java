package org.openmom.torture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * R7: fuzzing of the frame decoder and the header codec with seeded mutations of valid frames,
 * in process against the decoder classes and, at the same time, over TCP against a real server
 * while a probe client's post/receive round trips must keep succeeding. Findings are written to
 * {@code r7-findings.txt} in the work folder, each with its input in hex.
 */
final class FrameFuzzing extends Scenario {
    /** Connections fuzzing the server at the same time (each waits a little for answers). */
    private static final int NETWORK_FUZZERS = 3;

    FrameFuzzing() {
        super("R7", "fuzzing of the frame decoder and header codec, in process and over TCP");
    }

    @Override
    void run(ScenarioContext scenario) throws Exception {
        ScenarioReport report = scenario.report();
        Duration budget = scenario.pick(Duration.ofSeconds(120), Duration.ofSeconds(15));
        Random random = scenario.random();
        // two independent streams of inputs, so each replays alone from the seed
        DecoderFuzzer decoder = new DecoderFuzzer(new FrameMutator(new Random(random.nextLong()), FrameCorpus.frames()),
                new Random(random.nextLong()));
        List<Random> networkRandoms = new ArrayList<>();
        for (int i = 0; i < NETWORK_FUZZERS; i++) {
            networkRandoms.add(new Random(random.nextLong()));
        }
        Path home = scenario.newHome();
        String secret = "fuzz-secret-" + Long.toHexString(random.nextLong());
        Path secretFile = home.resolve("admin-secret");
        Files.writeString(secretFile, secret + "\n");
        try (ServerChild server = scenario.startServer(home, List.of("--admin-secret-file", secretFile.toString()))) {
            String hugeLengthProblem = ServerFuzzer.hugeLengthProblem(server);
            RoundTripProbe probe = new RoundTripProbe(server, report.ledger()).start();
            List<ServerFuzzer> network = new ArrayList<>();
            for (Random networkRandom : networkRandoms) {
                network.add(new ServerFuzzer(server, new FrameMutator(networkRandom, FrameCorpus.frames()),
                        new Random(networkRandom.nextLong()), secret));
            }
            ExecutorService threads = Executors.newFixedThreadPool(1 + network.size());
            try {
                List<Future<?>> fuzzing = new ArrayList<>();
                fuzzing.add(threads.submit(() -> decoder.runFor(budget)));
                for (ServerFuzzer fuzzer : network) {
                    fuzzing.add(threads.submit(() -> fuzzer.runFor(budget)));
                }
                for (Future<?> fuzzer : fuzzing) {
                    fuzzer.get(budget.toSeconds() + 120, TimeUnit.SECONDS);
                }
            } finally {
                threads.shutdownNow();
            }
            String probeFailure = probe.stop();

            report.check(probeFailure == null, "the probe client stopped working during the fuzzing: " + probeFailure);
            report.check(probe.roundTrips() > 0, "the probe made no round trip");
            report.check(server.isAlive(), "the server process died: " + server.stderrTail(5));
            report.check(hugeLengthProblem == null, String.valueOf(hugeLengthProblem));
            List<String> internalErrors = ServerLogLines.since(server.logFile(), 0).stream()
                    .filter(line -> line.contains("internal error") || line.contains("Exception") && line.contains("ERROR")).toList();
            report.check(internalErrors.isEmpty(), internalErrors.size() + " unexpected exceptions in the server log, e.g. "
                    + internalErrors.stream().limit(3).toList());
            String stderr = server.stderrTail(200);
            report.check(!stderr.contains("OutOfMemoryError"), "the server ran out of memory: " + server.stderrTail(5));
            report.figure("decoder inputs", decoder.inputs());
            report.figure("frames decoded", decoder.frames());
            report.figure("protocol errors", decoder.protocolErrors());
            report.figure("decoder peak bytes", decoder.peakMemory());
            report.figure("server connections", network.stream().mapToLong(ServerFuzzer::connections).sum());
            report.figure("ERROR answers", network.stream().mapToLong(ServerFuzzer::errorsAnswered).sum());
            report.figure("probe round trips", probe.roundTrips());
            report.figure("slowest round trip ms", probe.slowestMillis());
        }
        List<DecoderFuzzer.Finding> findings = decoder.findings();
        if (!findings.isEmpty()) {
            Path file = scenario.workDir().resolve("r7-findings.txt");
            Files.write(file, findings.stream().map(DecoderFuzzer.Finding::toString).toList(), StandardCharsets.UTF_8);
            report.fail(findings.size() + " decoder findings (all in " + file + "), e.g. " + findings.get(0));
        }
        report.ledger().checkNothingLost(report);
    }
}
