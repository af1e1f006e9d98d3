package org.openmom.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

/**
 * Reads a header's JSON object in one pass over its bytes. Every frame has one, so this is on
 * the path of every message: unlike a general JSON parser it allocates nothing per frame but
 * the {@link Header} and the strings it holds, and the strings of names that repeat from frame
 * to frame (services, users, events) come from a small cache instead of being decoded anew.
 * Unknown fields are skipped, as newer peers may add some. One reader per thread (it keeps
 * its cache and scratch buffers), taken with {@link #current()}.
 */
final class HeaderReader {
    private static final ThreadLocal<HeaderReader> READERS = ThreadLocal.withInitial(HeaderReader::new);
    private static final int MAX_DEPTH = 8;
    /** Far above the hop limit of routers (16): a longer route is a forged frame. */
    private static final int MAX_ROUTE = 64;

    private final StringCache strings = new StringCache();
    private byte[] in;
    private int pos;
    private int end;
    /** Escaped strings are unescaped into this (as UTF-8) before becoming a String. */
    private byte[] unescaped = new byte[64];
    /** ACK ids are gathered here, then copied once at their exact count. */
    private long[] idScratch = new long[256];
    /** Headers of direct (off-heap) buffers are copied here first. */
    private byte[] copied = new byte[512];

    static HeaderReader current() {
        return READERS.get();
    }

    Header read(byte[] bytes, int offset, int length) {
        in = bytes;
        pos = offset;
        end = offset + length;
        try {
            return readHeader();
        } finally {
            in = null;
        }
    }

    Header read(io.netty.buffer.ByteBuf buffer, int index, int length) {
        if (buffer.hasArray()) {
            return read(buffer.array(), buffer.arrayOffset() + index, length);
        }
        if (copied.length < length) {
            copied = new byte[Math.max(length, copied.length * 2)];
        }
        buffer.getBytes(index, copied, 0, length);
        return read(copied, 0, length);
    }

    private Header readHeader() {
        skipBlanks();
        if (pos < end && in[pos] != '{' && in[pos] != '[' && in[pos] != '"') {
            skipValue(1); // garbage is "not valid JSON", a number or literal "not a JSON object"
        }
        if (pos >= end || in[pos] != '{') {
            throw new WireException("frame header is not a JSON object");
        }
        pos++;
        Header header = new Header(null);
        String typeName = null;
        if (!closes('}')) {
            do {
                Field field = fieldName();
                skipBlanks();
                expect(':');
                skipBlanks();
                if (field == null) {
                    skipValue(1);
                } else if (field == Field.TYPE) {
                    typeName = text(field);
                } else {
                    readInto(header, field);
                }
            } while (nextMember('}'));
        }
        if (typeName == null) {
            throw new WireException("frame header has no \"type\"");
        }
        FrameType type = FrameType.named(typeName);
        if (type == null) {
            throw new WireException("unknown frame type \"" + typeName + "\"");
        }
        return header.type(type);
    }

    private void readInto(Header header, Field field) {
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
            case IDS: header.ids(ids()); break;
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
            // a field of a nested object (a USERS entry) met at the top level: unknown here, skipped
            default: skipValue(1);
        }
    }

    // ---- values ------------------------------------------------------------------------------

    private String text(Field field) {
        if (peek() == 'n') {
            literal("null");
            return null;
        }
        if (peek() != '"') {
            throw new WireException("header field \"" + field.json + "\" must be a string");
        }
        return string();
    }

    private long number(Field field) {
        int start = pos;
        boolean negative = peek() == '-';
        if (negative) {
            pos++;
        }
        long value = 0;
        int digits = 0;
        while (pos < end && in[pos] >= '0' && in[pos] <= '9') {
            int digit = next() - '0';
            if (value > (Long.MAX_VALUE - digit) / 10) {
                throw new WireException("header field \"" + field.json + "\" is out of range");
            }
            value = value * 10 + digit;
            digits++;
        }
        if (digits == 0 || (pos < end && (in[pos] == '.' || in[pos] == 'e' || in[pos] == 'E'))) {
            pos = start;
            throw new WireException("header field \"" + field.json + "\" must be an integer");
        }
        return negative ? -value : value;
    }

    private boolean bool(Field field) {
        if (peek() == 't') {
            literal("true");
            return true;
        }
        if (peek() == 'f') {
            literal("false");
            return false;
        }
        throw new WireException("header field \"" + field.json + "\" must be true or false");
    }

    private void flag(Header header, Field field, int flag) {
        if (bool(field)) {
            header.flags(header.flags() | flag);
        }
    }

    private long[] ids() {
        return longs(Field.IDS);
    }

    private long[] longs(Field field) {
        if (peek() != '[') {
            throw new WireException("header field \"" + field.json + "\" must be an array of integers");
        }
        pos++;
        int count = 0;
        if (!closes(']')) {
            do {
                if (count == idScratch.length) {
                    idScratch = Arrays.copyOf(idScratch, count * 2);
                }
                idScratch[count++] = number(field);
            } while (nextMember(']'));
        }
        return Arrays.copyOf(idScratch, count);
    }

    /** A route is short (a hop limit ends longer ones): anything longer is not from a router. */
    private List<RouteHop> route() {
        return array(Field.ROUTE, MAX_ROUTE, this::hop);
    }

    private RouteHop hop() {
        String[] server = new String[1];
        long[] idAndTime = new long[2];
        members(field -> {
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

    private List<UserInfo> users() {
        return array(Field.USERS, Integer.MAX_VALUE, this::user);
    }

    private UserInfo user() {
        String[] names = new String[3];
        int[] counts = new int[4];
        boolean[] enabled = new boolean[1];
        members(field -> {
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

    /** A JSON array of objects, each read by {@code element}; more than {@code max} of them is a malformed header. */
    private <T> List<T> array(Field field, int max, Supplier<T> element) {
        if (peek() != '[') {
            throw new WireException("header field \"" + field.json + "\" must be an array");
        }
        pos++;
        List<T> elements = new ArrayList<>();
        if (!closes(']')) {
            do {
                if (elements.size() == max) {
                    throw new WireException("header field \"" + field.json + "\" has more than " + max + " elements");
                }
                elements.add(element.get());
            } while (nextMember(']'));
        }
        return elements;
    }

    /** One nested object: each member goes to {@code member}, which skips the value when it does not know the name (false). */
    private void members(MemberReader member) {
        expect('{');
        if (!closes('}')) {
            do {
                Field field = fieldName();
                skipBlanks();
                expect(':');
                skipBlanks();
                if (field == null || !member.read(field)) {
                    skipValue(2);
                }
            } while (nextMember('}'));
        }
    }

    @FunctionalInterface
    private interface MemberReader {
        boolean read(Field field);
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid("nested deeper than " + MAX_DEPTH);
        }
        byte c = peek();
        if (c == '"') {
            skipString();
        } else if (c == '{') {
            pos++;
            if (!closes('}')) {
                do {
                    skipBlanks();
                    skipString();
                    skipBlanks();
                    expect(':');
                    skipBlanks();
                    skipValue(depth + 1);
                } while (nextMember('}'));
            }
        } else if (c == '[') {
            pos++;
            if (!closes(']')) {
                do {
                    skipBlanks();
                    skipValue(depth + 1);
                } while (nextMember(']'));
            }
        } else if (c == 't') {
            literal("true");
        } else if (c == 'f') {
            literal("false");
        } else if (c == 'n') {
            literal("null");
        } else if (c == '-' || (c >= '0' && c <= '9')) {
            pos++;
            while (pos < end && isNumberPart(in[pos])) {
                pos++;
            }
        } else {
            throw invalid("unexpected character '" + (char) c + "'");
        }
    }

    private static boolean isNumberPart(byte c) {
        return (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-';
    }

    // ---- strings -----------------------------------------------------------------------------

    /** At an opening quote: the string, from the cache when it holds no escape. */
    private String string() {
        int start = ++pos;
        while (true) {
            byte c = peek();
            if (c == '"') {
                pos++;
                return strings.get(in, start, pos - 1 - start);
            }
            if (c == '\\') {
                return escapedString(start);
            }
            if (c >= 0 && c < 0x20) {
                throw invalid("control character in a string");
            }
            pos++;
        }
    }

    private String escapedString(int start) {
        int length = 0;
        pos = start;
        while (true) {
            byte c = next();
            if (c == '"') {
                return new String(unescaped, 0, length, StandardCharsets.UTF_8);
            }
            if (length + 4 > unescaped.length) {
                unescaped = Arrays.copyOf(unescaped, unescaped.length * 2);
            }
            if (c != '\\') {
                if (c >= 0 && c < 0x20) {
                    throw invalid("control character in a string");
                }
                unescaped[length++] = c;
                continue;
            }
            byte e = next();
            switch (e) {
                case '"': case '\\': case '/': unescaped[length++] = e; break;
                case 'b': unescaped[length++] = '\b'; break;
                case 'f': unescaped[length++] = '\f'; break;
                case 'n': unescaped[length++] = '\n'; break;
                case 'r': unescaped[length++] = '\r'; break;
                case 't': unescaped[length++] = '\t'; break;
                case 'u': length = appendUtf8(codePoint(), length); break;
                default: throw invalid("unknown escape \\" + (char) e);
            }
        }
    }

    /** After {@code \\u}: the code point, joining a surrogate pair written as two escapes. */
    private int codePoint() {
        char unit = hexUnit();
        if (Character.isHighSurrogate(unit) && pos + 6 <= end && peek() == '\\' && in[pos + 1] == 'u') {
            int mark = pos;
            pos += 2;
            char low = hexUnit();
            if (Character.isLowSurrogate(low)) {
                return Character.toCodePoint(unit, low);
            }
            pos = mark;
        }
        return Character.isSurrogate(unit) ? 0xFFFD : unit;
    }

    private char hexUnit() {
        if (pos + 4 > end) {
            throw invalid("unexpected end of input");
        }
        int value = 0;
        for (int i = 0; i < 4; i++) {
            int digit = Character.digit(next(), 16);
            if (digit < 0) {
                throw invalid("bad \\u escape");
            }
            value = value * 16 + digit;
        }
        return (char) value;
    }

    private int appendUtf8(int codePoint, int length) {
        if (codePoint < 0x80) {
            unescaped[length++] = (byte) codePoint;
        } else if (codePoint < 0x800) {
            unescaped[length++] = (byte) (0xC0 | codePoint >> 6);
            unescaped[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else if (codePoint < 0x10000) {
            unescaped[length++] = (byte) (0xE0 | codePoint >> 12);
            unescaped[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            unescaped[length++] = (byte) (0x80 | codePoint & 0x3F);
        } else {
            unescaped[length++] = (byte) (0xF0 | codePoint >> 18);
            unescaped[length++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
            unescaped[length++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
            unescaped[length++] = (byte) (0x80 | codePoint & 0x3F);
        }
        return length;
    }

    private void skipString() {
        expect('"');
        while (true) {
            byte c = next();
            if (c == '"') {
                return;
            }
            if (c == '\\') {
                pos++;
            }
        }
    }

    /** At a member's name: the known field it names, or null for one to skip. */
    private Field fieldName() {
        skipBlanks();
        if (peek() != '"') {
            throw invalid("expected a field name");
        }
        int start = pos + 1;
        int length = 0;
        while (at(start + length) != '"') {
            if (at(start + length) == '\\') { // no known name has an escape: decode it and look it up by text
                String name = string();
                return Field.named(name);
            }
            length++;
        }
        pos = start + length + 1;
        return Field.named(in, start, length);
    }

    // ---- punctuation ---------------------------------------------------------------------------

    /** After an opening bracket: true (and past it) when the closing one follows at once. */
    private boolean closes(char close) {
        skipBlanks();
        if (peek() == close) {
            pos++;
            return true;
        }
        return false;
    }

    /** After a member or element: true at a comma (another follows), false at the closing bracket. */
    private boolean nextMember(char close) {
        skipBlanks();
        byte c = next();
        if (c == ',') {
            skipBlanks();
            return true;
        }
        if (c == close) {
            return false;
        }
        throw invalid("expected ',' or '" + close + "'");
    }

    private void expect(char c) {
        if (pos >= end || in[pos] != c) {
            throw invalid("expected '" + c + "'");
        }
        pos++;
    }

    private void literal(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= end || next() != word.charAt(i)) {
                throw invalid("expected " + word);
            }
        }
    }

    private byte peek() {
        return at(pos);
    }

    private byte next() {
        return at(pos++);
    }

    /** Every read goes through here: the bytes after the header (the body) must never be read as header. */
    private byte at(int index) {
        if (index >= end) {
            throw invalid("unexpected end of input");
        }
        return in[index];
    }

    private void skipBlanks() {
        while (pos < end && (in[pos] == ' ' || in[pos] == '\n' || in[pos] == '\r' || in[pos] == '\t')) {
            pos++;
        }
    }

    private WireException invalid(String what) {
        return new WireException("frame header is not valid JSON: " + what);
    }

    /** The header's JSON field names, matched on their UTF-8 bytes without making a String. */
    private enum Field {
        TYPE("type"), REQ("req"), ID("id"), VERSION("version"), CLIENT("client"), SERVER("server"), ROLE("role"),
        HEARTBEAT("heartbeat"), SERVICE("service"), USER("user"), MODE("mode"), WINDOW("window"),
        FROM_SERVICE("fromService"), FROM_USER("fromUser"), TO_SERVICE("toService"), TO_USER("toUser"),
        EVENT("event"), PERSISTENT("persistent"), ANYCAST("anycast"), GLOBAL("global"), CALL("call"), MAX("max"), LOCK("lock"),
        IDS("ids"), RECIPIENTS("recipients"), WAITING("waiting"), REASON("reason"), USERS("users"), ADMIN("admin"),
        SECRET("secret"), JSON_LENGTH("jsonLength"), ROUTER("router"), ATS("ats"), ROUTE("route"),
        // fields of the objects in "users"
        INSTANCES("instances"), ENABLED("enabled"), UNDELIVERED("undelivered"), OUT_OF_ROTATION("outOfRotation"), LOCKED("locked"),
        // fields of the objects in "route"
        AT("at");

        private static final Field[] ALL = values();
        final String json;
        private final byte[] bytes;

        Field(String json) {
            this.json = json;
            this.bytes = json.getBytes(StandardCharsets.US_ASCII);
        }

        static Field named(byte[] in, int start, int length) {
            for (Field field : ALL) {
                if (field.bytes.length == length && Arrays.equals(field.bytes, 0, length, in, start, start + length)) {
                    return field;
                }
            }
            return null;
        }

        static Field named(String name) {
            for (Field field : ALL) {
                if (field.json.equals(name)) {
                    return field;
                }
            }
            return null;
        }
    }

    /**
     * Recently read short strings by their bytes, direct-mapped: the names in headers repeat,
     * and a hit costs a hash and a compare instead of a new String.
     */
    private static final class StringCache {
        private static final int SLOTS = 256;
        private static final int MAX_CACHED_LENGTH = 64;
        private final byte[][] keys = new byte[SLOTS][];
        private final String[] values = new String[SLOTS];

        String get(byte[] in, int start, int length) {
            if (length > MAX_CACHED_LENGTH) {
                return new String(in, start, length, StandardCharsets.UTF_8);
            }
            int hash = length;
            for (int i = start; i < start + length; i++) {
                hash = 31 * hash + in[i];
            }
            int slot = (hash ^ hash >>> 16) & (SLOTS - 1);
            byte[] key = keys[slot];
            if (key != null && key.length == length && Arrays.equals(key, 0, length, in, start, start + length)) {
                return values[slot];
            }
            String value = new String(in, start, length, StandardCharsets.UTF_8);
            keys[slot] = Arrays.copyOfRange(in, start, start + length);
            values[slot] = value;
            return value;
        }
    }
}
