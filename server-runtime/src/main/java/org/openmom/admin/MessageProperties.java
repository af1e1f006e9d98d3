package org.openmom.admin;

import org.openmom.model.DeadLetter;

/**
 * The names of the properties the server itself gives messages ({@link MessageDetail#properties()},
 * {@link ExportedMessage#properties()}, {@code ReceivedMessage.properties()}), beside those their
 * posters gave them.
 */
public final class MessageProperties {
    /** A dead letter's original destination, {@code SERVICE/USER}. */
    public static final String DEAD_LETTER_TO = DeadLetter.TO;
    /** A dead letter's original event. */
    public static final String DEAD_LETTER_EVENT = DeadLetter.EVENT;
    /** A dead letter's original sender, {@code SERVICE/USER}. */
    public static final String DEAD_LETTER_FROM = DeadLetter.FROM;
    /** A dead letter's original id. */
    public static final String DEAD_LETTER_ID = DeadLetter.ID;
    /** An imported message's id on the server it was exported from. */
    public static final String IMPORT_ID = "import.id";
    /** An imported message's sender as exported, {@code SERVICE/USER}. */
    public static final String IMPORT_FROM = "import.from";
    /** When the exporting server received it, epoch milliseconds. */
    public static final String IMPORT_POSTED = "import.posted";

    private MessageProperties() {}
}
