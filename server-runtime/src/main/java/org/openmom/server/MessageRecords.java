package org.openmom.server;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * The binary journal record of a persistent message and its pending targets:
 * <pre>
 * u8 version=1 | i32 flags | str fromService | str fromUser | str toService | str toUser | str event
 * | u16 targetCount | (str service | str user) × targetCount | i32 bodyLength | body
 * </pre>
 * where str is Java's modified UTF-8 with a u16 length ({@link DataOutputStream#writeUTF}). The
 * message id is the journal key.
 */
final class MessageRecords {
    private static final int VERSION = 1;

    private MessageRecords() {}

    static byte[] encode(Message message, List<ServiceUser> targets) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + message.body().length);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(VERSION);
            out.writeInt(message.flags());
            out.writeUTF(message.from().service());
            out.writeUTF(message.from().user());
            out.writeUTF(message.to().service());
            out.writeUTF(message.to().user());
            out.writeUTF(message.event());
            out.writeShort(targets.size());
            for (ServiceUser target : targets) {
                out.writeUTF(target.service());
                out.writeUTF(target.user());
            }
            out.writeInt(message.body().length);
            out.write(message.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** Calls {@code replay} with the decoded record; throws IOException when it is not one of ours. */
    static void decode(long id, byte[] record, MessageStore.Replay replay) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(record));
        int version = in.readUnsignedByte();
        if (version != VERSION) {
            throw new IOException("message record version " + version + " is not supported");
        }
        int flags = in.readInt();
        ServiceUser from = ServiceUser.of(in.readUTF(), in.readUTF());
        ServiceUser to = ServiceUser.of(in.readUTF(), in.readUTF());
        String event = in.readUTF();
        int count = in.readUnsignedShort();
        List<ServiceUser> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            targets.add(ServiceUser.of(in.readUTF(), in.readUTF()));
        }
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new IOException("message record body length " + length + " does not fit the record");
        }
        byte[] body = in.readNBytes(length);
        replay.record(new Message(id, from, to, event, flags, body), targets);
    }
}
