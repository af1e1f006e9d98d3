package org.openmom.examples.chat.client;

import java.time.LocalTime;

/**
 * One line of the conversation as the chat window shows it.
 *
 * @param time       when it was sent (by us) or received
 * @param kind       who wrote it: the other person, us, or the chat itself (news or a problem)
 * @param from       the sender's user name (ours for a sent message; empty for a notice)
 * @param to         the user it was sent to (empty for a notice)
 * @param text       what was said, or the notice
 * @param persistent sent or received as a persistent message
 * @param waiting    a sent persistent message that nobody received yet: it waits on the server
 */
public record ChatLine(LocalTime time, Kind kind, String from, String to, String text, boolean persistent, boolean waiting) {
    public enum Kind {
        RECEIVED, SENT, NOTICE, PROBLEM
    }

    /** News of the connection, from the chat itself. */
    public static ChatLine notice(String text) {
        return new ChatLine(LocalTime.now(), Kind.NOTICE, "", "", text, false, false);
    }

    /** Something that went wrong (a message not sent), said whole. */
    public static ChatLine problem(String text) {
        return new ChatLine(LocalTime.now(), Kind.PROBLEM, "", "", text, false, false);
    }
}
