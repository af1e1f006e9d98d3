package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.openmom.model.ServerIdentity;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;
import org.openmom.wire.WireCodec;

/**
 * The start of a connection: the peer's first frame must be HELLO, within the hello timeout.
 * Answers WELCOME (in the header encoding the client asked for, when spoken here), starts the heartbeat and leaves the pipeline, so the frames after HELLO
 * never pass through it. One per server.
 */
@ChannelHandler.Sharable
final class GreetingStage extends FrameStage {
    private final ServerIdentity identity;
    private final ServerSettings settings;

    GreetingStage(ServerIdentity identity, ServerSettings settings) {
        super(EnumSet.allOf(FrameType.class));
        this.identity = identity;
        this.settings = settings;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        connection.awaitHello(ctx.executor().schedule(() -> connection.fail("no HELLO within " + settings.helloTimeoutMillis() + " ms"),
                settings.helloTimeoutMillis(), TimeUnit.MILLISECONDS));
        ctx.fireChannelActive();
    }

    @Override
    void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame) {
        FrameType type = frame.header().type();
        if (type != FrameType.HELLO) {
            connection.fail("the first frame must be HELLO, not " + type);
            return;
        }
        // The header encoding the client asked for, when this server speaks it; else JSON (and
        // WELCOME says nothing): an older client never asks and goes on in JSON.
        HeaderEncoding encoding = HeaderEncoding.named(frame.header().encoding());
        boolean binary = encoding != null && encoding != HeaderEncoding.JSON;
        connection.out().send(Frame.of(Header.of(FrameType.WELCOME).version(WireCodec.PROTOCOL_VERSION)
                .server(identity.name()).role(identity.role()).heartbeat(settings.heartbeatMillis())
                .encoding(binary ? encoding.wireName : null)));
        if (binary) {
            connection.out().useEncoding(encoding);
        }
        connection.out().startHeartbeat(settings.heartbeatMillis(), () -> Frame.of(Header.of(FrameType.PING)));
        ctx.pipeline().remove(this);
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        ServerConnection.of(ctx.channel()).stopAwaitingHello();
    }
}
