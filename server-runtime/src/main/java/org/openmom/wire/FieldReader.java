package org.openmom.wire;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.RouteHop;

/**
 * What a header's fields mean, whichever encoding carries them: the JSON of {@link HeaderReader}
 * and the CBOR of {@link CborHeaderReader} read the same fields into the same {@link Header},
 * with the same checks. A subclass reads the values of its syntax; this class decides which
 * value each field takes and skips the fields it does not know (newer peers may add some).
 */
abstract class FieldReader {
    /** Far above the hop limit of routers (16): a longer route is a forged frame. */
    static final int MAX_ROUTE = 64;

    /** Names that repeat from frame to frame (services, users, events) come from here instead of being decoded anew. */
    final StringCache strings = new StringCache();
    /** The header's bytes, from {@link #pos} up to {@link #end} (exclusive), while one is read. */
    byte[] in;
    int pos;
    int end;
    /** Headers of direct (off-heap) buffers are copied here first. */
    private byte[] copied = new byte[512];
    /** The integers of an array (ACK ids) are gathered here, then copied once at their exact count. */
    private long[] gathered = new long[256];

    /** Reads the header at {@code index} of a frame's buffer (heap or direct) without a copy per frame. */
    final Header read(io.netty.buffer.ByteBuf buffer, int index, int length) {
        if (buffer.hasArray()) {
            return read(buffer.array(), buffer.arrayOffset() + index, length);
        }
        if (copied.length < length) {
            copied = new byte[Math.max(length, copied.length * 2)];
        }
        buffer.getBytes(index, copied, 0, length);
        return read(copied, 0, length);
    }

    /** Reads the header in {@code length} bytes at {@code offset}: nothing after them (the body) is read. */
    final Header read(byte[] bytes, int offset, int length) {
        in = bytes;
        pos = offset;
        end = offset + length;
        try {
            return readHeader();
        } finally {
            in = null;
        }
    }

    /** The header at {@link #pos}: checks it is an object of this syntax, then {@link #readFields()}. */
    abstract Header readHeader();

    /** Adds the {@code count}-th integer of the array being read; returns the count with it. */
    final int gather(int count, long value) {
        if (count == gathered.length) {
            gathered = Arrays.copyOf(gathered, count * 2);
        }
        gathered[count] = value;
        return count + 1;
    }

    /** The {@code count} integers gathered for the array just read. */
    final long[] gathered(int count) {
        return Arrays.copyOf(gathered, count);
    }

    /** The members of the header's top-level object, then its type checked. */
    final Header readFields() {
        Header header = new Header(null);
        String[] typeName = new String[1];
        members(1, field -> {
            if (field == HeaderField.TYPE) {
                typeName[0] = text(field);
                return true;
            }
            return readInto(header, field);
        });
        if (typeName[0] == null) {
            throw new WireException("frame header has no \"type\"");
        }
        FrameType type = FrameType.named(typeName[0]);
        if (type == null) {
            throw new WireException("unknown frame type \"" + oneLine(typeName[0]) + "\"");
        }
        return header.type(type);
    }

    /** A peer's text shown in an error: control characters (a line break) as '?', at most 64 characters. */
    private static String oneLine(String text) {
        String shown = text.length() > 64 ? text.substring(0, 64) + "…" : text;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }

    /** Reads the value of {@code field} into {@code header}; false when the field is not one of a header's own. */
    private boolean readInto(Header header, HeaderField field) {
        switch (field) {
            case REQ: header.req(number(field)); break;
            case ID: header.id(number(field)); break;
            case VERSION: header.version((int) number(field)); break;
            case CLIENT: header.client(text(field)); break;
            case SERVER: header.server(text(field)); break;
            case ROLE: header.role((int) number(field)); break;
            case HEARTBEAT: header.heartbeat(number(field)); break;
            case SERVICE: header.service(text(field)); break;
            case USER: header.user(text(field)); break;
            case MODE: header.mode(text(field)); break;
            case WINDOW: header.window((int) number(field)); break;
            case FROM_SERVICE: header.fromService(text(field)); break;
            case FROM_USER: header.fromUser(text(field)); break;
            case TO_SERVICE: header.toService(text(field)); break;
            case TO_USER: header.toUser(text(field)); break;
            case EVENT: header.event(text(field)); break;
            case PERSISTENT: flag(header, field, Message.PERSISTENT); break;
            case ANYCAST: flag(header, field, Message.ANYCAST); break;
            case GLOBAL: flag(header, field, Message.GLOBAL); break;
            case CALL: flag(header, field, Message.CALL); break;
            case MAX: header.max((int) number(field)); break;
            case LOCK: header.lock(number(field)); break;
            case IDS: header.ids(longs(field)); break;
            case RECIPIENTS: header.recipients((int) number(field)); break;
            case WAITING: header.waiting(bool(field)); break;
            case REASON: header.reason(text(field)); break;
            case USERS: header.users(users()); break;
            case ADMIN: header.admin(bool(field)); break;
            case SECRET: header.secret(text(field)); break;
            case JSON_LENGTH: header.jsonLength((int) number(field)); break;
            case ROUTER: header.router(bool(field)); break;
            case ATS: header.ats(longs(field)); break;
            case ROUTE: header.route(route()); break;
            case ENCODING: header.encoding(text(field)); break;
            case PROPS: header.properties(properties()); break;
            // a field of a nested object (a USERS entry) met at the top level: unknown here, skipped
            default: return false;
        }
        return true;
    }

    private void flag(Header header, HeaderField field, int flag) {
        if (bool(field)) {
            header.flags(header.flags() | flag);
        }
    }

    /** A route is short (a hop limit ends longer ones): anything longer is not from a router. */
    private List<RouteHop> route() {
        return array(HeaderField.ROUTE, MAX_ROUTE, this::hop);
    }

    private RouteHop hop() {
        String[] server = new String[1];
        long[] idAndTime = new long[2];
        members(2, field -> {
            switch (field) {
                case SERVER: server[0] = text(field); return true;
                case ID: idAndTime[0] = number(field); return true;
                case AT: idAndTime[1] = number(field); return true;
                default: return false;
            }
        });
        if (server[0] == null) {
            throw new WireException("a server of header field \"route\" has no \"server\"");
        }
        return new RouteHop(server[0], idAndTime[0], idAndTime[1]);
    }

    /**
     * The message's properties: an object of strings, checked against the limits of a frame
     * ({@link MessagePropertyLimits#frameProblem}) as it is read, so that a forged frame cannot
     * make the server keep more than those few KiB with a message.
     */
    private Map<String, String> properties() {
        int maxCount = MessagePropertyLimits.MAX_COUNT + MessagePropertyLimits.SERVER_EXTRA_COUNT;
        Map<String, String> properties = new LinkedHashMap<>();
        textMembers(HeaderField.PROPS, name -> {
            if (properties.size() == maxCount) {
                throw new WireException("header field \"props\" has more than " + maxCount + " properties");
            }
            String value = exactText(HeaderField.PROPS);
            if (value == null) {
                throw new WireException("header field \"props\": property '" + oneLine(name) + "' must be a string");
            }
            if (properties.put(name, value) != null) {
                throw new WireException("header field \"props\" names property '" + oneLine(name) + "' twice");
            }
        });
        String problem = MessagePropertyLimits.frameProblem(properties);
        if (problem != null) {
            throw new WireException("header field \"props\": " + problem);
        }
        return MessagePropertyLimits.copyOf(properties);
    }

    /** {@code length} bytes at {@code start} as a String; bytes that are not UTF-8 are a malformed header, not replaced. */
    static String strictUtf8(byte[] bytes, int start, int length, HeaderField field) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, length)).toString();
        } catch (CharacterCodingException e) {
            throw new WireException("header field \"" + field.wireName + "\" holds a string that is not valid UTF-8");
        }
    }

    private List<UserInfo> users() {
        return array(HeaderField.USERS, Integer.MAX_VALUE, this::user);
    }

    private UserInfo user() {
        String[] names = new String[3];
        int[] counts = new int[4];
        boolean[] enabled = new boolean[1];
        members(2, field -> {
            switch (field) {
                case SERVICE: names[0] = text(field); return true;
                case USER: names[1] = text(field); return true;
                case INSTANCES: counts[0] = (int) number(field); return true;
                case ENABLED: enabled[0] = bool(field); return true;
                case UNDELIVERED: counts[1] = (int) number(field); return true;
                case OUT_OF_ROTATION: counts[2] = (int) number(field); return true;
                case LOCKED: counts[3] = (int) number(field); return true;
                case SERVER: names[2] = text(field); return true;
                default: return false;
            }
        });
        return new UserInfo(names[0], names[1], counts[0], enabled[0], counts[1], names[2], counts[2], counts[3]);
    }

    // ---- the values of the syntax --------------------------------------------------------------

    /** A string, or null. */
    abstract String text(HeaderField field);

    /** An integer. */
    abstract long number(HeaderField field);

    abstract boolean bool(HeaderField field);

    /** A string read exactly (valid UTF-8 required, not from the cache of names), or null. */
    abstract String exactText(HeaderField field);

    /**
     * An object with names of any text (not header fields): each member's name goes to {@code member},
     * which reads its value.
     */
    abstract void textMembers(HeaderField field, Consumer<String> member);

    /** An array of integers. */
    abstract long[] longs(HeaderField field);

    /** An array of objects, each read by {@code element}; more than {@code max} of them is a malformed header. */
    abstract <T> List<T> array(HeaderField field, int max, Supplier<T> element);

    /**
     * One object at nesting {@code depth} (the header itself is 1): each member goes to
     * {@code member}, which returns false for a name it does not know — that value is skipped.
     * Names that are no field at all are skipped without asking.
     */
    abstract void members(int depth, MemberReader member);

    @FunctionalInterface
    interface MemberReader {
        boolean read(HeaderField field);
    }
}
