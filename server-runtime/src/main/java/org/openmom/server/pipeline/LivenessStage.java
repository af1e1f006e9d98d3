package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.EnumSet;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * Heartbeats from the peer's side: PING gets PONG, PONG is enough said, and a peer silent for
 * three heartbeats (the idle handler at the head of the pipeline tells) is dropped. One per server.
 */
@ChannelHandler.Sharable
final class LivenessStage extends FrameStage {
    private final long heartbeatMillis;

    LivenessStage(long heartbeatMillis) {
        super(EnumSet.of(FrameType.PING, FrameType.PONG));
        this.heartbeatMillis = heartbeatMillis;
    }

    @Override
    void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame) {
        if (frame.header().type() == FrameType.PING) {
            connection.send(Frame.of(Header.of(FrameType.PONG)));
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (((IdleStateEvent) event).state() == IdleState.READER_IDLE) {
                ServerConnection.LOG.info("{} silent for {} ms: dropped", ServerConnection.of(ctx.channel()), 3 * heartbeatMillis);
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }
}
