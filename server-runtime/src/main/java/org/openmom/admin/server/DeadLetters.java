package org.openmom.admin.server;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.openmom.admin.MessageProperties;
import org.openmom.model.Message;
import org.openmom.reflex.builtin.DeadLetterEnvelope;
import org.openmom.reflex.builtin.DeadLetterMailbox;

/**
 * Dead letters as administrators see them: {@link DeadLetterMailbox} keeps each one in an
 * envelope (a header line before the original body, so that the journal keeps the original
 * destination with no change of its format); administration shows the original body and the
 * original destination, event, sender and id as properties, and resubmits to that destination.
 */
final class DeadLetters {
    private static final byte[] MARK = (DeadLetterEnvelope.MARK + " ").getBytes(StandardCharsets.UTF_8);

    private DeadLetters() {}

    /** Whether {@code message} is a dead letter kept by DeadLetterMailbox. */
    static boolean isKept(Message message) {
        return message.to().service().equals(DeadLetterMailbox.MAILBOX) && startsWithMark(message.body());
    }

    /** The envelope of a kept dead letter, or empty for any other message (or a damaged envelope). */
    static Optional<DeadLetterEnvelope> envelope(Message message) {
        if (!isKept(message)) {
            return Optional.empty();
        }
        try {
            return Optional.of(DeadLetterEnvelope.read(message.body()));
        } catch (IllegalArgumentException damaged) {
            return Optional.empty();
        }
    }

    /** The body administrators see: a dead letter's original body, any other message's own. */
    static byte[] body(Message message) {
        return envelope(message).map(DeadLetterEnvelope::body).orElse(message.body());
    }

    /** A dead letter's original destination, event, sender and id; empty for any other message. */
    static Map<String, String> properties(Message message) {
        return envelope(message).map(DeadLetters::properties).orElse(Map.of());
    }

    static Map<String, String> properties(DeadLetterEnvelope envelope) {
        return Map.of(MessageProperties.DEAD_LETTER_TO, envelope.to().toString(),
                MessageProperties.DEAD_LETTER_EVENT, envelope.event(),
                MessageProperties.DEAD_LETTER_FROM, envelope.from().toString(),
                MessageProperties.DEAD_LETTER_ID, Long.toString(envelope.id()));
    }

    private static boolean startsWithMark(byte[] body) {
        if (body.length < MARK.length) {
            return false;
        }
        for (int i = 0; i < MARK.length; i++) {
            if (body[i] != MARK[i]) {
                return false;
            }
        }
        return true;
    }
}
