package org.openmom.server.pipeline;

import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.concurrent.TimeUnit;
import org.openmom.server.Instance;

/**
 * Follows the connection's writability: once the peer reads again, queued frames go out and the
 * broker resumes its deliveries; a peer that stops reading for three heartbeats is dropped, so
 * its messages go to other instances instead of waiting on a dead reader. Frames pass it
 * untouched (Netty skips it for reads). One per server.
 */
@ChannelHandler.Sharable
final class BackPressureStage extends ChannelInboundHandlerAdapter {
    private final long limitMillis;

    BackPressureStage(long heartbeatMillis) {
        this.limitMillis = 3 * heartbeatMillis;
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        if (ctx.channel().isWritable()) {
            connection.stopWatchingSlowReader();
            connection.out().kick();
            Instance registered = connection.instance();
            if (registered != null) {
                connection.broker().resume(registered);
            }
        } else {
            connection.watchSlowReader(ctx.executor().schedule(() -> {
                if (!ctx.channel().isWritable()) {
                    ServerConnection.LOG.info("{} has not read for {} ms: dropped", connection, limitMillis);
                    ctx.close();
                }
            }, limitMillis, TimeUnit.MILLISECONDS));
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ServerConnection.of(ctx.channel()).stopWatchingSlowReader();
        ctx.fireChannelInactive();
    }
}
