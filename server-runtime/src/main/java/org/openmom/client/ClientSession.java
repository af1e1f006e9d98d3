package org.openmom.client;

import org.openmom.connection.Target;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** How often waiting requests are checked for their deadline: the lateness of a timeout at most. */
    private static final long EXPIRY_SWEEP_MILLIS = 100;

    private final Map<Long, PendingRequest> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean expirySweepScheduled = new AtomicBoolean();
    private final Object writable = new Object();
    volatile Channel channel;
    volatile OutboundFrames out;
    private volatile String closeReason;
    /** Messages of the current socket read, handed over together: one thread wake-up per read, not per message. */
    private List<ReceivedMessage> readBatch = new ArrayList<>();

    private record PendingRequest(CompletableFuture<Frame> answer, long deadlineNanos) {}

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

    /**
     * Sends a request and returns the future of its answer (completed on the event loop), failed
     * with a {@link TimeoutException} when no answer came within {@code timeout}.
     */
    CompletableFuture<Frame> request(Header header, byte[] body, Duration timeout) {
        CompletableFuture<Frame> answer = new CompletableFuture<>();
        pending.put(header.req(), new PendingRequest(answer, System.nanoTime() + timeout.toNanos()));
        if (!channel.isActive()) {
            pending.remove(header.req());
            answer.completeExceptionally(new OpenMomException(target.label() + ": not connected"));
            return answer;
        }
        scheduleExpirySweep();
        out.send(Frame.of(header, body));
        return answer;
    }

    /**
     * Deadlines are checked by one sweep every {@value #EXPIRY_SWEEP_MILLIS} ms on the event loop
     * while requests wait, not by a timer per request: a timer per request woke a timer thread
     * on every call, one more thread on the round trip's path.
     */
    private void scheduleExpirySweep() {
        if (expirySweepScheduled.compareAndSet(false, true)) {
            channel.eventLoop().schedule(this::expireRequests, EXPIRY_SWEEP_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    private void expireRequests() {
        long now = System.nanoTime();
        pending.values().removeIf(request -> {
            if (now - request.deadlineNanos() < 0) {
                return false;
            }
            request.answer().completeExceptionally(new TimeoutException());
            return true;
        });
        // cleared before looking again: a request added meanwhile either sees the flag clear or is seen here
        expirySweepScheduled.set(false);
        if (!pending.isEmpty() && channel.isActive()) {
            scheduleExpirySweep();
        }
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
                ReceivedMessage message = new ReceivedMessage(h.id(), ServiceUser.of(h.fromService(), h.fromUser()),
                        ServiceUser.of(h.toService(), h.toUser()), h.event(), h.flags(), frame.body());
                if (!message.isCall() || !client.answeredOnNetworkThread(this, message)) {
                    readBatch.add(message);
                }
                break;
            case PING: out.send(Frame.of(Header.of(FrameType.PONG))); break;
            case PONG: break;
            case BYE:
                closeReason = "the server said goodbye" + (h.reason() == null ? "" : ": " + h.reason());
                ctx.close();
                break;
            case ERROR:
                closeReason = "the server reported an error: " + h.reason();
                PendingRequest failed = pending.remove(h.req());
                if (failed != null) {
                    failed.answer().completeExceptionally(new OpenMomException(target.label() + ": " + h.reason()));
                }
                ctx.close();
                break;
            default:
                PendingRequest answered = pending.remove(h.req());
                if (answered != null) {
                    answered.answer().complete(frame);
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
        pending.values().forEach(request -> request.answer().completeExceptionally(lost));
        pending.clear();
        synchronized (writable) {
            writable.notifyAll();
        }
        client.lost(this, reason);
    }
}
