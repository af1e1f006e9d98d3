package org.openmom.server.pipeline;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.openmom.model.ServerIdentity;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * The door of the server, first of every connection's pipeline ({@link ConnectionLimits}): a
 * connection past the limits, overall or from one address, is answered ERROR and closed at once;
 * an admitted one must register within the registration timeout (its frames until then are
 * small, see {@link ServerConnection#registered}). One per server.
 */
@ChannelHandler.Sharable
final class AdmissionStage extends ChannelInboundHandlerAdapter {
    private final ServerIdentity identity;
    private final ConnectionLimits limits;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> openByAddress = new ConcurrentHashMap<>();

    AdmissionStage(ServerIdentity identity, ConnectionLimits limits) {
        this.identity = identity;
        this.limits = limits;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        String address = addressOf(ctx.channel().remoteAddress());
        int overall = open.incrementAndGet();
        int fromAddress = openByAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        ServerConnection connection = ServerConnection.of(ctx.channel());
        connection.admitted(address);
        String refusal = overall > limits.maxConnections()
                ? "server " + identity + " has " + limits.maxConnections() + " connections, its limit (--max-connections): try again later"
                : fromAddress > limits.maxPerAddress()
                        ? "server " + identity + " has " + limits.maxPerAddress() + " connections from " + address
                                + ", its limit per address (--max-connections-per-address): close some first"
                        : null;
        if (refusal != null) {
            ServerConnection.LOG.debug("{} turned away: {}", address, refusal);
            // from the tail: the frame encoder stands after this first stage
            ctx.channel().writeAndFlush(Frame.of(Header.of(FrameType.ERROR).reason(refusal))).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        long timeout = limits.registrationTimeoutMillis();
        connection.awaitRegistration(ctx.executor().schedule(
                () -> connection.fail("no REGISTER within " + timeout + " ms of connecting"), timeout, TimeUnit.MILLISECONDS));
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        connection.stopAwaitingRegistration();
        String address = connection.admittedFrom();
        if (address != null) {
            open.decrementAndGet();
            openByAddress.computeIfPresent(address, (a, count) -> count.decrementAndGet() == 0 ? null : count);
        }
        ctx.fireChannelInactive();
    }

    /** The peer's IP address; every local-socket peer is one address. */
    private static String addressOf(SocketAddress remote) {
        return remote instanceof InetSocketAddress ? ((InetSocketAddress) remote).getAddress().getHostAddress() : "local";
    }
}
