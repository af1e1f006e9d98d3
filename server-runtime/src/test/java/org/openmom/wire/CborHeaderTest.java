package org.openmom.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

/** The binary header encoding: the same fields as the JSON one, standard CBOR, hostile bytes refused in one line. */
class CborHeaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper CBOR = new ObjectMapper(new CBORFactory());

    static Header everyField() {
        return Header.of(FrameType.DELIVER).req(7).id(1L << 40).fromService("CHAT").fromUser("al ice")
                .toService("CHAT").toUser("*").event("é\"vent\uD83D\uDE00").flags(Message.PERSISTENT | Message.CALL)
                .ids(new long[] {1, -2, Long.MAX_VALUE, Long.MIN_VALUE}).recipients(2).waiting(true).reason("why").window(5)
                .mode("polling").users(List.of(new UserInfo("CHAT", "bob", 2, true, 4), new UserInfo("A", "b", 3, false, 0, "S/1", 1, 2)))
                .router(true).ats(new long[] {9}).secret("s").jsonLength(12).admin(true).version(1).client("c").server("S")
                .role(2).heartbeat(3000).service("svc").user("u").max(4).lock(11).encoding("cbor")
                .route(List.of(new RouteHop("A/1", 5, 1_700_000_000_000L), new RouteHop("B/2", 6, 1_700_000_000_001L)))
                .properties(MessagePropertiesWireTest.ordered("trace", "t-1", "é\"q\uD83D\uDE00", "", "type", "not the frame's"));
    }

    private static ByteBuf frame(Header header, byte[] body, HeaderEncoding encoding) {
        ByteBuf frame = Unpooled.buffer();
        FrameEncoder.encode(header, body, frame, encoding);
        return frame;
    }

    /** The header bytes of a frame written in {@code encoding}. */
    private static byte[] headerBytes(Header header, HeaderEncoding encoding) {
        ByteBuf frame = frame(header, new byte[0], encoding);
        byte[] bytes = new byte[frame.getInt(4)];
        frame.getBytes(8, bytes);
        return bytes;
    }

    private static Frame decoded(ByteBuf frame) {
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), WireCodec.DEFAULT_MAX_FRAME_SIZE);
        channel.writeInbound(frame);
        return channel.readInbound();
    }

    private static ByteBuf rawCbor(byte[] header) {
        return Unpooled.buffer().writeInt(4 + header.length).writeInt(header.length).writeBytes(header);
    }

    @Test
    void everyFieldSurvivesARoundTripInCbor() {
        Frame got = decoded(frame(everyField(), new byte[] {0, 1, 2}, HeaderEncoding.CBOR));
        assertThat(got.header().toString()).isEqualTo(everyField().toString());
        assertThat(got.body()).containsExactly(0, 1, 2);
        assertThat(got.header().ids()).containsExactly(1, -2, Long.MAX_VALUE, Long.MIN_VALUE);
        assertThat(got.header().properties()).containsExactlyEntriesOf(everyField().properties());
        assertThat(got.header().users()).containsExactly(new UserInfo("CHAT", "bob", 2, true, 4), new UserInfo("A", "b", 3, false, 0, "S/1", 1, 2));
    }

    @Test
    void theBinaryHeaderIsStandardCborOfTheSameObjectAsTheJsonOne() throws Exception {
        JsonNode fromJson = JSON.readTree(headerBytes(everyField(), HeaderEncoding.JSON));
        JsonNode fromCbor = CBOR.readTree(headerBytes(everyField(), HeaderEncoding.CBOR));
        assertThat(fromCbor).isEqualTo(fromJson);
    }

    @Test
    void aPostHeaderIsShorterInCbor() {
        Header post = Header.of(FrameType.POST).req(1).toService("CHAT").toUser("bob").event("msg");
        assertThat(headerBytes(post, HeaderEncoding.CBOR).length).isLessThan(headerBytes(post, HeaderEncoding.JSON).length);
    }

    @Test
    void cborWrittenByAnotherLibraryIsRead() throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("future", Map.of("a", List.of(1.5, "x", new byte[] {1, 2}, Map.of("b", 2))));
        fields.put("toService", "CHAT");
        fields.put("type", "POST");
        fields.put("req", 300_000L);
        fields.put("ids", List.of());
        fields.put("persistent", false);
        fields.put("call", true);
        fields.put("toUser", null);
        Frame got = decoded(rawCbor(CBOR.writeValueAsBytes(fields)));
        assertThat(got.type()).isEqualTo(FrameType.POST);
        assertThat(got.header().toService()).isEqualTo("CHAT");
        assertThat(got.header().req()).isEqualTo(300_000L);
        assertThat(got.header().ids()).isEmpty();
        assertThat(got.header().isFlag(Message.PERSISTENT)).isFalse();
        assertThat(got.header().isFlag(Message.CALL)).isTrue();
        assertThat(got.header().toUser()).isNull();
    }

    @Test
    void helloAndWelcomeAreJsonWhateverTheEncoding() {
        assertThat(headerBytes(Header.of(FrameType.HELLO).encoding("cbor"), HeaderEncoding.CBOR)[0]).isEqualTo((byte) '{');
        assertThat(headerBytes(Header.of(FrameType.WELCOME).encoding("cbor"), HeaderEncoding.CBOR)[0]).isEqualTo((byte) '{');
        assertThat(headerBytes(Header.of(FrameType.PING), HeaderEncoding.CBOR)[0] & 0xE0).isEqualTo(0xA0);
    }

    @Test
    void encodingsAreNamedInAnyCase() {
        assertThat(HeaderEncoding.named("CBOR")).isEqualTo(HeaderEncoding.CBOR);
        assertThat(HeaderEncoding.named("json")).isEqualTo(HeaderEncoding.JSON);
        assertThat(HeaderEncoding.named("smile")).isNull();
        assertThat(HeaderEncoding.named(null)).isNull();
    }

    @Test
    void malformedCborHeadersAreOneLineWireErrors() {
        // {"type": "PING"} is bf 64 74797065 64 50494e47 ff
        assertMalformed("bf6474797065", "unexpected end of input");                   // cut after a key
        assertMalformed("bf647479706564504e", "unexpected end of input");              // a string longer than the header
        assertMalformed("bf64747970657f6150ff", "string of indefinite length");
        assertMalformed("bf647479706564504f5354637265711bffffffffffffffffff", "\"req\" is out of range");
        assertMalformed("bf647479706564" + "50494e47", "unexpected end of input");               // no break at the end
        assertMalformed("bf64747970656450494e47637265716178ff", "\"req\" must be an integer");
        assertMalformed("bf01647479706564ff", "map key that is not a text string");
        assertMalformed("bf6474797065fcff", "must be a string");
        assertMalformed("bf617881818181818181818101ff", "nested deeper");
        assertMalformed("bf6178ffff", "a break outside");
        assertMalformed("bf61781cff", "reserved additional information 28");
        assertMalformed("bfff", "no \"type\"");
        assertMalformed("a164747970656443414b45", "unknown frame type \"CAKE\"");
        String post = "bf647479706564504f5354" + "65726f757465"; // {"type": "POST", "route": …
        assertMalformed(post + "9fa0ff" + "ff", "has no \"server\"");
        assertMalformed(post + "9f" + "a1667365727665726153".repeat(65) + "ff" + "ff", "\"route\" has more than 64 elements");
    }

    private static void assertMalformed(String headerHex, String expected) {
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), 1024);
        assertThatThrownBy(() -> channel.writeInbound(rawCbor(HexFormat.of().parseHex(headerHex))))
                .isInstanceOf(DecoderException.class)
                .hasCauseInstanceOf(WireException.class)
                .cause().hasMessageContaining(expected).hasMessageNotContaining("\n");
    }

    @Test
    void aCborHeaderCutShortIsNotCompletedFromItsBody() {
        byte[] whole = headerBytes(Header.of(FrameType.POST).toService("CHAT").event("msg"), HeaderEncoding.CBOR);
        for (int cut = 1; cut < whole.length; cut++) {
            ByteBuf frame = Unpooled.buffer().writeInt(4 + whole.length).writeInt(cut).writeBytes(whole);
            EmbeddedChannel channel = new EmbeddedChannel();
            WireCodec.install(channel.pipeline(), 1024);
            assertThatThrownBy(() -> channel.writeInbound(frame)).as("cut at %d", cut).hasCauseInstanceOf(WireException.class);
        }
    }

    @Test
    void theCborExampleOfTheWireProtocolDocumentIsExact() {
        byte[] header = headerBytes(Header.of(FrameType.POST).req(1).toService("CHAT").toUser("bob").event("msg"), HeaderEncoding.CBOR);
        assertThat(HexFormat.of().formatHex(header)).isEqualTo("bf" + "6474797065" + "64504f5354" + "63726571" + "01"
                + "69746f53657276696365" + "6443484154" + "66746f55736572" + "63626f62" + "656576656e74" + "636d7367" + "ff");
        assertThat(header).hasSize(53);
    }

    @Test
    void cborFramesFedByteByByteComeOutWholeBesideJsonOnes() {
        ByteBuf stream = Unpooled.buffer();
        stream.writeBytes(frame(Header.of(FrameType.POST).toService("A").toUser("b").event("e"), new byte[] {9}, HeaderEncoding.CBOR));
        stream.writeBytes(frame(Header.of(FrameType.PING), new byte[0], HeaderEncoding.JSON));
        stream.writeBytes(frame(Header.of(FrameType.ACK).ids(new long[] {1, 2}), new byte[0], HeaderEncoding.CBOR));
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), 1024);
        while (stream.isReadable()) {
            channel.writeInbound(stream.readRetainedSlice(1));
        }
        Frame post = channel.readInbound();
        Frame ping = channel.readInbound();
        Frame ack = channel.readInbound();
        assertThat(post.header().event()).isEqualTo("e");
        assertThat(post.body()).containsExactly(9);
        assertThat(ping.type()).isEqualTo(FrameType.PING);
        assertThat(ack.header().ids()).containsExactly(1, 2);
    }
}
