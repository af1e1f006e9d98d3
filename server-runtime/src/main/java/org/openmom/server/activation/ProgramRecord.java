package org.openmom.server.activation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.openmom.fileformat.TextFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The processes of activated programs a server runs, kept in {@code data/NAME-ROLE.activated}
 * ({@code PID START-EPOCH-MILLIS SERVICE} a line). A server that was SIGKILLed could not stop its
 * programs: they go on and connect to the next run, which would start others beside them (two
 * processes of a WAIT service). So the next run stops the processes its previous run left — only
 * those still running with the recorded start time, never a process that merely got the same pid.
 */
final class ProgramRecord {
    private static final Logger LOG = LoggerFactory.getLogger(ProgramRecord.class);

    /** One recorded process. */
    record Entry(long pid, long startMillis, String service) {
        static Entry of(ProcessHandle process, String service) {
            return new Entry(process.pid(), startedAt(process).orElse(0L), service);
        }

        String line() {
            return pid + " " + startMillis + " " + service;
        }
    }

    private final Path file;
    private List<Entry> written = List.of();

    ProgramRecord(Path file) {
        this.file = file;
    }

    /**
     * SIGTERM to each recorded process that still runs as it was started; those that outlive it are
     * returned, for a SIGKILL after the grace.
     */
    List<ProcessHandle> stopLeftovers() {
        List<ProcessHandle> stopped = new ArrayList<>();
        for (Entry entry : read()) {
            Optional<ProcessHandle> process = ProcessHandle.of(entry.pid());
            if (process.isPresent() && entry.startMillis() != 0 && startedAt(process.get()).orElse(-1L) == entry.startMillis()) {
                LOG.warn("stopping the program of service {} (pid {}) that the server's previous run left running — it was killed before"
                        + " it could stop it; the program is started again on demand", entry.service(), entry.pid());
                process.get().destroy();
                stopped.add(process.get());
            }
        }
        record(List.of());
        return stopped;
    }

    /** Writes the processes running now, when they changed since the last write. */
    void record(List<Entry> running) {
        if (running.equals(written) && Files.exists(file) == !running.isEmpty()) {
            return;
        }
        try {
            if (running.isEmpty()) {
                Files.deleteIfExists(file);
            } else {
                Files.createDirectories(file.getParent());
                TextFiles.writeAtomically(file, String.join("\n", running.stream().map(Entry::line).toList()) + "\n");
            }
            written = List.copyOf(running);
        } catch (IOException e) {
            LOG.warn("cannot record the activated programs' processes in {}: {} — a run after a crash cannot stop them", file,
                    e.toString());
        }
    }

    private List<Entry> read() {
        List<Entry> entries = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split(" ", 3);
                if (fields.length == 3) {
                    try {
                        entries.add(new Entry(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2]));
                    } catch (NumberFormatException damaged) {
                        LOG.warn("{}: ignoring the damaged line '{}'", file, line);
                    }
                }
            }
        } catch (NoSuchFileException none) {
            return entries;
        } catch (IOException e) {
            LOG.warn("cannot read {}: {} — programs a killed run left are not stopped", file, e.toString());
        }
        return entries;
    }

    private static Optional<Long> startedAt(ProcessHandle process) {
        return process.info().startInstant().map(Instant::toEpochMilli);
    }
}
