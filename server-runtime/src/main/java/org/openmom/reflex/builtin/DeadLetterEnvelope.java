package org.openmom.reflex.builtin;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.openmom.fileformat.FieldCodec;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * How {@link DeadLetterMailbox} keeps a dead letter: the original body behind one header line,
 * {@code OpenMOM-Dead-Letter TO-SERVICE TO-USER EVENT FROM-SERVICE FROM-USER ID} (fields
 * {@code +}-encoded as in the OpenMOM files), so an administrator reads where it was going
 * and a tool can resubmit it with {@link #read}.
 *
 * @param to    the original destination
 * @param event the original event
 * @param from  the original sender
 * @param id    the original message id
 * @param body  the original body
 */
public record DeadLetterEnvelope(ServiceUser to, String event, ServiceUser from, long id, byte[] body) {
    public static final String MARK = "OpenMOM-Dead-Letter";

    public static DeadLetterEnvelope of(Message message) {
        return new DeadLetterEnvelope(message.to(), message.event(), message.from(), message.id(), message.body());
    }

    public byte[] toBytes() {
        String header = String.join(" ", MARK, FieldCodec.encode(to.service()), FieldCodec.encode(to.user()),
                FieldCodec.encode(event), FieldCodec.encode(from.service()), FieldCodec.encode(from.user()),
                Long.toString(id)) + "\n";
        byte[] head = header.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, bytes, head.length, body.length);
        return bytes;
    }

    /** Reads a kept dead letter back; fails on a body that is not one. */
    public static DeadLetterEnvelope read(byte[] bytes) {
        int newline = 0;
        while (newline < bytes.length && bytes[newline] != '\n') {
            newline++;
        }
        String[] fields = new String(bytes, 0, newline, StandardCharsets.UTF_8).split(" ");
        if (newline == bytes.length || fields.length != 7 || !fields[0].equals(MARK)) {
            throw new IllegalArgumentException("not a dead letter kept by DeadLetterMailbox (no '" + MARK + "' line)");
        }
        return new DeadLetterEnvelope(ServiceUser.of(FieldCodec.decode(fields[1]), FieldCodec.decode(fields[2])),
                FieldCodec.decode(fields[3]), ServiceUser.of(FieldCodec.decode(fields[4]), FieldCodec.decode(fields[5])),
                Long.parseLong(fields[6]), Arrays.copyOfRange(bytes, newline + 1, bytes.length));
    }
}
