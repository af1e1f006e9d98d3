package org.openmom.server.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.embedded.EmbeddedChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.MessageStore;
import org.openmom.server.Reflexes;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameDecoder;
import org.openmom.wire.FrameEncoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireCodec;
import org.openmom.wire.WireException;

/** The stages of a server connection, without sockets: frames in, frames out, one EmbeddedChannel each. */
class ConnectionPipelineTest {
    private static final long HELLO_TIMEOUT = 500;

    @TempDir
    Path home;
    private Broker broker;
    private ServerSettings settings;
    private final RecordingAdministration administration = new RecordingAdministration();

    @BeforeEach
    void createBroker() {
        ServerIdentity identity = new ServerIdentity("EMB", 1);
        broker = new Broker(identity, Reflexes.NONE, MessageStore.NONE);
        settings = ServerSettings.defaults(identity, new OpenMomHome(home)).withTimeouts(10_000, HELLO_TIMEOUT)
                .withMaxFrameSize(64 * 1024).withAdminSecret("secret");
    }

    /** A connection's channel with the server's pipeline; {@code local}: as if through the local socket. */
    private EmbeddedChannel connect(boolean local) {
        ConnectionPipeline pipeline = new ConnectionPipeline(broker, settings, administration, null);
        return new EmbeddedChannel(new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel channel) {
                pipeline.install(channel, local);
            }
        });
    }

    private static ByteBuf bytes(Header... headers) {
        ByteBuf buf = Unpooled.buffer();
        for (Header header : headers) {
            FrameEncoder.encode(Frame.of(header), buf);
        }
        return buf;
    }

    private static Header hello() {
        return Header.of(FrameType.HELLO).version(WireCodec.PROTOCOL_VERSION);
    }

    private static Header register(long req, String service, String user) {
        return Header.of(FrameType.REGISTER).req(req).service(service).user(user);
    }

    /** Everything the server wrote so far (after running its queued tasks), as frames. */
    private static List<Frame> written(EmbeddedChannel channel) {
        channel.runPendingTasks();
        EmbeddedChannel decoder = new EmbeddedChannel(new FrameDecoder(WireCodec.DEFAULT_MAX_FRAME_SIZE));
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            decoder.writeInbound(buf);
        }
        List<Frame> frames = new ArrayList<>();
        Frame frame;
        while ((frame = decoder.readInbound()) != null) {
            frames.add(frame);
        }
        return frames;
    }

    private static List<FrameType> types(List<Frame> frames) {
        return frames.stream().map(Frame::type).toList();
    }

    private static Frame last(List<Frame> frames) {
        return frames.get(frames.size() - 1);
    }

    /**
     * The ERROR among {@code frames}. It goes out at once, ahead of frames still queued for the
     * connection (as WELCOME when both answer one read), which are then dropped with it.
     */
    private static Frame error(List<Frame> frames) {
        return frames.stream().filter(f -> f.type() == FrameType.ERROR).findFirst().orElseThrow();
    }

    private EmbeddedChannel registered(String service, String user) {
        EmbeddedChannel channel = connect(false);
        channel.writeInbound(bytes(hello(), register(1, service, user)));
        assertThat(types(written(channel))).containsExactly(FrameType.WELCOME, FrameType.REGISTERED);
        return channel;
    }

    @Test
    void helloAndRegisterReadByteByByteAreAnsweredAndTheGreetingLeaves() {
        EmbeddedChannel channel = connect(false);
        ByteBuf input = bytes(hello(), register(7, "CHAT", "alice"));
        while (input.isReadable()) {
            channel.writeInbound(input.readRetainedSlice(1));
        }
        List<Frame> out = written(channel);
        assertThat(types(out)).containsExactly(FrameType.WELCOME, FrameType.REGISTERED);
        assertThat(out.get(0).header().server()).isEqualTo("EMB");
        assertThat(out.get(1).header().req()).isEqualTo(7);
        assertThat(channel.pipeline().get("greeting")).as("the greeting stage left after WELCOME").isNull();
        assertThat(broker.users(ServiceUser.parse("CHAT/*"))).hasSize(1);
    }

    @Test
    void anyFrameBeforeHelloIsAnErrorAndCloses() {
        EmbeddedChannel channel = connect(false);
        channel.writeInbound(bytes(register(1, "CHAT", "alice")));
        assertThat(error(written(channel)).header().reason()).isEqualTo("the first frame must be HELLO, not REGISTER");
        assertThat(channel.isActive()).isFalse();
        assertThat(broker.users(ServiceUser.parse("*/*"))).isEmpty();
    }

    @Test
    void silenceAfterConnectingEndsAtTheHelloTimeout() {
        EmbeddedChannel channel = connect(false);
        channel.advanceTimeBy(HELLO_TIMEOUT, TimeUnit.MILLISECONDS);
        channel.runScheduledPendingTasks();
        assertThat(error(written(channel)).header().reason()).isEqualTo("no HELLO within " + HELLO_TIMEOUT + " ms");
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void aSecondHelloIsNotAGreetingAnymore() {
        EmbeddedChannel channel = connect(false);
        channel.writeInbound(bytes(hello(), hello()));
        assertThat(error(written(channel)).header().reason()).isEqualTo("HELLO before REGISTER");
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void serviceFramesBeforeRegisterAreErrors() {
        EmbeddedChannel channel = connect(false);
        channel.writeInbound(bytes(hello(), Header.of(FrameType.ACK).ids(new long[] {1})));
        assertThat(error(written(channel)).header().reason()).isEqualTo("ACK before REGISTER");
        assertThat(channel.isActive()).isFalse();
    }

    @Test
    void registeringTwiceIsRefusedAndTheConnectionStays() {
        EmbeddedChannel channel = registered("CHAT", "alice");
        channel.writeInbound(bytes(register(2, "CHAT", "bob")));
        Frame refused = last(written(channel));
        assertThat(refused.type()).isEqualTo(FrameType.REFUSED);
        assertThat(refused.header().req()).isEqualTo(2);
        assertThat(refused.header().reason()).isEqualTo("this connection is already registered as CHAT/alice");
        assertThat(channel.isActive()).isTrue();
        assertThat(broker.users(ServiceUser.parse("CHAT/*"))).extracting(u -> u.who().user()).containsExactly("alice");
    }

    @Test
    void aFrameOnlyServersSendClosesARegisteredClient() {
        EmbeddedChannel channel = registered("CHAT", "alice");
        channel.writeInbound(bytes(Header.of(FrameType.DELIVER).id(1)));
        assertThat(error(written(channel)).header().reason()).isEqualTo("a client does not send DELIVER");
        assertThat(channel.isActive()).isFalse();
        assertThat(broker.users(ServiceUser.parse("CHAT/*"))).as("unregistered on close").isEmpty();
    }

    @Test
    void pingIsAnsweredAndThePeersErrorCloses() {
        EmbeddedChannel channel = registered("CHAT", "alice");
        channel.writeInbound(bytes(Header.of(FrameType.PING), Header.of(FrameType.PONG)));
        assertThat(types(written(channel))).containsExactly(FrameType.PONG);
        channel.writeInbound(bytes(Header.of(FrameType.ERROR).reason("bye bye")));
        assertThat(channel.isActive()).isFalse();
        assertThat(written(channel)).as("no ERROR answers an ERROR").isEmpty();
    }

    @Test
    void aPostReachesTheRecipientsConnectionAndIsConfirmed() {
        EmbeddedChannel bob = registered("CHAT", "bob");
        EmbeddedChannel alice = registered("CHAT", "alice");
        byte[] body = {1, 2, 3};
        ByteBuf post = Unpooled.buffer();
        FrameEncoder.encode(Frame.of(Header.of(FrameType.POST).req(5).toService("CHAT").toUser("bob").event("say"), body), post);
        alice.writeInbound(post);
        Frame posted = last(written(alice));
        assertThat(posted.type()).isEqualTo(FrameType.POSTED);
        assertThat(posted.header().recipients()).isEqualTo(1);
        Frame delivered = last(written(bob));
        assertThat(delivered.type()).isEqualTo(FrameType.DELIVER);
        assertThat(delivered.header().fromUser()).isEqualTo("alice");
        assertThat(delivered.body()).containsExactly(body);

        bob.writeInbound(bytes(Header.of(FrameType.ACK).ids(new long[] {delivered.header().id()}), Header.of(FrameType.BYE)));
        assertThat(types(written(bob))).containsExactly(FrameType.BYE);
        assertThat(bob.isActive()).isFalse();
        assertThat(broker.counters().acknowledged()).isEqualTo(1);
        assertThat(broker.users(ServiceUser.parse("CHAT/bob"))).isEmpty();
    }

    @Test
    void anAdminRequestFromAnOrdinaryServiceIsAnErrorButTheConnectionStays() {
        EmbeddedChannel channel = registered("CHAT", "alice");
        channel.writeInbound(bytes(Header.of(FrameType.ADMIN_SNAPSHOT).req(3)));
        Frame error = error(written(channel));
        assertThat(error.header().req()).isEqualTo(3);
        assertThat(error.header().reason()).startsWith("ADMIN_SNAPSHOT is for administration services only");
        assertThat(channel.isActive()).isTrue();
        assertThat(administration.requests).isEmpty();
    }

    @Test
    void administrationOverTcpNeedsTheSecret() {
        EmbeddedChannel channel = connect(false);
        channel.writeInbound(bytes(hello(), register(1, "ADMIN", "ann").admin(true).secret("wrong")));
        Frame refused = last(written(channel));
        assertThat(refused.type()).isEqualTo(FrameType.REFUSED);
        assertThat(refused.header().reason()).startsWith("wrong or missing admin secret for server EMB/1");
        assertThat(administration.connected).isEmpty();

        channel.writeInbound(bytes(register(2, "ADMIN", "ann").admin(true).secret("secret")));
        assertThat(types(written(channel))).containsExactly(FrameType.REGISTERED);
        assertThat(administration.connected).containsExactly("ADMIN/ann (embedded)");
    }

    @Test
    void anAdministrationServiceHasItsRequestsAnsweredUntilOneIsMalformed() {
        EmbeddedChannel channel = connect(true);
        channel.writeInbound(bytes(hello(), register(1, "ADMIN", "ann").admin(true)));
        assertThat(types(written(channel))).containsExactly(FrameType.WELCOME, FrameType.REGISTERED);
        assertThat(administration.connected).containsExactly("ADMIN/ann (local)");

        channel.writeInbound(bytes(Header.of(FrameType.ADMIN_SNAPSHOT).req(2), Header.of(FrameType.ADMIN_LOG).req(3)));
        List<Frame> replies = written(channel);
        assertThat(types(replies)).containsExactly(FrameType.ADMIN_REPLY, FrameType.ADMIN_REPLY);
        assertThat(replies.get(1).header().req()).isEqualTo(3);
        assertThat(administration.requests).containsExactly(FrameType.ADMIN_SNAPSHOT, FrameType.ADMIN_LOG);

        channel.writeInbound(bytes(Header.of(FrameType.ADMIN_DELETE).req(4)));
        assertThat(error(written(channel)).header().reason()).isEqualTo("the request has no \"ids\"");
        assertThat(channel.isActive()).isFalse();
        assertThat(administration.closed).as("its administration ends with the connection").isTrue();
    }

    /** Answers every ADMIN_* request, except ADMIN_DELETE, which it finds malformed. */
    private static final class RecordingAdministration implements Administration {
        final List<String> connected = new ArrayList<>();
        final List<FrameType> requests = new ArrayList<>();
        boolean closed;

        @Override
        public AdminRequests connect(AdminLink link, String label) {
            connected.add(label);
            return new AdminRequests() {
                @Override
                public Frame handle(Header request, byte[] body) {
                    if (request.type() == FrameType.ADMIN_DELETE) {
                        throw new WireException("the request has no \"ids\"");
                    }
                    requests.add(request.type());
                    return Frame.of(Header.of(FrameType.ADMIN_REPLY).req(request.req()));
                }

                @Override
                public void writable() {}

                @Override
                public void closed() {
                    closed = true;
                }
            };
        }
    }
}
