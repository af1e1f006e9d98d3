package org.openmom.admin;

/**
 * One line of the server log.
 *
 * @param sequence   increases by one per line kept since the server started: the position for "since"
 * @param timeMillis when it was logged, epoch milliseconds
 * @param level      its level 0–4 (see {@link LogLevel})
 * @param logger     the component that logged it
 * @param text       the message, one line
 */
public record LogLine(long sequence, long timeMillis, LogLevel level, String logger, String text) {}
