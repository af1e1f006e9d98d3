package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import java.io.IOException;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.WireException;

/**
 * The end of the pipeline, where what no stage took arrives: the peer's ERROR, a frame a client
 * does not send (or not yet), and every fault. A peer's fault gets a one-line ERROR and the
 * connection closes; the server goes on serving everyone else. One per server.
 */
@ChannelHandler.Sharable
final class FaultStage extends ChannelInboundHandlerAdapter {
    private final int unregisteredMaxFrameSize;

    FaultStage(int unregisteredMaxFrameSize) {
        this.unregisteredMaxFrameSize = unregisteredMaxFrameSize;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        Frame frame = (Frame) msg;
        FrameType type = frame.header().type();
        if (type == FrameType.ERROR) {
            ServerConnection.LOG.info("{} reported an error and is closed: {}", connection.peer(), frame.header().reason());
            ctx.close();
        } else if (connection.instance() == null) {
            connection.fail(type + " before REGISTER");
        } else {
            connection.fail("a client does not send " + type);
        }
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        if (cause instanceof IOException) {
            ServerConnection.LOG.debug("{} connection error: {}", connection, cause.toString());
            ctx.close();
        } else if (cause instanceof TooLongFrameException) {
            connection.fail(cause.getMessage() + (connection.instance() == null
                    ? " — before REGISTER a frame may have " + unregisteredMaxFrameSize + " bytes at most" : ""));
        } else if (cause instanceof DecoderException && cause.getCause() instanceof WireException) {
            connection.fail(cause.getCause().getMessage());
        } else if (cause instanceof DecoderException) {
            connection.fail("malformed frame: " + cause.getMessage());
        } else {
            ServerConnection.LOG.warn("{} internal error, connection closed", connection, cause);
            ctx.close();
        }
    }
}
