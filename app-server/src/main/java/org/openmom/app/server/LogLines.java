package org.openmom.app.server;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.openmom.admin.LogLine;

/** A log line as {@code openmom log} prints it: {@code TIME LEVEL COMPONENT - MESSAGE}. */
final class LogLines {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneId.systemDefault());

    private LogLines() {}

    static String format(LogLine line) {
        return TIME.format(Instant.ofEpochMilli(line.timeMillis())) + " " + line.level().number() + " " + line.logger() + " - " + line.text();
    }
}
