package org.openmom.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;

class WireCodecTest {
    private static EmbeddedChannel channel(int maxFrameSize) {
        EmbeddedChannel channel = new EmbeddedChannel();
        WireCodec.install(channel.pipeline(), maxFrameSize);
        return channel;
    }

    private static ByteBuf encoded(Frame frame) {
        EmbeddedChannel out = channel(WireCodec.DEFAULT_MAX_FRAME_SIZE);
        out.writeOutbound(frame);
        return out.readOutbound();
    }

    private static ByteBuf raw(String headerJson, byte[] body) {
        byte[] header = headerJson.getBytes(StandardCharsets.UTF_8);
        ByteBuf buf = Unpooled.buffer();
        buf.writeInt(4 + header.length + body.length).writeInt(header.length).writeBytes(header).writeBytes(body);
        return buf;
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        Header sent = Header.of(FrameType.DELIVER).req(7).id(1L << 40).fromService("CHAT").fromUser("al ice")
                .toService("CHAT").toUser("*").event("é\"vent").flags(Message.PERSISTENT | Message.CALL)
                .ids(new long[] {1, 2, 3}).recipients(2).waiting(true).reason("why").window(5).mode("polling")
                .users(List.of(new UserInfo("CHAT", "bob", 2, true, 4))).router(true).ats(new long[] {9})
                .route(List.of(new RouteHop("A/1", 5, 1_700_000_000_000L), new RouteHop("B/2", 6, 1_700_000_000_001L)));
        EmbeddedChannel channel = channel(WireCodec.DEFAULT_MAX_FRAME_SIZE);
        channel.writeInbound(encoded(Frame.of(sent, new byte[] {0, 1, 2})));
        Frame got = channel.readInbound();
        assertThat(got.type()).isEqualTo(FrameType.DELIVER);
        assertThat(got.header().toString()).isEqualTo(sent.toString());
        assertThat(got.body()).containsExactly(0, 1, 2);
        assertThat(got.header().isFlag(Message.PERSISTENT)).isTrue();
        assertThat(got.header().isFlag(Message.ANYCAST)).isFalse();
        assertThat(got.header().users()).containsExactly(new UserInfo("CHAT", "bob", 2, true, 4));
        assertThat(got.header().route()).containsExactly(new RouteHop("A/1", 5, 1_700_000_000_000L), new RouteHop("B/2", 6, 1_700_000_000_001L));
        assertThat(got.header().router()).isTrue();
        assertThat(got.header().ats()).containsExactly(9);
    }

    @Test
    void everyFrameTypeIsKnownByName() {
        for (FrameType type : FrameType.values()) {
            EmbeddedChannel channel = channel(1024);
            channel.writeInbound(encoded(Frame.of(Header.of(type))));
            Frame got = channel.readInbound();
            assertThat(got.type()).isEqualTo(type);
        }
    }

    @Test
    void framesFedByteByByteComeOutWhole() {
        ByteBuf stream = Unpooled.buffer();
        stream.writeBytes(encoded(Frame.of(Header.of(FrameType.PING))));
        stream.writeBytes(encoded(Frame.of(Header.of(FrameType.POST).toService("A").toUser("b").event("e"), "body".getBytes(StandardCharsets.UTF_8))));
        EmbeddedChannel channel = channel(1024);
        while (stream.isReadable()) {
            channel.writeInbound(stream.readRetainedSlice(1));
        }
        Frame ping = channel.readInbound();
        Frame post = channel.readInbound();
        assertThat(ping.type()).isEqualTo(FrameType.PING);
        assertThat(post.header().event()).isEqualTo("e");
        assertThat(new String(post.body(), StandardCharsets.UTF_8)).isEqualTo("body");
        assertThat((Object) channel.readInbound()).isNull();
    }

    @Test
    void oversizedFrameFailsAsSoonAsItsLengthIsRead() {
        EmbeddedChannel channel = channel(1024);
        ByteBuf lengthOnly = Unpooled.buffer().writeInt(1 << 30);
        assertThatThrownBy(() -> channel.writeInbound(lengthOnly)).isInstanceOf(TooLongFrameException.class);
    }

    @Test
    void negativeLengthIsRejected() {
        EmbeddedChannel channel = channel(1024);
        assertThatThrownBy(() -> channel.writeInbound(Unpooled.buffer().writeInt(-5).writeInt(0)))
                .isInstanceOf(DecoderException.class);
    }

    @Test
    void malformedHeadersAreWireErrors() {
        assertMalformed(raw("{\"type\":\"NOPE\"}", new byte[0]), "unknown frame type \"NOPE\"");
        assertMalformed(raw("{\"req\":1}", new byte[0]), "no \"type\"");
        assertMalformed(raw("[1,2]", new byte[0]), "not a JSON object");
        assertMalformed(raw("{\"type\":\"POST\",", new byte[0]), "not valid JSON");
        assertMalformed(raw("{\"type\":\"POST\",\"req\":\"x\"}", new byte[0]), "\"req\" must be an integer");
        ByteBuf badHeaderLength = Unpooled.buffer().writeInt(8).writeInt(100).writeInt(0);
        assertMalformed(badHeaderLength, "header length 100");
        assertMalformed(Unpooled.buffer().writeInt(2).writeShort(0), "too short");
        assertMalformed(raw("{\"type\":\"POST\",\"route\":[{\"id\":1}]}", new byte[0]), "has no \"server\"");
        assertMalformed(raw("{\"type\":\"POST\",\"route\":" + "[{\"server\":\"S\"}".repeat(1) + ",{\"server\":\"S\"}".repeat(64) + "]}",
                new byte[0]), "\"route\" has more than 64 elements");
    }

    @Test
    void unknownFieldsAreSkipped() {
        EmbeddedChannel channel = channel(1024);
        channel.writeInbound(raw("{\"future\":{\"a\":[1,{\"b\":2}]},\"type\":\"PING\",\"x\":null}", new byte[0]));
        Frame got = channel.readInbound();
        assertThat(got.type()).isEqualTo(FrameType.PING);
        // fields of a USERS entry are unknown at the top level (found by torture R7)
        channel.writeInbound(raw("{\"service\":\"*\",\"instances\":null,\"enabled\":7,\"undelivered\":\"x\",\"type\":\"USERS\"}", new byte[0]));
        Frame users = channel.readInbound();
        assertThat(users.type()).isEqualTo(FrameType.USERS);
        assertThat(users.header().service()).isEqualTo("*");
    }

    @Test
    void headersAreReadAsJsonWhateverTheSpacingAndEscapes() {
        EmbeddedChannel channel = channel(1024);
        channel.writeInbound(raw(" {\n \"type\" : \"POST\" ,\t\"event\":\"a\\n\\u00e9\\ud83d\\ude00\\/\","
                + " \"toService\":null, \"req\": -42, \"ids\": [ ], \"persistent\": false, \"call\":true }", new byte[0]));
        Frame got = channel.readInbound();
        assertThat(got.header().event()).isEqualTo("a\né\uD83D\uDE00/");
        assertThat(got.header().toService()).isNull();
        assertThat(got.header().req()).isEqualTo(-42);
        assertThat(got.header().ids()).isEmpty();
        assertThat(got.header().isFlag(Message.PERSISTENT)).isFalse();
        assertThat(got.header().isFlag(Message.CALL)).isTrue();
    }

    @Test
    void repeatedNamesAreTheSameStringsAndStillRight() {
        EmbeddedChannel channel = channel(1024);
        for (String user : List.of("bob", "alice", "bob")) {
            channel.writeInbound(encoded(Frame.of(Header.of(FrameType.POST).toService("CHAT").toUser(user).event("msg"))));
        }
        Frame first = channel.readInbound();
        Frame second = channel.readInbound();
        Frame third = channel.readInbound();
        assertThat(List.of(first.header().toUser(), second.header().toUser(), third.header().toUser()))
                .containsExactly("bob", "alice", "bob");
        assertThat(third.header().toService()).isSameAs(first.header().toService());
    }

    @Test
    void aHeaderCutShortIsNotCompletedFromItsBody() {
        assertMalformed(raw("{\"type\":\"PING\"", "}".getBytes(StandardCharsets.UTF_8)), "unexpected end of input");
        assertMalformed(raw("{\"type\":\"PI", "NG\"}".getBytes(StandardCharsets.UTF_8)), "unexpected end of input");
        assertMalformed(raw("{\"type\":\"POST\",\"req\":1.5}", new byte[0]), "\"req\" must be an integer");
        assertMalformed(raw("{\"type\":\"POST\",\"x\":[[[[[[[[[1]]]]]]]]]}", new byte[0]), "nested deeper");
        assertMalformed(raw("{\"type\":\"POST\" \"req\":1}", new byte[0]), "expected ',' or '}'");
        assertMalformed(raw("{\"type\":\"PO\u0001ST\"}", new byte[0]), "control character");
    }

    private static void assertMalformed(ByteBuf input, String expected) {
        EmbeddedChannel channel = channel(1024);
        assertThatThrownBy(() -> channel.writeInbound(input))
                .isInstanceOf(DecoderException.class)
                .hasCauseInstanceOf(WireException.class)
                .cause().hasMessageContaining(expected);
    }

    @Test
    void theExampleOfTheWireProtocolDocumentIsExact() {
        ByteBuf frame = encoded(Frame.of(Header.of(FrameType.POST).req(1).toService("CHAT").toUser("bob").event("msg"),
                "hello".getBytes(StandardCharsets.UTF_8)));
        assertThat(frame.getInt(0)).isEqualTo(80);
        assertThat(frame.getInt(4)).isEqualTo(71);
        assertThat(frame.toString(8, 71, StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"POST\",\"req\":1,\"toService\":\"CHAT\",\"toUser\":\"bob\",\"event\":\"msg\"}");
        assertThat(frame.readableBytes()).isEqualTo(84);
    }
}
