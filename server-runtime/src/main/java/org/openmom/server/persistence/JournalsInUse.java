package org.openmom.server.persistence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.openmom.fileformat.TextFiles;
import org.openmom.journal.JournalFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The journals a server has open, written down in its home ({@code data/NAME-ROLE.journals}) each
 * time they change. A Logging Service that leaves the configuration — by a reload, or by an edit
 * while the server was stopped — may still hold confirmed persistent messages: the next start
 * finds its journal here, opens it again, loads its messages and moves them to the journals
 * configured now. A file left {@code moving} (a move the server did not finish: killed, stopped)
 * makes the next start finish it.
 *
 * <pre>
 * moving|settled
 * KEY  TAB master [TAB mirror]…     a configured Logging Service
 * -    TAB master [TAB mirror]…     a journal that left the configuration and still holds messages
 * </pre>
 */
public final class JournalsInUse {
    private static final Logger LOG = LoggerFactory.getLogger(JournalsInUse.class);
    private static final String MOVING = "moving";
    private static final String SETTLED = "settled";
    private static final String NO_KEY = "-";

    /** One open journal: the Key of its Logging Service, or null once it left the configuration. */
    public record Entry(String key, JournalFiles files) {}

    /** What the file said: the journals, and whether a move between them was left unfinished. */
    public record Written(List<Entry> entries, boolean moving) {
        static final Written NOTHING = new Written(List.of(), false);
    }

    private final Path file;
    private final String server;

    public JournalsInUse(Path file, String server) {
        this.file = file;
        this.server = server;
    }

    /** What the server wrote last time; nothing when there is no file (a first start) or it cannot be read. */
    public Written read() {
        if (!Files.exists(file)) {
            return Written.NOTHING;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            LOG.warn("cannot read {} ({}): journals that left the configuration are not opened again — check the file's"
                    + " permissions", file, e.toString());
            return Written.NOTHING;
        }
        List<Entry> entries = new ArrayList<>();
        boolean moving = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (line.equals(MOVING) || line.equals(SETTLED)) {
                moving = line.equals(MOVING);
                continue;
            }
            String[] fields = line.split("\t");
            if (fields.length < 2) {
                LOG.warn("{}:{}: not 'KEY<TAB>master[<TAB>mirror]…' — the line is ignored (the server rewrites the file)", file, i + 1);
                continue;
            }
            List<Path> mirrors = Arrays.stream(fields, 2, fields.length).map(Path::of).toList();
            entries.add(new Entry(fields[0].equals(NO_KEY) ? null : fields[0], new JournalFiles(Path.of(fields[1]), mirrors)));
        }
        return new Written(List.copyOf(entries), moving);
    }

    /** Replaces the file atomically; a failure is logged, not thrown: the journals themselves are fine. */
    public void write(List<Entry> entries, boolean moving) {
        StringBuilder text = new StringBuilder("# The journals server ").append(server)
                .append(" has open, written by the server (docs/administration.md, \"Changing the Logging Services\")\n")
                .append(moving ? MOVING : SETTLED).append('\n');
        for (Entry entry : entries) {
            text.append(entry.key() == null ? NO_KEY : entry.key()).append('\t').append(entry.files().master().toAbsolutePath());
            for (Path mirror : entry.files().mirrors()) {
                text.append('\t').append(mirror.toAbsolutePath());
            }
            text.append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            TextFiles.writePrivateAtomically(file, text.toString());
        } catch (IOException e) {
            LOG.warn("cannot write {} ({}): if a Logging Service's file changes, the next start may not find its old journal"
                    + " — check the folder's permissions and free space", file, e.toString());
        }
    }
}
