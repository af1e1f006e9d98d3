package org.openmom.admin.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.filter.ThresholdFilter;
import ch.qos.logback.core.Appender;
import ch.qos.logback.classic.spi.ILoggingEvent;
import org.openmom.admin.LogLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the {@link LogRing} on the server's Logback context and turns the 0–4 server log
 * level into Logback levels for {@code org.openmom}: up to 2 the components log INFO, 3 adds
 * DEBUG, 4 TRACE. Without Logback (another SLF4J binding) the ring stays empty and the level
 * only filters the ring.
 */
public final class ServerLogControl {
    private static final Logger LOG = LoggerFactory.getLogger(ServerLogControl.class);
    private static final String PRODUCT_LOGGER = "org.openmom";

    private final LogRing ring;

    private ServerLogControl(LogRing ring) {
        this.ring = ring;
    }

    /** A ring of {@code capacity} lines attached to the root logger, at the default level 1. */
    public static ServerLogControl install(int capacity) {
        LogRing ring = new LogRing(capacity);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            ring.setContext(context);
            ring.start();
            ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            root.addAppender(ring);
            keepConsoleQuiet(root);
        }
        ServerLogControl control = new ServerLogControl(ring);
        control.apply(LogLevel.DEFAULT);
        return control;
    }

    /**
     * The server's INFO lines are for its ring and log file, not for the terminal it was
     * started from (as {@code openmom server} already arranges for its file log).
     */
    private static void keepConsoleQuiet(ch.qos.logback.classic.Logger root) {
        Appender<ILoggingEvent> console = root.getAppender("STDERR");
        if (console != null && console.getCopyOfAttachedFiltersList().isEmpty()) {
            ThresholdFilter warnOnly = new ThresholdFilter();
            warnOnly.setLevel("WARN");
            warnOnly.start();
            console.addFilter(warnOnly);
        }
    }

    public LogRing ring() {
        return ring;
    }

    /** Sets the server log level; returns the level before. */
    public synchronized LogLevel setLevel(LogLevel level) {
        LogLevel before = ring.level();
        apply(level);
        LOG.info("server log level {} ({}), was {}", level.number(), level.meaning(), before.number());
        return before;
    }

    private void apply(LogLevel level) {
        ring.setLevel(level);
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            Level logback = level.number() >= 4 ? Level.TRACE : level.number() == 3 ? Level.DEBUG : Level.INFO;
            context.getLogger(PRODUCT_LOGGER).setLevel(logback);
        }
    }

    /** Detaches the ring (the server stops). */
    public void uninstall() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext) {
            LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
            context.getLogger(Logger.ROOT_LOGGER_NAME).detachAppender(ring);
        }
        ring.stop();
    }
}
