package org.openmom.client;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.openmom.model.ServiceUser;
import org.openmom.transport.OutboundFrames;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * One live connection of a client: the protocol handler of its pipeline and the table of
 * requests waiting for an answer. Frames are answered on the event loop; messages are handed
 * to the client's dispatch queue, never processed here.
 */
final class ClientSession extends SimpleChannelInboundHandler<Frame> {
    private final OpenMomClient client;
    final Target target;
    final CompletableFuture<Header> welcome = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    private final Object writable = new Object();
    volatile Channel channel;
    volatile OutboundFrames out;
    private volatile String closeReason;
    /** Messages of the current socket read, handed over together: one thread wake-up per read, not per message. */
    private List<ReceivedMessage> readBatch = new ArrayList<>();

    ClientSession(OpenMomClient client, Target target) {
        super(Frame.class);
        this.client = client;
        this.target = target;
    }

    void attach(Channel newChannel, long heartbeatMillis) {
        channel = newChannel;
        out = new OutboundFrames(newChannel);
        out.startHeartbeat(heartbeatMillis, () -> Frame.of(Header.of(FrameType.PING)));
        out.onDrained(this::wakeWriters);
    }

    /** Sends a request and returns the future of its answer (completed on the event loop). */
    CompletableFuture<Frame> request(Header header, byte[] body) {
        CompletableFuture<Frame> answer = new CompletableFuture<>();
        pending.put(header.req(), answer);
        if (!channel.isActive()) {
            pending.remove(header.req());
            answer.completeExceptionally(new OpenMomException(target.label() + ": not connected"));
            return answer;
        }
        out.send(Frame.of(header, body));
        return answer;
    }

    void send(Frame frame) {
        out.send(frame);
    }

    /** Waits (off the network threads only) until the connection takes more frames. */
    void awaitWritable() throws InterruptedException {
        if (out.isWritable() || channel.eventLoop().inEventLoop()) {
            return;
        }
        synchronized (writable) {
            while (!out.isWritable() && channel.isActive()) {
                writable.wait(100); // woken by wakeWriters; the timeout only bounds a missed wake-up
            }
        }
    }

    private void wakeWriters() {
        synchronized (writable) {
            writable.notifyAll();
        }
    }

    boolean isActive() {
        Channel c = channel;
        return c != null && c.isActive();
    }

    String closeReason() {
        return closeReason;
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        Header h = frame.header();
        switch (h.type()) {
            case WELCOME: welcome.complete(h); break;
            case DELIVER:
                readBatch.add(new ReceivedMessage(h.id(), ServiceUser.of(h.fromService(), h.fromUser()),
                        ServiceUser.of(h.toService(), h.toUser()), h.event(), h.flags(), frame.body()));
                break;
            case PING: out.send(Frame.of(Header.of(FrameType.PONG))); break;
            case PONG: break;
            case BYE:
                closeReason = "the server said goodbye" + (h.reason() == null ? "" : ": " + h.reason());
                ctx.close();
                break;
            case ERROR:
                closeReason = "the server reported an error: " + h.reason();
                CompletableFuture<Frame> failed = pending.remove(h.req());
                if (failed != null) {
                    failed.completeExceptionally(new OpenMomException(target.label() + ": " + h.reason()));
                }
                ctx.close();
                break;
            default:
                CompletableFuture<Frame> answer = pending.remove(h.req());
                if (answer != null) {
                    answer.complete(frame);
                }
        }
    }

    @Override
    public void channelReadComplete(ChannelHandlerContext ctx) {
        handOver();
        ctx.fireChannelReadComplete();
    }

    private void handOver() {
        if (!readBatch.isEmpty()) {
            client.delivered(this, readBatch);
            readBatch = new ArrayList<>();
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (((IdleStateEvent) event).state() == IdleState.READER_IDLE) {
                closeReason = "the server has been silent too long";
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        if (ctx.channel().isWritable()) {
            out.kick();
        }
        wakeWriters();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeReason = "connection error: " + cause.getMessage();
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        handOver();
        String reason = closeReason == null ? "the connection closed" : closeReason;
        OpenMomException lost = new OpenMomException(target.label() + ": connection lost (" + reason + ")");
        welcome.completeExceptionally(lost);
        pending.values().forEach(f -> f.completeExceptionally(lost));
        pending.clear();
        synchronized (writable) {
            writable.notifyAll();
        }
        client.lost(this, reason);
    }
}
