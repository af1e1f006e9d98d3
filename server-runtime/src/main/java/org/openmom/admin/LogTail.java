package org.openmom.admin;

import java.util.List;

/**
 * The most recent lines of the server log, oldest first.
 *
 * @param level        the server's current log level
 * @param lines        at most the number asked for, from the server's in-memory ring
 * @param nextSequence the sequence the next line will have: ask {@code since} it to follow
 * @param skipped      lines that were wanted but had already left the ring
 */
public record LogTail(LogLevel level, List<LogLine> lines, long nextSequence, long skipped) {
    public LogTail {
        lines = List.copyOf(lines);
    }
}
