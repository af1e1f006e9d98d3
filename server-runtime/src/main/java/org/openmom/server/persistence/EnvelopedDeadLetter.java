package org.openmom.server.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openmom.fileformat.FieldCodec;
import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Dead letters that DeadLetterMailbox kept before messages had properties: the original body
 * behind one line {@code OpenMOM-Dead-Letter TO-SERVICE TO-USER EVENT FROM-SERVICE FROM-USER ID}
 * (fields {@code +}-encoded as in the OpenMOM files). Such a record is read once, at replay, into
 * today's form — the body alone, where it was going as {@link DeadLetter} properties — so that
 * nothing after the replay knows the old form. Its journal record stays as it was until the
 * dead letter is consumed.
 */
final class EnvelopedDeadLetter {
    private static final byte[] MARK = "OpenMOM-Dead-Letter ".getBytes(StandardCharsets.UTF_8);

    private EnvelopedDeadLetter() {}

    /** {@code message} in today's form when it is a dead letter in an envelope; else {@code message} itself. */
    static Message unwrap(Message message) {
        if (!message.to().service().equals(DeadLetter.MAILBOX) || message.hasProperties() || !startsWithMark(message.body())) {
            return message;
        }
        byte[] bytes = message.body();
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        String[] fields = new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
        if (newline == bytes.length || fields.length != 7) {
            return message; // not an envelope after all: a body that begins like one
        }
        try {
            DeadLetter original = new DeadLetter(ServiceUser.of(FieldCodec.decode(fields[1]), FieldCodec.decode(fields[2])),
                    FieldCodec.decode(fields[3]), ServiceUser.of(FieldCodec.decode(fields[4]), FieldCodec.decode(fields[5])),
                    Long.parseLong(fields[6]));
            return new Message(message.id(), message.from(), message.to(), message.event(), message.flags(),
                    Arrays.copyOfRange(bytes, newline + 1, bytes.length), message.postedAt(), message.route(),
                    original.keptProperties(message.properties()));
        } catch (IllegalArgumentException damaged) {
            return message;
        }
    }

    private static boolean startsWithMark(byte[] body) {
        return body.length >= MARK.length && Arrays.equals(body, 0, MARK.length, MARK, 0, MARK.length);
    }
}
