package org.openmom.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.core.FileAppender;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends the server's log (INFO and up) to a file under {@code $OPENMOM_HOME/logs/}. */
final class ServerLog {
    private ServerLog() {}

    static void toFile(Path file) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return; // another SLF4J binding: its own configuration decides
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
        encoder.start();
        FileAppender<ch.qos.logback.classic.spi.ILoggingEvent> appender = new FileAppender<>();
        appender.setContext(context);
        appender.setName("server-file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        // INFO goes to the file only: the console keeps WARN and above, as for every command
        ch.qos.logback.classic.Logger openmom = context.getLogger("org.openmom");
        openmom.setLevel(Level.INFO);
        ch.qos.logback.core.Appender<ch.qos.logback.classic.spi.ILoggingEvent> console = root.getAppender("STDERR");
        if (console != null) {
            ch.qos.logback.classic.filter.ThresholdFilter warnOnly = new ch.qos.logback.classic.filter.ThresholdFilter();
            warnOnly.setLevel("WARN");
            warnOnly.start();
            console.addFilter(warnOnly);
        }
    }
}
