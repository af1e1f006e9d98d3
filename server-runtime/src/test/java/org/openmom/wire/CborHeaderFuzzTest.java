package org.openmom.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Hostile binary headers: random CBOR (known field names with values of every CBOR type,
 * unknown ones, deep nesting, huge counts and lengths, indefinite lengths) and mutations of
 * valid headers (bit flips, cuts, inserted and replaced bytes). Each is read as a header or
 * refused with a one-line {@link WireException} — nothing else may escape the reader.
 */
class CborHeaderFuzzTest {
    private static final String[] NAMES = {"type", "req", "id", "version", "client", "server", "role", "heartbeat",
        "service", "user", "mode", "window", "fromService", "fromUser", "toService", "toUser", "event", "persistent",
        "anycast", "global", "call", "max", "ids", "recipients", "waiting", "reason", "users", "admin", "secret",
        "jsonLength", "router", "ats", "route", "encoding", "props", "instances", "at", "unknown", ""};
    private static final String[] TYPES = {"POST", "DELIVER", "ACK", "USERS", "PING", "CAKE"};

    private final Random random = new Random(19);
    private int readAsHeaders;
    private int refused;

    @Test
    void everyHostileHeaderIsReadOrRefusedInOneLine() {
        List<byte[]> valid = List.of(
                encoded(CborHeaderTest.everyField()),
                encoded(Header.of(FrameType.POST).req(1).toService("CHAT").toUser("bob").event("msg")),
                encoded(Header.of(FrameType.POST).req(1).toService("CHAT").toUser("bob").event("msg")
                        .properties(MessagePropertiesWireTest.ordered("a", "1", "trace", "t-é"))),
                encoded(Header.of(FrameType.ACK).ids(new long[] {1, 300, 70_000, 5_000_000_000L})));
        for (int i = 0; i < 30_000; i++) {
            check(randomHeader());
            byte[] mutated = valid.get(random.nextInt(valid.size()));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                mutated = mutate(mutated);
            }
            check(mutated);
        }
        // both outcomes happen: the fuzzing reaches past the first byte
        assertThat(readAsHeaders).isGreaterThan(1_000);
        assertThat(refused).isGreaterThan(1_000);
    }

    private void check(byte[] header) {
        if (header.length == 0) {
            return;
        }
        header[0] = (byte) (0xA0 | header[0] & 0x1F); // always a CBOR map's first byte: the CBOR reader's input
        ByteBuf frame = Unpooled.wrappedBuffer(header, new byte[] {(byte) 0xFF, 0x61, 0x78}); // a body that must not be read
        try {
            Header read = HeaderEncoding.read(frame, 0, header.length);
            assertThat(read.type()).isNotNull();
            readAsHeaders++;
        } catch (WireException e) {
            assertThat(e.getMessage()).doesNotContain("\n");
            refused++;
        } catch (RuntimeException | StackOverflowError e) {
            fail("reading " + HexFormat.of().formatHex(header) + " threw " + e);
        }
    }

    private static byte[] encoded(Header header) {
        ByteBuf out = Unpooled.buffer();
        HeaderEncoding.CBOR.write(header, out);
        byte[] bytes = new byte[out.readableBytes()];
        out.readBytes(bytes);
        return bytes;
    }

    private byte[] mutate(byte[] input) {
        byte[] out = input.clone();
        switch (out.length == 0 ? 3 : random.nextInt(4)) {
            case 0 -> out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
            case 1 -> out = Arrays.copyOf(out, random.nextInt(out.length + 1));
            case 2 -> out[random.nextInt(out.length)] = (byte) random.nextInt(256);
            default -> {
                int at = random.nextInt(out.length + 1);
                byte[] grown = new byte[out.length + 1];
                System.arraycopy(out, 0, grown, 0, at);
                grown[at] = (byte) random.nextInt(256);
                System.arraycopy(out, at, grown, at + 1, out.length - at);
                out = grown;
            }
        }
        return out;
    }

    private byte[] randomHeader() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean indefinite = random.nextBoolean();
        int members = random.nextInt(8);
        head(out, 5, indefinite ? -1 : members + 1);
        text(out, "type");
        text(out, TYPES[random.nextInt(TYPES.length)]);
        for (int i = 0; i < members; i++) {
            text(out, NAMES[random.nextInt(NAMES.length)]);
            value(out, 0);
        }
        if (indefinite) {
            out.write(0xFF);
        }
        return out.toByteArray();
    }

    /** A random CBOR value of any major type, nested up to 12 deep (past the reader's limit). */
    private void value(ByteArrayOutputStream out, int depth) {
        int kind = random.nextInt(depth > 12 ? 4 : 9);
        switch (kind) {
            case 0 -> head(out, random.nextInt(2), randomArgument());
            case 1 -> text(out, NAMES[random.nextInt(NAMES.length)]);
            case 2 -> out.write(new int[] {0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xFB, 0xFF, 0xFC}[random.nextInt(8)]);
            case 3 -> {
                head(out, 2, random.nextInt(4));
                out.write(random.nextInt(256));
            }
            case 4, 5 -> {
                boolean indefinite = random.nextBoolean();
                int items = random.nextInt(4);
                head(out, 4, indefinite ? -1 : random.nextInt(20) == 0 ? randomArgument() : items);
                for (int i = 0; i < items; i++) {
                    value(out, depth + 1);
                }
                if (indefinite) {
                    out.write(0xFF);
                }
            }
            case 6, 7 -> {
                boolean indefinite = random.nextBoolean();
                int members = random.nextInt(4);
                head(out, 5, indefinite ? -1 : members);
                for (int i = 0; i < members; i++) {
                    text(out, NAMES[random.nextInt(NAMES.length)]);
                    value(out, depth + 1);
                }
                if (indefinite) {
                    out.write(0xFF);
                }
            }
            default -> {
                head(out, 6, random.nextInt(100));
                value(out, depth + 1);
            }
        }
    }

    private long randomArgument() {
        return switch (random.nextInt(5)) {
            case 0 -> random.nextInt(24);
            case 1 -> random.nextInt(65_536);
            case 2 -> random.nextInt() & 0xFFFFFFFFL;
            case 3 -> Long.MAX_VALUE;
            default -> random.nextLong();
        };
    }

    private static void text(ByteArrayOutputStream out, String value) {
        byte[] bytes = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        head(out, 3, bytes.length);
        out.writeBytes(bytes);
    }

    /** An initial byte of {@code major} with its argument; -1: indefinite length. */
    private static void head(ByteArrayOutputStream out, int major, long argument) {
        int type = major << 5;
        if (argument == -1) {
            out.write(type | 31);
        } else if (argument >= 0 && argument < 24) {
            out.write(type | (int) argument);
        } else {
            out.write(type | 27);
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (argument >>> shift) & 0xFF);
            }
        }
    }
}
