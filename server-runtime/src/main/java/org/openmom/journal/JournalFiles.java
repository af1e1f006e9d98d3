package org.openmom.journal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of one journal: the master and its mirrors (the {@code ~} files of a LoggingService
 * declaration). Every file holds the same bytes; any intact one can rebuild the others.
 *
 * @param master  the master file (the last file declared for the logging service key)
 * @param mirrors the mirror files, possibly empty
 */
public record JournalFiles(Path master, List<Path> mirrors) {

    public JournalFiles {
        if (master == null) {
            throw new IllegalArgumentException("a journal needs a master file");
        }
        master = master.toAbsolutePath().normalize();
        mirrors = mirrors.stream().map(p -> p.toAbsolutePath().normalize()).toList();
        Set<Path> seen = new HashSet<>();
        seen.add(master);
        for (Path mirror : mirrors) {
            if (!seen.add(mirror)) {
                throw new IllegalArgumentException("journal file " + mirror + " is declared twice; "
                        + "each mirror must be a different file from the master and the other mirrors");
            }
        }
    }

    /** A journal of {@code master} mirrored to {@code mirrors}. */
    public static JournalFiles of(Path master, Path... mirrors) {
        return new JournalFiles(master, List.of(mirrors));
    }

    /** Master first, then the mirrors in declaration order. */
    List<Path> all() {
        List<Path> all = new java.util.ArrayList<>(1 + mirrors.size());
        all.add(master);
        all.addAll(mirrors);
        return all;
    }
}
