package org.openmom.admin;

/**
 * The names of the properties the server reports beside a message's headers
 * ({@link MessageDetail#properties()}, {@link ExportedMessage#properties()}).
 */
public final class MessageProperties {
    /** A dead letter's original destination, {@code SERVICE/USER}. */
    public static final String DEAD_LETTER_TO = "dead-letter.to";
    /** A dead letter's original event. */
    public static final String DEAD_LETTER_EVENT = "dead-letter.event";
    /** A dead letter's original sender, {@code SERVICE/USER}. */
    public static final String DEAD_LETTER_FROM = "dead-letter.from";
    /** A dead letter's original id. */
    public static final String DEAD_LETTER_ID = "dead-letter.id";

    private MessageProperties() {}
}
