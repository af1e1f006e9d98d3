package org.openmom.admin;

/**
 * The server log levels 0–4 (as in the FireRender service broker's agent log): a line is kept
 * when its level is at most the current level; level 0 lines are always kept.
 */
public enum LogLevel {
    /** 0: system errors and server start/stop. */
    SYSTEM(0, "system errors and server start/stop"),
    /** 1: service connect and disconnect (the default). */
    CONNECTIONS(1, "service connect and disconnect"),
    /** 2: application errors (refused registrations, reflex failures, bad peers). */
    APPLICATION_ERRORS(2, "application errors"),
    /** 3: command monitoring (posts, deletes, status changes). */
    COMMANDS(3, "command monitoring"),
    /** 4: debug. */
    DEBUG(4, "debug messages");

    public static final LogLevel DEFAULT = CONNECTIONS;

    private final int number;
    private final String meaning;

    LogLevel(int number, String meaning) {
        this.number = number;
        this.meaning = meaning;
    }

    public int number() {
        return number;
    }

    public String meaning() {
        return meaning;
    }

    /** @throws IllegalArgumentException when {@code number} is not 0–4, with the list of levels */
    public static LogLevel of(int number) {
        for (LogLevel level : values()) {
            if (level.number == number) {
                return level;
            }
        }
        throw new IllegalArgumentException("log level " + number + " does not exist: use 0 (system), 1 (connections),"
                + " 2 (application errors), 3 (commands) or 4 (debug)");
    }
}
