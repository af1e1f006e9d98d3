package org.openmom.connection;

import org.openmom.model.ServerAddress;
import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameDecoder;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireCodec;

/** The connection's pipeline without sockets: bytes in as the network cuts them, frames out to their owners. */
class ClientConnectionPipelineTest {
    private static final ConnectionSettings SETTINGS = new ConnectionSettings("TEST/t", Duration.ofSeconds(5),
            Duration.ofSeconds(10), WireCodec.DEFAULT_MAX_FRAME_SIZE);
    private static final Target TARGET = new Target(InetSocketAddress.createUnresolved("server", 7410), false,
            ServerAddress.tcp("server", 7410), "server:7410");

    /** What the owner sees: received frames by id, and "|" at the end of each read. */
    private final List<String> seen = new ArrayList<>();
    private final EmbeddedChannel channel = new EmbeddedChannel();
    private final ClientConnection connection = ClientConnection.install(channel, TARGET, SETTINGS, new FrameListener() {
        @Override
        public void received(ClientConnection from, Frame frame) {
            seen.add(frame.type() + " " + frame.header().id());
        }

        @Override
        public void endOfRead(ClientConnection from) {
            seen.add("|");
        }
    });

    private static byte[] bytes(Header... headers) {
        ByteBuf buffer = Unpooled.buffer();
        for (Header header : headers) {
            FrameEncoder.encode(Frame.of(header, new byte[] {1, 2, 3}), buffer);
        }
        byte[] bytes = new byte[buffer.readableBytes()];
        buffer.readBytes(bytes);
        return bytes;
    }

    private static Header deliver(long id) {
        return Header.of(FrameType.DELIVER).id(id).fromService("A").fromUser("a").toService("B").toUser("b").event("e");
    }

    @Test
    void deliveriesOfOneReadAreHandedOverTogether() {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes(deliver(1), deliver(2), deliver(3))));

        assertThat(seen).containsExactly("DELIVER 1", "DELIVER 2", "DELIVER 3", "|");
    }

    @Test
    void framesCutAnywhereByTheNetworkArriveWhole() {
        byte[] two = bytes(deliver(1), deliver(2));
        int cut = two.length / 2 + 3; // inside the second frame's header

        channel.writeInbound(Unpooled.wrappedBuffer(two, 0, cut));
        channel.writeInbound(Unpooled.wrappedBuffer(two, cut, two.length - cut));

        assertThat(seen).containsExactly("DELIVER 1", "|", "DELIVER 2", "|");
    }

    @Test
    void anAnswerReadByteByByteCompletesItsRequest() {
        CompletableFuture<Frame> answer = connection.request(Header.of(FrameType.USERS), new byte[0], Duration.ofSeconds(5));
        channel.runPendingTasks();
        Frame sent = readOutbound();
        assertThat(sent.type()).isEqualTo(FrameType.USERS);

        byte[] reply = bytes(Header.of(FrameType.USERS).req(sent.header().req()));
        for (int i = 0; i < reply.length; i++) {
            assertThat(answer).isNotDone();
            channel.writeInbound(Unpooled.wrappedBuffer(reply, i, 1));
        }

        assertThat(answer).isCompleted();
        assertThat(answer.join().header().req()).isEqualTo(sent.header().req());
        assertThat(seen).doesNotContain("USERS 0"); // answers go to their request, not to the owner
    }

    @Test
    void pingIsAnsweredByTheConnectionItself() {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes(Header.of(FrameType.PING))));
        channel.runPendingTasks();

        assertThat(readOutbound().type()).isEqualTo(FrameType.PONG);
        assertThat(seen).containsExactly("|");
    }

    /** The next frame the connection wrote, decoded as a server would. */
    private Frame readOutbound() {
        ByteBuf written = channel.readOutbound();
        EmbeddedChannel server = new EmbeddedChannel(new FrameDecoder(WireCodec.DEFAULT_MAX_FRAME_SIZE));
        server.writeInbound(written);
        return server.readInbound();
    }
}
