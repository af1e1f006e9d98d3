package org.openmom.torture;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.openmom.wire.FrameType;

/**
 * Seeded mutations of valid frames: bit flips, truncations, changed length fields, splices of two
 * frames, frames back to back, random bytes, and frames with a random JSON header (known field
 * names with values of every JSON type, unknown ones, nesting, huge numbers).
 */
final class FrameMutator {
    private static final String[] FIELDS = {"type", "req", "id", "version", "client", "server", "role", "heartbeat",
        "service", "user", "mode", "window", "fromService", "fromUser", "toService", "toUser", "event", "persistent",
        "anycast", "global", "call", "max", "ids", "recipients", "waiting", "reason", "users", "admin", "secret",
        "jsonLength", "unknown"};
    private static final int[] LENGTHS = {0, 1, 2, 3, 4, 5, -1, Integer.MIN_VALUE, Integer.MAX_VALUE,
        16 * 1024 * 1024, 16 * 1024 * 1024 + 1, 16 * 1024 * 1024 - 1, 1 << 30};

    private final Random random;
    private final List<byte[]> corpus;

    FrameMutator(Random random, List<byte[]> corpus) {
        this.random = random;
        this.corpus = corpus;
    }

    /** One fuzz input: one to three mutations of a corpus frame, or a frame with a random header. */
    byte[] next() {
        byte[] input = random.nextInt(5) == 0 ? randomHeaderFrame() : pick();
        int mutations = 1 + random.nextInt(3);
        for (int i = 0; i < mutations; i++) {
            input = mutate(input);
        }
        return input;
    }

    private byte[] pick() {
        return corpus.get(random.nextInt(corpus.size())).clone();
    }

    private byte[] mutate(byte[] input) {
        switch (random.nextInt(8)) {
            case 0: return flipBits(input);
            case 1: return input.length == 0 ? input : Arrays.copyOf(input, random.nextInt(input.length));
            case 2: return setLength(input, 0);
            case 3: return setLength(input, 4);
            case 4: return splice(input, pick());
            case 5: return concat(input, random.nextBoolean() ? pick() : randomHeaderFrame());
            case 6: return insertRandomBytes(input);
            default: return input; // unchanged: valid frames must keep working among the broken ones
        }
    }

    private byte[] flipBits(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        int flips = 1 + random.nextInt(8);
        for (int i = 0; i < flips; i++) {
            input[random.nextInt(input.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return input;
    }

    /** Overwrites the frame length (at 0) or the header length (at 4) with an edge value or a near one. */
    private byte[] setLength(byte[] input, int at) {
        if (input.length < at + 4) {
            return input;
        }
        ByteBuffer buffer = ByteBuffer.wrap(input);
        int value = random.nextBoolean() ? LENGTHS[random.nextInt(LENGTHS.length)] : buffer.getInt(at) + random.nextInt(17) - 8;
        buffer.putInt(at, value);
        return input;
    }

    private byte[] splice(byte[] first, byte[] second) {
        int head = first.length == 0 ? 0 : random.nextInt(first.length);
        int tail = second.length == 0 ? 0 : random.nextInt(second.length);
        byte[] spliced = Arrays.copyOf(first, head + second.length - tail);
        System.arraycopy(second, tail, spliced, head, second.length - tail);
        return spliced;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private byte[] insertRandomBytes(byte[] input) {
        byte[] noise = new byte[1 + random.nextInt(16)];
        random.nextBytes(noise);
        int at = random.nextInt(input.length + 1);
        byte[] longer = new byte[input.length + noise.length];
        System.arraycopy(input, 0, longer, 0, at);
        System.arraycopy(noise, 0, longer, at, noise.length);
        System.arraycopy(input, at, longer, at + noise.length, input.length - at);
        return longer;
    }

    /** A well-framed frame whose header is a random JSON value (usually an object), with a random body. */
    byte[] randomHeaderFrame() {
        byte[] header = randomHeaderJson().getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[random.nextInt(4) == 0 ? random.nextInt(64) : 0];
        random.nextBytes(body);
        ByteArrayOutputStream frame = new ByteArrayOutputStream();
        ByteBuffer lengths = ByteBuffer.allocate(8).putInt(4 + header.length + body.length).putInt(header.length);
        frame.writeBytes(lengths.array());
        frame.writeBytes(header);
        frame.writeBytes(body);
        return frame.toByteArray();
    }

    /** JSON text for a header: an object of random fields, sometimes another JSON value or broken text. */
    String randomHeaderJson() {
        StringBuilder json = new StringBuilder();
        switch (random.nextInt(10)) {
            case 0 -> value(json, 0);
            case 1 -> json.append("{\"type\":\"POST\",\"toService\":\"").append("x".repeat(random.nextInt(3) * 5000)).append('"');
            default -> {
                json.append('{');
                int fields = random.nextInt(8);
                if (random.nextInt(4) != 0) {
                    json.append("\"type\":\"").append(FrameType.values()[random.nextInt(FrameType.values().length)]).append('"');
                    fields--;
                }
                for (int i = 0; i < fields; i++) {
                    if (json.length() > 1) {
                        json.append(',');
                    }
                    json.append('"').append(FIELDS[random.nextInt(FIELDS.length)]).append("\":");
                    value(json, 1);
                }
                json.append('}');
            }
        }
        return json.toString();
    }

    private void value(StringBuilder json, int depth) {
        switch (random.nextInt(depth > 6 ? 8 : 10)) {
            case 0 -> json.append(random.nextLong());
            case 1 -> json.append(random.nextInt(100) - 50);
            case 2 -> json.append("99999999999999999999999999");
            case 3 -> json.append(random.nextDouble() * 1e6);
            case 4 -> json.append(random.nextBoolean());
            case 5 -> json.append("null");
            case 6 -> json.append('"').append(randomText()).append('"');
            case 7 -> json.append("\"*\"");
            case 8 -> {
                json.append('[');
                int items = random.nextInt(4);
                for (int i = 0; i < items; i++) {
                    json.append(i > 0 ? "," : "");
                    value(json, depth + 1);
                }
                json.append(']');
            }
            default -> {
                json.append("{\"service\":");
                value(json, depth + 1);
                json.append(",\"instances\":");
                value(json, depth + 1);
                json.append('}');
            }
        }
    }

    private String randomText() {
        String[] texts = {"", "FUZZ", "PROBE", "*", "a/b", "\\u0000", "\\ud800", "é", "x".repeat(300), "T", "polling", "callback"};
        return texts[random.nextInt(texts.length)];
    }
}
