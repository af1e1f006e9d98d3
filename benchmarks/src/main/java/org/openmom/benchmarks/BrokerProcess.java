package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A broker in its own process, its standard output and error in a log file. Started means it
 * printed its contender's ready line ({@link Contender#readyLine()}: the openmom server and the
 * Artemis peer print {@code ready:}, the NATS server {@code Server is ready}).
 */
final class BrokerProcess implements AutoCloseable {
    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final String name;
    private final Process process;
    private final Path log;
    private final String readyLine;

    private BrokerProcess(String name, Process process, Path log, String readyLine) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.readyLine = readyLine;
    }

    static BrokerProcess start(Contender contender, ProcessCommand command, int port, Path log) throws IOException, InterruptedException {
        String name = contender.displayName();
        Process process = command.toProcessBuilder().redirectErrorStream(true).redirectOutput(log.toFile()).start();
        BrokerProcess broker = new BrokerProcess(name, process, log, contender.readyLine());
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (!broker.printedReady()) {
            if (!process.isAlive()) {
                throw new BenchFailure(name + " broker failed to start on port " + port + " (exit " + process.exitValue()
                        + "): " + LogTail.of(log, 5));
            }
            if (System.currentTimeMillis() > deadline) {
                broker.close();
                throw new BenchFailure(name + " broker not ready on port " + port + " after "
                        + START_TIMEOUT_MILLIS / 1000 + " s: " + LogTail.of(log, 5));
            }
            Thread.sleep(20); // polling the log file: the broker writes it, nothing signals us
        }
        return broker;
    }

    private boolean printedReady() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8).contains(readyLine);
    }

    long pid() {
        return process.pid();
    }

    /** Fails with the log's last lines if the broker died during the run. */
    void checkAlive(String during) {
        if (!process.isAlive()) {
            throw new BenchFailure(name + " broker exited (" + process.exitValue() + ") during " + during + ": "
                    + LogTail.of(log, 5));
        }
    }

    /** SIGTERM (both brokers stop cleanly on it), SIGKILL if it takes over 10 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
