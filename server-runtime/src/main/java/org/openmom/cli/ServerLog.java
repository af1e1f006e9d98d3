package org.openmom.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the server's log (INFO and up) to a file under {@code $OPENMOM_HOME/logs/}, which rolls
 * at a size and keeps {@value #ROLLED_FILES} rolled files ({@code NAME-ROLE.1.log} the newest), so
 * that the log never takes more than {@value #ROLLED_FILES} + 1 times that size of the disk. The
 * files are readable by their owner only.
 */
final class ServerLog {
    static final int ROLLED_FILES = 5;

    private ServerLog() {}

    /** Logs to {@code file} ({@code NAME-ROLE.log}), rolled when it reaches {@code rollBytes}. */
    static void toFile(Path file, long rollBytes) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext)) {
            return; // another SLF4J binding: its own configuration decides
        }
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level %logger{30} - %msg%n");
        encoder.start();
        RollingFileAppender<ILoggingEvent> appender = new PrivateRollingFileAppender();
        appender.setContext(context);
        appender.setName("server-file");
        appender.setFile(file.toString());
        appender.setAppend(true);
        appender.setEncoder(encoder);
        FixedWindowRollingPolicy rolled = new FixedWindowRollingPolicy();
        rolled.setContext(context);
        rolled.setParent(appender);
        rolled.setFileNamePattern(file.toString().replaceFirst("\\.log$", "") + ".%i.log");
        rolled.setMinIndex(1);
        rolled.setMaxIndex(ROLLED_FILES);
        rolled.start();
        SizeBasedTriggeringPolicy<ILoggingEvent> atSize = new SizeBasedTriggeringPolicy<>();
        atSize.setContext(context);
        atSize.setMaxFileSize(new FileSize(rollBytes));
        // the size is looked at on every line, not once a minute: a flood must not overshoot the cap
        atSize.setCheckIncrement(Duration.buildByMilliseconds(0));
        atSize.start();
        appender.setRollingPolicy(rolled);
        appender.setTriggeringPolicy(atSize);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender);
        // INFO goes to the file only: the console keeps WARN and above, as for every command
        ch.qos.logback.classic.Logger openmom = context.getLogger("org.openmom");
        openmom.setLevel(Level.INFO);
        ch.qos.logback.core.Appender<ILoggingEvent> console = root.getAppender(ConsoleLogging.APPENDER);
        if (console != null) {
            ch.qos.logback.classic.filter.ThresholdFilter warnOnly = new ch.qos.logback.classic.filter.ThresholdFilter();
            warnOnly.setLevel("WARN");
            warnOnly.start();
            console.addFilter(warnOnly);
        }
    }
}
