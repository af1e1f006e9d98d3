package org.openmom.server.persistence;

import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UTFDataFormatException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmom.journal.JournalPayload;
import org.openmom.model.DeadLetter;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.RouteHop;
import org.openmom.model.ServiceUser;
import org.openmom.server.MessageStore;

/**
 * The binary journal record of a persistent message and its pending targets:
 * <pre>
 * u8 version=2|3 | i32 flags | i64 postedAt | u8 hopCount | (str server | i64 id | i64 at) × hopCount
 * | str fromService | str fromUser | str toService | str toUser | str event
 * | (version 3 only: u16 propertyCount | (str name | str value) × propertyCount)
 * | u16 targetCount | (str service | str user) × targetCount | i32 bodyLength | body
 * </pre>
 * where str is Java's modified UTF-8 with a u16 length ({@link DataOutputStream#writeUTF}). The
 * message id is the journal key. A message with properties is written as version 3, any other as
 * version 2, byte for byte the record it always was. Version 1 records (no time, no route) are
 * still read: they get the replay time and an empty route. A record without targets is a message received through a
 * router and consumed here, kept only so that a copy sent again is known (docs/routers.md).
 */
final class MessageRecords {
    private static final int VERSION = 2;
    private static final int WITH_PROPERTIES = 3;
    private static final int FIRST_VERSION = 1;

    private MessageRecords() {}

    /**
     * The record as a journal payload that the journal's writer thread encodes straight into its
     * write buffer: no array of the record exists on the heap (it copied the whole body, about
     * 1 KiB per message in benchmark W2, the largest allocation of the persistent path).
     * {@code message} is immutable; {@code targets} must not change afterwards.
     *
     * @throws UncheckedIOException here, not on the writer thread, when a name is too long
     */
    static JournalPayload payload(Message message, List<ServiceUser> targets) {
        return new Payload(message, targets);
    }

    private static final class Payload implements JournalPayload {
        private final Message message;
        private final List<ServiceUser> targets;
        private final int length;

        Payload(Message message, List<ServiceUser> targets) {
            this.message = message;
            this.targets = targets;
            this.length = lengthOf(message, targets);
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public void writeTo(ByteBuffer out) {
            out.put((byte) (message.hasProperties() ? WITH_PROPERTIES : VERSION));
            out.putInt(message.flags());
            out.putLong(message.postedAt());
            List<RouteHop> route = message.route();
            out.put((byte) route.size());
            for (int i = 0; i < route.size(); i++) {
                putUtf(out, route.get(i).server());
                out.putLong(route.get(i).messageId());
                out.putLong(route.get(i).atMillis());
            }
            putUtf(out, message.from().service());
            putUtf(out, message.from().user());
            putUtf(out, message.to().service());
            putUtf(out, message.to().user());
            putUtf(out, message.event());
            if (message.hasProperties()) {
                out.putShort((short) message.properties().size());
                for (Map.Entry<String, String> property : message.properties().entrySet()) {
                    putUtf(out, property.getKey());
                    putUtf(out, property.getValue());
                }
            }
            out.putShort((short) targets.size());
            for (int i = 0; i < targets.size(); i++) {
                putUtf(out, targets.get(i).service());
                putUtf(out, targets.get(i).user());
            }
            out.putInt(message.body().length);
            out.put(message.body());
        }
    }

    private static int lengthOf(Message message, List<ServiceUser> targets) {
        int size = 1 + 4 + 8 + 1;
        for (RouteHop hop : message.route()) {
            size += utfLength(hop.server()) + 16;
        }
        size += utfLength(message.from().service()) + utfLength(message.from().user())
                + utfLength(message.to().service()) + utfLength(message.to().user()) + utfLength(message.event()) + 2;
        if (message.hasProperties()) {
            size += 2;
            for (Map.Entry<String, String> property : message.properties().entrySet()) {
                size += utfLength(property.getKey()) + utfLength(property.getValue());
            }
        }
        for (int i = 0; i < targets.size(); i++) {
            size += utfLength(targets.get(i).service()) + utfLength(targets.get(i).user());
        }
        return size + 4 + message.body().length;
    }

    /** Bytes of {@code text} as {@link DataOutputStream#writeUTF} writes it, its u16 length included. */
    private static int utfLength(String text) {
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            length += c >= 0x0001 && c <= 0x007F ? 1 : c > 0x07FF ? 3 : 2;
        }
        if (length > 0xFFFF) {
            throw new UncheckedIOException(new UTFDataFormatException("a name of " + length + " bytes is too long for a message record"));
        }
        return 2 + length;
    }

    /** Java's modified UTF-8 with a u16 length, exactly as {@link DataOutputStream#writeUTF}. */
    private static void putUtf(ByteBuffer out, String text) {
        int lengthAt = out.position();
        out.position(lengthAt + 2);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x0001 && c <= 0x007F) {
                out.put((byte) c);
            } else if (c > 0x07FF) {
                out.put((byte) (0xE0 | (c >> 12) & 0x0F));
                out.put((byte) (0x80 | (c >> 6) & 0x3F));
                out.put((byte) (0x80 | c & 0x3F));
            } else {
                out.put((byte) (0xC0 | (c >> 6) & 0x1F));
                out.put((byte) (0x80 | c & 0x3F));
            }
        }
        out.putShort(lengthAt, (short) (out.position() - lengthAt - 2));
    }

    /**
     * The service the record's message is addressed to, read without decoding the rest: which
     * Logging Service keeps it (a journal move reads every record of a journal).
     */
    static String serviceOf(byte[] record) throws IOException {
        RecordReader in = new RecordReader(record, record.length);
        int version = readVersion(in);
        in.i32(); // flags
        if (version >= VERSION) {
            in.i64(); // postedAt
            int hops = in.u8();
            for (int i = 0; i < hops; i++) {
                in.skip(in.stringLength());
                in.i64();
                in.i64();
            }
        }
        in.skip(in.stringLength()); // from
        in.skip(in.stringLength());
        return in.string();
    }

    /**
     * Calls {@code replay} with the decoded record, its names shared through {@code names};
     * throws IOException when it is not one of ours.
     */
    static void decode(long id, byte[] record, ReplayedNames names, MessageStore.Replay replay) throws IOException {
        decode(id, ByteBuffer.wrap(record), names, (targets, length) -> true,
                (message, targets, bodyAt, bodyLength) -> replay.record(message, targets));
    }

    /** Whether the replay wants a body of {@code length} bytes for {@code targets} now (see {@link MessageStore.Replay#wantsBody}). */
    @FunctionalInterface
    interface BodyWanted {
        boolean test(List<ServiceUser> targets, int length);
    }

    /**
     * A decoded record: its message (with {@link MessageStore#BODY_ELSEWHERE} for body when it was
     * not wanted), its targets, and where its body of {@code bodyLength} bytes begins in the
     * record, or -1 when the message's body is not those bytes (a dead letter unwrapped).
     */
    @FunctionalInterface
    interface Decoded {
        void accept(Message message, List<ServiceUser> targets, int bodyAt, int bodyLength);
    }

    /** The part of a record before its body. */
    private record Header(int version, int flags, long postedAt, List<RouteHop> route, ServiceUser from, ServiceUser to,
                          String event, Map<String, String> properties, List<ServiceUser> targets, int bodyLength, int bodyAt) {
        /** A dead letter kept in the envelope of the versions before properties is rewritten from its body. */
        boolean mayBeEnvelope() {
            return version != WITH_PROPERTIES && to.service().equals(DeadLetter.MAILBOX);
        }
    }

    /** Bytes of a record copied to decode its header at first: more only for long names, routes or properties. */
    private static final int HEADER_PREFIX = 512;

    /**
     * Decodes the record between {@code record}'s position and limit (left as they are); the
     * body is copied out of it only when {@code wanted}.
     */
    static void decode(long id, ByteBuffer record, ReplayedNames names, BodyWanted wanted, Decoded decoded) throws IOException {
        int start = record.position();
        int size = record.remaining();
        int prefix = Math.min(size, HEADER_PREFIX);
        byte[] bytes = names.headerBuffer(prefix);
        record.get(start, bytes, 0, prefix);
        Header header;
        try {
            header = header(new RecordReader(bytes, prefix), names);
        } catch (EOFException cut) {
            if (prefix == size) {
                throw cut;
            }
            bytes = names.headerBuffer(size);
            record.get(start, bytes, 0, size);
            header = header(new RecordReader(bytes, size), names);
        }
        if (header.bodyLength() < 0 || header.bodyLength() > size - header.bodyAt()) {
            throw new IOException("message record body length " + header.bodyLength() + " does not fit the record");
        }
        boolean whole = header.mayBeEnvelope() || wanted.test(header.targets(), header.bodyLength());
        byte[] body = MessageStore.BODY_ELSEWHERE;
        if (whole) {
            body = new byte[header.bodyLength()];
            record.get(start + header.bodyAt(), body);
        }
        Message message = new Message(id, header.from(), header.to(), header.event(), header.flags(), body, header.postedAt(),
                header.route(), header.properties());
        Message replayed = header.mayBeEnvelope() ? EnvelopedDeadLetter.unwrap(message) : message;
        decoded.accept(replayed, header.targets(), replayed.body() == message.body() ? header.bodyAt() : -1, header.bodyLength());
    }

    private static Header header(RecordReader in, ReplayedNames names) throws IOException {
        int version = readVersion(in);
        int flags = in.i32();
        long postedAt = System.currentTimeMillis();
        List<RouteHop> route = List.of();
        if (version >= VERSION) {
            postedAt = in.i64();
            int hops = in.u8();
            if (hops > 0) {
                List<RouteHop> read = new ArrayList<>(hops);
                for (int i = 0; i < hops; i++) {
                    read.add(new RouteHop(names.name(in), in.i64(), in.i64()));
                }
                route = List.copyOf(read);
            }
        }
        ServiceUser from = names.pair(names.name(in), names.name(in));
        ServiceUser to = names.pair(names.name(in), names.name(in));
        String event = names.name(in);
        Map<String, String> properties = Map.of();
        if (version == WITH_PROPERTIES) {
            int propertyCount = in.u16();
            Map<String, String> read = new LinkedHashMap<>();
            for (int i = 0; i < propertyCount; i++) {
                read.put(in.string(), in.string());
            }
            properties = MessagePropertyLimits.copyOf(read);
        }
        int count = in.u16();
        List<ServiceUser> targets = count == 1 ? names.target(names.pair(names.name(in), names.name(in))) : targets(in, names, count);
        int bodyLength = in.i32();
        return new Header(version, flags, postedAt, route, from, to, event, properties, targets, bodyLength, in.position());
    }

    private static List<ServiceUser> targets(RecordReader in, ReplayedNames names, int count) throws IOException {
        List<ServiceUser> targets = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            targets.add(names.pair(names.name(in), names.name(in)));
        }
        return names.targets(targets);
    }

    private static int readVersion(RecordReader in) throws IOException {
        int version = in.u8();
        if (version < FIRST_VERSION || version > WITH_PROPERTIES) {
            throw new IOException("message record version " + version + " is not supported");
        }
        return version;
    }
}
