package org.openmom.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmom.model.MessagePropertyLimits;

/**
 * The header field {@code props}: a message's properties in both header encodings, in their order,
 * and the limits that hold against a forged frame, each a one-line error naming the limit.
 */
class MessagePropertiesWireTest {
    /** A map of {@code name, value, name, value, …} in that order. */
    static Map<String, String> ordered(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Header roundTrip(Header header, HeaderEncoding encoding) {
        ByteBuf frame = Unpooled.buffer();
        FrameEncoder.encode(header, new byte[] {7}, frame, encoding);
        return HeaderEncoding.read(frame, 8, frame.getInt(4));
    }

    private static Header readJson(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        return HeaderEncoding.read(Unpooled.wrappedBuffer(bytes), 0, bytes.length);
    }

    private static Header readBytes(byte[] header) {
        return HeaderEncoding.read(Unpooled.wrappedBuffer(header), 0, header.length);
    }

    @Test
    void propertiesCrossInBothEncodingsInTheirOrder() {
        Map<String, String> sent = ordered("zeta", "1", "alpha", "é \"quoted\" \\ \n 😀", "empty", "", "type", "not the frame's");
        for (HeaderEncoding encoding : HeaderEncoding.values()) {
            Header got = roundTrip(Header.of(FrameType.POST).toService("A").toUser("b").event("e").properties(sent), encoding);
            assertThat(got.properties()).as(encoding.name()).containsExactlyEntriesOf(sent);
            assertThat(got.type()).isEqualTo(FrameType.POST);
        }
    }

    @Test
    void valuesAsLongAsTheLimitCrossInCborThoughItsWriterSendsThemInChunks() {
        Map<String, String> sent = ordered("a", "x".repeat(4096), "b", "é".repeat(2048), "c", "😀".repeat(1024));
        for (HeaderEncoding encoding : HeaderEncoding.values()) {
            assertThat(roundTrip(Header.of(FrameType.DELIVER).id(1).properties(sent), encoding).properties()).as(encoding.name())
                    .containsExactlyEntriesOf(sent);
        }
        ByteArrayOutputStream chunked = new ByteArrayOutputStream();
        chunked.write(0xA2);
        chunked.writeBytes(new byte[] {0x64, 't', 'y', 'p', 'e', 0x64, 'P', 'O', 'S', 'T'});
        chunked.writeBytes(new byte[] {0x65, 'p', 'r', 'o', 'p', 's', (byte) 0xA1, 0x61, 'a', 0x7F, 0x62, 'h', 'i', 0x61, '!', (byte) 0xFF});
        assertThat(readBytes(chunked.toByteArray()).properties()).containsExactly(Map.entry("a", "hi!"));
        byte[] badChunk = chunked.toByteArray();
        badChunk[badChunk.length - 6] = 0x42; // a byte string among the chunks
        assertRefused(() -> readBytes(badChunk), "a chunk of a text string that is not a definite-length text string");
    }

    @Test
    void longEscapedStringsAreReadWhole() { // the buffer they are unescaped into grows on the way
        String reason = "line\n".repeat(100);
        assertThat(readJson("{\"type\":\"ERROR\",\"reason\":\"" + "line\\n".repeat(100) + "\"}").reason()).isEqualTo(reason);
        assertThat(readJson("{\"type\":\"POST\",\"props\":{\"r\":\"" + "line\\n".repeat(100) + "\"}}").properties())
                .containsExactly(Map.entry("r", reason));
    }

    @Test
    void aFrameWithoutPropertiesHoldsNoMapOfItsOwn() {
        Header got = roundTrip(Header.of(FrameType.DELIVER).id(1).toService("A").toUser("b").event("e"), HeaderEncoding.CBOR);
        assertThat(got.properties()).isSameAs(Map.of());
        assertThat(readJson("{\"type\":\"POST\",\"props\":{}}").properties()).isSameAs(Map.of());
    }

    @Test
    void jsonEscapesInNamesAndValuesAreDecoded() {
        Header got = readJson("{\"props\":{\"n\\u00e9\":\"v\\ud83d\\ude00\\t\"},\"type\":\"POST\"}");
        assertThat(got.properties()).containsExactly(Map.entry("né", "v😀\t"));
    }

    @Test
    void forgedPropertiesAreRefusedInOneLineNamingTheLimit() {
        int frameCount = MessagePropertyLimits.MAX_COUNT + MessagePropertyLimits.SERVER_EXTRA_COUNT;
        StringBuilder many = new StringBuilder("{\"type\":\"POST\",\"props\":{");
        for (int i = 0; i <= frameCount; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"v\"");
        }
        assertRefused(() -> readJson(many + "}}"), "has more than " + frameCount + " properties");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"big\":\"" + "x".repeat(4097) + "\"}}"),
                "a value of 4097 bytes, at most 4096");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"" + "n".repeat(129) + "\":\"v\"}}"),
                "a name of 129 bytes, at most 128");
        StringBuilder heavy = new StringBuilder("{\"type\":\"POST\",\"props\":{");
        for (int i = 0; i < 7; i++) {
            heavy.append(i == 0 ? "" : ",").append("\"p").append(i).append("\":\"").append("x".repeat(4000)).append('"');
        }
        assertRefused(() -> readJson(heavy + "}}"), "at most " + (MessagePropertyLimits.MAX_TOTAL_BYTES
                + MessagePropertyLimits.SERVER_EXTRA_BYTES) + " bytes of names and values in all");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"a\":\"1\",\"a\":\"2\"}}"), "names property 'a' twice");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"a\":1}}"), "\"props\" must be a string");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"a\":null}}"), "property 'a' must be a string");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":[\"a\"]}"), "\"props\" must be an object");
        assertRefused(() -> readJson("{\"type\":\"POST\",\"props\":{\"\":\"v\"}}"), "an empty name");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNotReplaced() {
        byte[] json = "{\"type\":\"POST\",\"props\":{\"a\":\"x?\"}}".getBytes(StandardCharsets.UTF_8);
        json[json.length - 5] = (byte) 0xC3; // a lead byte followed by a quote
        assertRefused(() -> readBytes(json), "\"props\" holds a string that is not valid UTF-8");

        ByteArrayOutputStream cbor = new ByteArrayOutputStream();
        cbor.write(0xA2); // a map of two: type POST, props {a: <bad text>}
        cbor.writeBytes(new byte[] {0x64, 't', 'y', 'p', 'e', 0x64, 'P', 'O', 'S', 'T'});
        cbor.writeBytes(new byte[] {0x65, 'p', 'r', 'o', 'p', 's', (byte) 0xA1, 0x61, 'a', 0x62, (byte) 0xFF, (byte) 0xFE});
        assertRefused(() -> readBytes(cbor.toByteArray()), "\"props\" holds a string that is not valid UTF-8");
    }

    private static void assertRefused(Runnable read, String expected) {
        assertThatThrownBy(read::run).isInstanceOf(WireException.class).hasMessageContaining(expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
