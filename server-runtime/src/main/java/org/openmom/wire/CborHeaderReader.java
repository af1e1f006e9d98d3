package org.openmom.wire;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Reads a header's CBOR map (RFC 8949) in one pass over its bytes, as {@link HeaderReader} reads
 * its JSON object: nothing allocated per frame but the {@link Header} and its new strings (names
 * that repeat come from a cache), unknown fields skipped. Maps and arrays may be of definite or
 * indefinite length; strings only of definite length (a header's strings are short: no writer
 * chunks them), but for the names and values of {@code props}, which may be long enough for a
 * writer to send in chunks. Every length is checked against the header's bytes before it is used, and
 * nothing is sized by a count read from the wire.
 */
final class CborHeaderReader extends FieldReader {
    private static final ThreadLocal<CborHeaderReader> READERS = ThreadLocal.withInitial(CborHeaderReader::new);
    private static final int MAX_DEPTH = 8;
    private static final int UNSIGNED = 0;
    private static final int NEGATIVE = 1;
    private static final int BYTES = 2;
    private static final int TEXT = 3;
    private static final int ARRAY = 4;
    private static final int MAP = 5;
    private static final int TAG = 6;
    private static final int SIMPLE = 7;
    /** Additional information 31: a string, array or map of indefinite length, ended by {@link #BREAK}. */
    private static final int INDEFINITE = 31;
    private static final int BREAK = 0xFF;
    private static final int FALSE = 0xF4;
    private static final int TRUE = 0xF5;
    private static final int NULL = 0xF6;


    static CborHeaderReader current() {
        return READERS.get();
    }

    @Override
    Header readHeader() {
        if (major(peek()) != MAP) {
            throw new WireException("frame header is not a CBOR map");
        }
        return readFields();
    }

    // ---- values ------------------------------------------------------------------------------

    @Override
    String text(HeaderField field) {
        int initial = peek();
        if (initial == NULL) {
            pos++;
            return null;
        }
        if (major(initial) != TEXT) {
            throw new WireException("header field \"" + field.wireName + "\" must be a string");
        }
        return string();
    }

    @Override
    String exactText(HeaderField field) {
        int initial = next();
        if (initial == NULL) {
            return null;
        }
        if (major(initial) != TEXT) {
            throw new WireException("header field \"" + field.wireName + "\" must be a string");
        }
        if ((initial & 0x1F) == INDEFINITE) {
            return chunkedText(field);
        }
        int length = length(initial);
        String value = strictUtf8(in, pos, length, field);
        pos += length;
        return value;
    }

    /**
     * After the initial byte of a text string of indefinite length: its chunks (definite-length
     * text strings) up to the break, as one string. Jackson's generator writes a property value
     * longer than about 4,000 characters so; names are never that long, but a peer may chunk them.
     */
    private String chunkedText(HeaderField field) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        while (peek() != BREAK) {
            int chunk = next();
            if (major(chunk) != TEXT || (chunk & 0x1F) == INDEFINITE) {
                throw invalid("a chunk of a text string that is not a definite-length text string");
            }
            int length = length(chunk);
            joined.write(in, pos, length);
            pos += length;
        }
        pos++; // the break
        byte[] bytes = joined.toByteArray();
        return strictUtf8(bytes, 0, bytes.length, field);
    }

    @Override
    void textMembers(HeaderField field, Consumer<String> member) {
        int initial = next();
        if (major(initial) != MAP) {
            throw new WireException("header field \"" + field.wireName + "\" must be a map");
        }
        long count = containerLength(initial);
        for (long i = 0; more(count, i); i++) {
            if (major(peek()) != TEXT) {
                throw invalid("a map key that is not a text string");
            }
            member.accept(exactText(field));
        }
        closeIndefinite(count);
    }

    @Override
    long number(HeaderField field) {
        int initial = next();
        int major = major(initial);
        if (major != UNSIGNED && major != NEGATIVE) {
            throw new WireException("header field \"" + field.wireName + "\" must be an integer");
        }
        long value = argument(initial);
        if (value < 0) { // above 2^63 - 1 as an unsigned 64-bit argument
            throw new WireException("header field \"" + field.wireName + "\" is out of range");
        }
        return major == UNSIGNED ? value : -1 - value;
    }

    @Override
    boolean bool(HeaderField field) {
        int initial = peek();
        if (initial == TRUE || initial == FALSE) {
            pos++;
            return initial == TRUE;
        }
        throw new WireException("header field \"" + field.wireName + "\" must be true or false");
    }

    @Override
    long[] longs(HeaderField field) {
        if (major(peek()) != ARRAY) {
            throw new WireException("header field \"" + field.wireName + "\" must be an array of integers");
        }
        long count = containerLength(next());
        int n = 0;
        for (long i = 0; more(count, i); i++) {
            n = gather(n, number(field));
        }
        closeIndefinite(count);
        return gathered(n);
    }

    @Override
    <T> List<T> array(HeaderField field, int max, Supplier<T> element) {
        if (major(peek()) != ARRAY) {
            throw new WireException("header field \"" + field.wireName + "\" must be an array");
        }
        long count = containerLength(next());
        List<T> elements = new ArrayList<>();
        for (long i = 0; more(count, i); i++) {
            if (elements.size() == max) {
                throw new WireException("header field \"" + field.wireName + "\" has more than " + max + " elements");
            }
            elements.add(element.get());
        }
        closeIndefinite(count);
        return elements;
    }

    @Override
    void members(int depth, MemberReader member) {
        int initial = next();
        if (major(initial) != MAP) {
            throw invalid("expected a map");
        }
        long count = containerLength(initial);
        for (long i = 0; more(count, i); i++) {
            HeaderField field = fieldName();
            if (field == null || !member.read(field)) {
                skipValue(depth);
            }
        }
        closeIndefinite(count);
    }

    /** At a member's key: the known field it names, or null for one to skip. */
    private HeaderField fieldName() {
        int initial = next();
        if (major(initial) != TEXT || (initial & 0x1F) == INDEFINITE) {
            throw invalid("a map key that is not a text string");
        }
        int length = length(initial);
        HeaderField field = HeaderField.named(in, pos, length);
        pos += length;
        return field;
    }

    /** At a text string: the string, from the cache when short. */
    private String string() {
        int initial = next();
        if ((initial & 0x1F) == INDEFINITE) {
            throw invalid("a string of indefinite length");
        }
        int length = length(initial);
        String value = strings.get(in, pos, length);
        pos += length;
        return value;
    }

    private void skipValue(int depth) {
        if (depth > MAX_DEPTH) {
            throw invalid("nested deeper than " + MAX_DEPTH);
        }
        int initial = next();
        switch (major(initial)) {
            case UNSIGNED, NEGATIVE -> argument(initial);
            case BYTES, TEXT -> {
                if ((initial & 0x1F) == INDEFINITE) {
                    throw invalid("a string of indefinite length");
                }
                pos += length(initial);
            }
            case ARRAY, MAP -> {
                long count = containerLength(initial);
                int items = major(initial) == MAP ? 2 : 1;
                for (long i = 0; more(count, i); i++) {
                    for (int item = 0; item < items; item++) {
                        skipValue(depth + 1);
                    }
                }
                closeIndefinite(count);
            }
            case TAG -> {
                argument(initial);
                skipValue(depth + 1);
            }
            default -> { // SIMPLE: false, true, null, undefined, other simple values and floats
                if (initial == BREAK) {
                    throw invalid("a break outside an indefinite-length item");
                }
                argument(initial);
            }
        }
    }

    // ---- lengths and arguments -----------------------------------------------------------------

    /** The count of an array's or map's items, or -1 for indefinite length. */
    private long containerLength(int initial) {
        return (initial & 0x1F) == INDEFINITE ? -1 : argument(initial);
    }

    /** Whether item {@code i} exists: below a definite count, or before the break of an indefinite one. */
    private boolean more(long count, long i) {
        return count < 0 ? peek() != BREAK : i < count;
    }

    private void closeIndefinite(long count) {
        if (count < 0) {
            pos++; // the break, seen by more()
        }
    }

    /** A string's length, which must fit in what is left of the header. */
    private int length(int initial) {
        long length = argument(initial);
        if (length < 0 || length > end - pos) {
            throw invalid("unexpected end of input");
        }
        return (int) length;
    }

    /** The argument that follows the initial byte: its value, or the count or length it gives (unsigned 64-bit in a long). */
    private long argument(int initial) {
        int info = initial & 0x1F;
        if (info < 24) {
            return info;
        }
        int bytes = switch (info) {
            case 24 -> 1;
            case 25 -> 2;
            case 26 -> 4;
            case 27 -> 8;
            default -> throw invalid("reserved additional information " + info);
        };
        long value = 0;
        for (int i = 0; i < bytes; i++) {
            value = value << 8 | next();
        }
        return value;
    }

    private static int major(int initial) {
        return initial >>> 5;
    }

    private int peek() {
        return at(pos);
    }

    private int next() {
        return at(pos++);
    }

    /** Every read goes through here: the bytes after the header (the body) must never be read as header. */
    private int at(int index) {
        if (index >= end) {
            throw invalid("unexpected end of input");
        }
        return in[index] & 0xFF;
    }

    private WireException invalid(String what) {
        return new WireException("frame header is not valid CBOR: " + what);
    }
}
