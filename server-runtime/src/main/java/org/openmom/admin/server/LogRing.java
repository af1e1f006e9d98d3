package org.openmom.admin.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.openmom.admin.LogLevel;
import org.openmom.admin.LogLine;
import org.openmom.admin.LogTail;

/**
 * The recent lines of the server log, in memory, for {@code openmom log} and the Explorer: a
 * Logback appender keeping the last {@code capacity} lines at or below the server's log level
 * (0–4) and telling watchers of each new line. Appending never blocks on readers for long:
 * the ring is a bounded deque under its own monitor, copied out a page at a time.
 */
public final class LogRing extends AppenderBase<ILoggingEvent> {
    private final int capacity;
    private final ArrayDeque<LogLine> lines;
    private final List<Consumer<LogLine>> listeners = new CopyOnWriteArrayList<>();
    private volatile LogLevel level = LogLevel.DEFAULT;
    private long nextSequence = 1;

    public LogRing(int capacity) {
        this.capacity = capacity;
        this.lines = new ArrayDeque<>(Math.min(capacity, 4096));
        setName("openmom-admin-log-ring");
    }

    public LogLevel level() {
        return level;
    }

    void setLevel(LogLevel newLevel) {
        level = newLevel;
    }

    /** Tells {@code listener} of every line kept from now on, on the logging thread: it must only enqueue. */
    public void addListener(Consumer<LogLine> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<LogLine> listener) {
        listeners.remove(listener);
    }

    @Override
    protected void append(ILoggingEvent event) {
        LogLevel lineLevel = levelOf(event);
        if (lineLevel.number() > level.number()) {
            return;
        }
        LogLine line;
        synchronized (lines) {
            line = new LogLine(nextSequence++, event.getTimeStamp(), lineLevel, shortName(event.getLoggerName()),
                    oneLine(event.getFormattedMessage()));
            if (lines.size() == capacity) {
                lines.pollFirst();
            }
            lines.addLast(line);
        }
        for (Consumer<LogLine> listener : listeners) {
            listener.accept(line);
        }
    }

    /** The last {@code max} lines, oldest first. */
    public LogTail tail(int max) {
        synchronized (lines) {
            int wanted = Math.max(0, max);
            int take = Math.min(wanted, lines.size());
            List<LogLine> page = new ArrayList<>(take);
            int skip = lines.size() - take;
            for (LogLine line : lines) {
                if (skip > 0) {
                    skip--;
                } else {
                    page.add(line);
                }
            }
            long kept = lines.size();
            long everLogged = nextSequence - 1;
            long skipped = Math.max(0, Math.min(wanted, everLogged) - kept);
            return new LogTail(level, page, nextSequence, skipped);
        }
    }

    /**
     * The level 0–4 of a log line (the FireRender agent log's types): errors and warnings are
     * system errors (0) except a peer's protocol faults, which are application errors (2);
     * information is connection-level (1); debug is command monitoring (3); trace is debug (4).
     */
    static LogLevel levelOf(ILoggingEvent event) {
        Level logback = event.getLevel();
        if (logback.isGreaterOrEqual(Level.WARN)) {
            return logback == Level.WARN && event.getLoggerName().startsWith("org.openmom.server.pipeline.ServerConnection")
                    ? LogLevel.APPLICATION_ERRORS : LogLevel.SYSTEM;
        }
        if (logback == Level.INFO) {
            return LogLevel.CONNECTIONS;
        }
        return logback == Level.DEBUG ? LogLevel.COMMANDS : LogLevel.DEBUG;
    }

    private static String shortName(String logger) {
        int dot = logger.lastIndexOf('.');
        return dot < 0 ? logger : logger.substring(dot + 1);
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.indexOf('\n') < 0 ? text : text.replace('\n', ' ');
    }
}
