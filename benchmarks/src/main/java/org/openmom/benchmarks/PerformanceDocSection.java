package org.openmom.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The generated part of docs/performance.md, between two HTML comment markers; the rest stays as written. */
final class PerformanceDocSection {
    static final String BEGIN = "<!-- bench:begin (written by ./openmom bench; edits here are overwritten) -->";
    static final String END = "<!-- bench:end -->";

    private PerformanceDocSection() {}

    /** The document with {@code section} between the markers. */
    static String replace(String document, String section) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new BenchFailure("the markers " + BEGIN + " and " + END
                    + " are missing or out of order — put them back where the figures go, or use --no-write");
        }
        return document.substring(0, begin + BEGIN.length()) + "\n" + section.strip() + "\n" + document.substring(end);
    }

    /** Rewrites the file atomically (temp file + rename). */
    static void write(Path file, String section) throws IOException {
        String updated = replace(Files.readString(file, StandardCharsets.UTF_8), section);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, updated, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
