package org.openmom.wire;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a header's JSON object in one pass over its bytes. Every frame has one, so this is on
 * the path of every message: unlike a general JSON parser it allocates nothing per frame but
 * the {@link Header} and the strings it holds, and the strings of names that repeat from frame
 * to frame (services, users, events) come from a small cache instead of being decoded anew.
 * Unknown fields are skipped, as newer peers may add some. One reader per thread (it keeps
 * its cache and scratch buffers), taken with {@link #current()}.
 */
final class HeaderReader extends FieldReader {
    private static final ThreadLocal<HeaderReader> READERS = ThreadLocal.withInitial(HeaderReader::new);
    private static final int MAX_DEPTH = 8;

    /** Escaped strings are unescaped into this (as UTF-8) before becoming a String. */
    private byte[] unescaped = new byte[64];

    static HeaderReader current() {
        return READERS.get();
    }

    @Override
    Header readHeader() {
        skipBlanks();
        if (pos < end && in[pos] != '{' && in[pos] != '[' && in[pos] != '"') {
            skipValue(1); // garbage is "not valid JSON", a number or literal "not a JSON object"
        }
        if (pos >= end || in[pos] != '{') {
            throw new WireException("frame header is not a JSON object");
        }
        return readFields();
    }

    // ---- values ------------------------------------------------------------------------------

    @Override
    String text(HeaderField field) {
        if (peek() == 'n') {
            literal("null");
            return null;
        }
        if (peek() != '"') {
            throw new WireException("header field \"" + field.wireName + "\" must be a string");
        }
        return string();
    }

    @Override
    String exactText(HeaderField field) {
        if (peek() == 'n') {
            literal("null");
            return null;
        }
        if (peek() != '"') {
            throw new WireException("header field \"" + field.wireName + "\" must be a string");
        }
        int start = ++pos;
        while (true) {
            byte c = peek();
            if (c == '"') {
                pos++;
                return strictUtf8(in, start, pos - 1 - start, field);
            }
            if (c == '\\') {
                int length = unescape(start); // first: it may grow the array
                return strictUtf8(unescaped, 0, length, field);
            }
            if (c >= 0 && c < 0x20) {
                throw invalid("control character in a string");
            }
            pos++;
        }
    }

    @Override
    void textMembers(HeaderField field, Consumer<String> member) {
        if (peek() != '{') {
            throw new WireException("header field \"" + field.wireName + "\" must be an object");
        }
        pos++;
        if (!closes('}')) {
            do {
                skipBlanks();
                if (peek() != '"') {
                    throw invalid("expected a field name");
                }
                String name = exactText(field);
                skipBlanks();
                expect(':');
                skipBlanks();
                member.accept(name);
            } while (nextMember('}'));
        }
    }

    @Override
    long number(HeaderField field) {
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
                throw new WireException("header field \"" + field.wireName + "\" is out of range");
            }
            value = value * 10 + digit;
            digits++;
        }
        if (digits == 0 || (pos < end && (in[pos] == '.' || in[pos] == 'e' || in[pos] == 'E'))) {
            pos = start;
            throw new WireException("header field \"" + field.wireName + "\" must be an integer");
        }
        return negative ? -value : value;
    }

    @Override
    boolean bool(HeaderField field) {
        if (peek() == 't') {
            literal("true");
            return true;
        }
        if (peek() == 'f') {
            literal("false");
            return false;
        }
        throw new WireException("header field \"" + field.wireName + "\" must be true or false");
    }

    @Override
    long[] longs(HeaderField field) {
        if (peek() != '[') {
            throw new WireException("header field \"" + field.wireName + "\" must be an array of integers");
        }
        pos++;
        int count = 0;
        if (!closes(']')) {
            do {
                count = gather(count, number(field));
            } while (nextMember(']'));
        }
        return gathered(count);
    }

    @Override
    <T> List<T> array(HeaderField field, int max, Supplier<T> element) {
        if (peek() != '[') {
            throw new WireException("header field \"" + field.wireName + "\" must be an array");
        }
        pos++;
        List<T> elements = new ArrayList<>();
        if (!closes(']')) {
            do {
                if (elements.size() == max) {
                    throw new WireException("header field \"" + field.wireName + "\" has more than " + max + " elements");
                }
                elements.add(element.get());
            } while (nextMember(']'));
        }
        return elements;
    }

    @Override
    void members(int depth, MemberReader member) {
        expect('{');
        if (!closes('}')) {
            do {
                HeaderField field = fieldName();
                skipBlanks();
                expect(':');
                skipBlanks();
                if (field == null || !member.read(field)) {
                    skipValue(depth);
                }
            } while (nextMember('}'));
        }
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
        int length = unescape(start); // first: it may grow the array
        return new String(unescaped, 0, length, StandardCharsets.UTF_8);
    }

    /** The string that starts at {@code start}, unescaped into {@link #unescaped}: its length there. */
    private int unescape(int start) {
        int length = 0;
        pos = start;
        while (true) {
            byte c = next();
            if (c == '"') {
                return length;
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
    private HeaderField fieldName() {
        skipBlanks();
        if (peek() != '"') {
            throw invalid("expected a field name");
        }
        int start = pos + 1;
        int length = 0;
        while (at(start + length) != '"') {
            if (at(start + length) == '\\') { // no known name has an escape: decode it and look it up by text
                String name = string();
                return HeaderField.named(name);
            }
            length++;
        }
        pos = start + length + 1;
        return HeaderField.named(in, start, length);
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
}
