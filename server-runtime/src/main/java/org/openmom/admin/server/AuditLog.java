package org.openmom.admin.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.AuditEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every changing administration action — who, from where, what, when — appended to a file under
 * the server's home, one tab-separated line each ({@code TIME WHO FROM ACTION}), and the recent
 * ones kept in memory for ADMIN_AUDIT. Bounded: past {@link #maxBytes} the file keeps its newer
 * half. The file is written on a thread of its own (an action is answered on a connection's event
 * loop, which must not wait for a disk); the entries in memory are there at once. An audit file
 * that cannot be written is said once in the server log; the actions go on. Thread-safe.
 */
final class AuditLog {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    static final long DEFAULT_MAX_BYTES = 1L << 20;
    /** Entries kept in memory for ADMIN_AUDIT (the file may hold more). */
    static final int RECENT = 2_000;

    /** Null: kept in memory only (a server assembled without a home, in tests). */
    private final Path file;
    private final long maxBytes;
    private final Clock clock;
    private final ArrayDeque<AuditEntry> recent = new ArrayDeque<>();
    /** Appends to the file in the order of the actions; null when there is no file. */
    private final ExecutorService writer;
    private boolean failureSaid;

    AuditLog(Path file, long maxBytes, Clock clock) {
        this.file = file;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.writer = file == null ? null : Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "openmom-audit");
            thread.setDaemon(true);
            return thread;
        });
        if (file != null) {
            readBack();
        }
    }

    static AuditLog inFile(Path file) {
        return new AuditLog(file, DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    static AuditLog inMemory() {
        return new AuditLog(null, DEFAULT_MAX_BYTES, Clock.systemUTC());
    }

    /** Records an action; {@code action} is one line (line breaks and tabs become spaces). */
    synchronized void record(String who, String from, String action) {
        AuditEntry entry = new AuditEntry(clock.millis(), oneField(who), oneField(from), oneField(action));
        recent.addLast(entry);
        if (recent.size() > RECENT) {
            recent.pollFirst();
        }
        if (writer != null) {
            writer.execute(() -> append(entry));
        }
    }

    /** Writes what is queued, then stops writing (the server stops). */
    void close() {
        if (writer != null) {
            writer.shutdown();
            try {
                writer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last {@code max} entries, oldest first. */
    synchronized List<AuditEntry> tail(int max) {
        List<AuditEntry> all = new ArrayList<>(recent);
        return List.copyOf(all.subList(Math.max(0, all.size() - Math.max(0, max)), all.size()));
    }

    /** Where the log is kept, for the answer ("memory" when in no file). */
    String place() {
        return file == null ? "memory (this server has no audit file)" : file.toString();
    }

    /** On the writer thread only. */
    private void append(AuditEntry entry) {
        String line = Instant.ofEpochMilli(entry.atMillis()) + "\t" + entry.who() + "\t" + entry.from() + "\t" + entry.action() + "\n";
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (Files.size(file) > maxBytes) {
                keepNewerHalf();
            }
        } catch (IOException e) {
            if (!failureSaid) {
                failureSaid = true;
                LOG.error("{}: cannot write the audit log ({}) — administration actions are kept in memory only until"
                        + " the disk is fixed", file, e.toString());
            }
        }
    }

    private void keepNewerHalf() throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> newer = lines.subList(lines.size() / 2, lines.size());
        Path next = file.resolveSibling(file.getFileName() + ".new");
        Files.write(next, newer, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** The entries of an earlier run, so that ADMIN_AUDIT shows them after a restart. */
    private void readBack() {
        if (!Files.isRegularFile(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] fields = line.split("\t", 4);
                if (fields.length == 4) {
                    recent.addLast(new AuditEntry(Instant.parse(fields[0]).toEpochMilli(), fields[1], fields[2], fields[3]));
                    if (recent.size() > RECENT) {
                        recent.pollFirst();
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: cannot read the audit log of the earlier run ({}) — new actions are still recorded", file, e.toString());
        }
    }

    private static String oneField(String text) {
        return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
