package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.Set;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;

/**
 * A stage of a server connection's pipeline: it takes the frame types it handles and passes
 * every other frame on untouched, so each frame costs one type test per stage before its own,
 * and nothing is allocated on the way.
 */
abstract class FrameStage extends ChannelInboundHandlerAdapter {
    private final Set<FrameType> handled;

    FrameStage(Set<FrameType> handled) {
        this.handled = handled;
    }

    @Override
    public final void channelRead(ChannelHandlerContext ctx, Object msg) {
        Frame frame = (Frame) msg;
        if (handled.contains(frame.header().type())) {
            read(ctx, ServerConnection.of(ctx.channel()), frame);
        } else {
            ctx.fireChannelRead(frame);
        }
    }

    /** Handles a frame of one of the stage's types. */
    abstract void read(ChannelHandlerContext ctx, ServerConnection connection, Frame frame);
}
