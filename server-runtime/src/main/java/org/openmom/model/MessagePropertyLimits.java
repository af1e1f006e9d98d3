package org.openmom.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How many and how large the properties of a message may be ({@link Message#properties()}):
 * each frame header is read whole into memory, so a peer must not make the server hold more
 * than a few KiB of properties per message. A client's POST or CALL is held to the posting
 * limits; frames between servers may carry the few properties the servers add themselves
 * (a dead letter's original destination, an import's original headers) on top of them.
 */
public final class MessagePropertyLimits {
    /** Properties of one posted message. */
    public static final int MAX_COUNT = 64;
    /** UTF-8 bytes of one name. */
    public static final int MAX_NAME_BYTES = 128;
    /** UTF-8 bytes of one value. */
    public static final int MAX_VALUE_BYTES = 4096;
    /** UTF-8 bytes of every name and value of one posted message. */
    public static final int MAX_TOTAL_BYTES = 16 * 1024;
    /** What a frame may carry beyond the posting limits: the properties servers add (dead-letter.*, import.*). */
    public static final int SERVER_EXTRA_COUNT = 16;
    public static final int SERVER_EXTRA_BYTES = 8 * 1024;

    private MessagePropertyLimits() {}

    /** Why {@code properties} may not be posted (one line naming the limit), or null when they may. */
    public static String postingProblem(Map<String, String> properties) {
        return problem(properties, MAX_COUNT, MAX_TOTAL_BYTES);
    }

    /** Why a frame may not carry {@code properties}, or null: the posting limits plus what servers add. */
    public static String frameProblem(Map<String, String> properties) {
        return problem(properties, MAX_COUNT + SERVER_EXTRA_COUNT, MAX_TOTAL_BYTES + SERVER_EXTRA_BYTES);
    }

    private static String problem(Map<String, String> properties, int maxCount, int maxTotal) {
        if (properties.isEmpty()) {
            return null; // most messages: not even an iterator
        }
        if (properties.size() > maxCount) {
            return properties.size() + " message properties: at most " + maxCount + " — leave some out or put them in the body";
        }
        long total = 0;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            String name = property.getKey();
            String nameProblem = sizeProblem("name", name, name, MAX_NAME_BYTES);
            if (nameProblem != null) {
                return nameProblem;
            }
            String valueProblem = sizeProblem("value", name, property.getValue(), MAX_VALUE_BYTES);
            if (valueProblem != null) {
                return valueProblem;
            }
            total += utf8Length(name) + utf8Length(property.getValue());
        }
        if (total > maxTotal) {
            return "message properties of " + total + " bytes: at most " + maxTotal + " bytes of names and values in all"
                    + " — leave some out or put them in the body";
        }
        return null;
    }

    private static String sizeProblem(String what, String name, String text, int max) {
        if (text == null) {
            return "message property " + shown(name) + " has no " + what;
        }
        if (what.equals("name") && text.isEmpty()) {
            return "a message property has an empty name — give every property a name";
        }
        int bytes = utf8Length(text);
        if (bytes > max) {
            return "message property " + shown(name) + ": a " + what + " of " + bytes + " bytes, at most " + max
                    + " (UTF-8) — shorten it or put it in the body";
        }
        return null;
    }

    private static String shown(String name) {
        if (name == null) {
            return "(null)";
        }
        return "'" + (name.length() > 40 ? name.substring(0, 40) + "…" : name).replaceAll("\\p{Cntrl}", "?") + "'"; // one line
    }

    /** The UTF-8 length of {@code text}, counted without encoding it. */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /**
     * An unchangeable copy of {@code properties} in their order; the one shared empty map when there are none,
     * so that the millions of messages without properties hold no map of their own.
     */
    public static Map<String, String> copyOf(Map<String, String> properties) {
        if (properties == null || properties.isEmpty()) {
            return Map.of();
        }
        return Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
