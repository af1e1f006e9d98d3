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
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.model.ByteSize;
import org.openmom.model.ServerIdentity;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameDecoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * The door of the server, first of every connection's pipeline ({@link ConnectionLimits}): a
 * connection past the limits, overall or from one address, is answered ERROR and closed at once;
 * an admitted one must register within the registration timeout (its frames until then are
 * small, see {@link ServerConnection#registered}), and what the unregistered ones make the server
 * keep of unfinished frames is bounded all together: the connection whose bytes pass the bound is
 * answered ERROR and closed. One per server.
 */
@ChannelHandler.Sharable
final class AdmissionStage extends ChannelInboundHandlerAdapter {
    private final ServerIdentity identity;
    private final ConnectionLimits limits;
    private final AtomicInteger open = new AtomicInteger();
    private final ConcurrentHashMap<String, AtomicInteger> openByAddress = new ConcurrentHashMap<>();
    /** Bytes of unfinished frames kept for connections not registered, all together. */
    private final AtomicLong unregisteredHeld = new AtomicLong();

    /** Why the connections at once are bounded where they are, for the one turned away. */
    private final String overallLimit;

    AdmissionStage(ServerIdentity identity, ConnectionLimits limits, DescriptorLimit descriptors) {
        this.identity = identity;
        this.limits = descriptors.cap(limits);
        if (this.limits.maxConnections() < limits.maxConnections()) {
            overallLimit = "as many as the " + descriptors.max() + " file descriptors the process may open leave room for"
                    + " (ulimit -n): raise that limit, or try again later";
            ServerConnection.LOG.warn("server {} takes {} connections at once, not {}: the process may open {} file descriptors and has {}"
                    + " open — raise ulimit -n to take more", identity, this.limits.maxConnections(), limits.maxConnections(),
                    descriptors.max(), descriptors.open());
        } else {
            overallLimit = "its limit (--max-connections): try again later";
        }
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        String address = addressOf(ctx.channel().remoteAddress());
        int overall = open.incrementAndGet();
        int fromAddress = openByAddress.computeIfAbsent(address, a -> new AtomicInteger()).incrementAndGet();
        ServerConnection connection = ServerConnection.of(ctx.channel());
        connection.admitted(address);
        String refusal = overall > limits.maxConnections()
                ? "server " + identity + " has " + limits.maxConnections() + " connections, " + overallLimit
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

    /**
     * Counts, after the frame decoder took the bytes read, what it keeps of a frame not yet whole
     * while the peer is nobody; a registered peer's bytes are its own business (its mailbox and
     * the memory bound), so it leaves the count at its next read.
     */
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        if (connection.instance() != null && connection.unregisteredHeld() == 0) {
            ctx.fireChannelRead(msg);
            return;
        }
        ctx.fireChannelRead(msg);
        FrameDecoder decoder = ctx.pipeline().get(FrameDecoder.class);
        int held = connection.instance() != null || decoder == null ? 0 : decoder.heldBytes();
        long total = unregisteredHeld.addAndGet(held - connection.unregisteredHeld());
        connection.unregisteredHeld(held);
        if (held > 0 && total > limits.unregisteredMemory()) {
            connection.fail("server " + identity + " keeps " + ByteSize.format(limits.unregisteredMemory()) + " of unfinished frames for"
                    + " connections not registered, its limit (--max-unregistered-memory): register with small frames, or try again later");
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ServerConnection connection = ServerConnection.of(ctx.channel());
        unregisteredHeld.addAndGet(-connection.unregisteredHeld());
        connection.unregisteredHeld(0);
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
