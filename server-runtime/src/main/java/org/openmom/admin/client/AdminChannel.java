package org.openmom.admin.client;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openmom.admin.AdminException;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.connection.Target;
import org.openmom.transport.NettyTransport;
import org.openmom.transport.OutboundFrames;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One administration connection's protocol layer on the client: HELLO/WELCOME, requests
 * matched to their answers by {@code req} (each with a timeout), heartbeats, watch events
 * handed to their listener, and messages posted to the administration service acknowledged at
 * once (an administrator does not consume messages). Everything runs on the channel's event
 * loop; futures complete there.
 */
final class AdminChannel extends SimpleChannelInboundHandler<Frame> {
    private static final Logger LOG = LoggerFactory.getLogger(AdminChannel.class);
    /** A whole message of the largest size a server accepts, plus its JSON details (ADMIN_MESSAGE). */
    private static final int MAX_FRAME_SIZE = WireCodec.DEFAULT_MAX_FRAME_SIZE + (1 << 20);

    private final Target target;
    private final Duration requestTimeout;
    private final CompletableFuture<Header> welcome = new CompletableFuture<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final Map<Long, CompletableFuture<Frame>> pending = new ConcurrentHashMap<>();
    private final Map<Long, Consumer<List<ChangeEvent>>> watches = new ConcurrentHashMap<>();
    private final AtomicLong requests = new AtomicLong();
    private volatile Channel channel;
    private volatile OutboundFrames out;
    private volatile String closeReason;

    private AdminChannel(Target target, Duration requestTimeout) {
        super(Frame.class);
        this.target = target;
        this.requestTimeout = requestTimeout;
    }

    /**
     * Connects to {@code target} and exchanges HELLO/WELCOME, without blocking.
     *
     * @return completes with the channel once WELCOME arrived, or fails with {@link AdminException} naming the target
     */
    static CompletableFuture<AdminChannel> open(Target target, EventLoopGroup group, Duration connectTimeout,
            Duration requestTimeout, Duration heartbeat, String clientName) {
        AdminChannel handler = new AdminChannel(target, requestTimeout);
        long beat = heartbeat.toMillis();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NettyTransport.clientChannel(target.local()))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) connectTimeout.toMillis())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast("heartbeat", new IdleStateHandler(3 * beat, beat, 0, TimeUnit.MILLISECONDS));
                        WireCodec.install(channel.pipeline(), MAX_FRAME_SIZE);
                        channel.pipeline().addLast("protocol", handler);
                    }
                });
        if (!target.local()) {
            bootstrap.option(ChannelOption.TCP_NODELAY, true);
        }
        CompletableFuture<AdminChannel> opened = new CompletableFuture<>();
        ChannelFuture connecting;
        try {
            connecting = bootstrap.connect(resolved(target.socket()));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(new AdminException(target.label() + ": " + describe(e)));
        }
        connecting.addListener(done -> {
            if (!done.isSuccess()) {
                opened.completeExceptionally(new AdminException(target.label() + ": " + describe(done.cause())
                        + " — is a server running there?"));
                return;
            }
            Channel channel = connecting.channel();
            handler.channel = channel;
            handler.out = new OutboundFrames(channel);
            handler.out.send(Frame.of(Header.of(FrameType.HELLO).version(WireCodec.PROTOCOL_VERSION).client(clientName)
                    .server(target.declared().serverName()).role(target.declared().role())));
            channel.eventLoop().schedule(() -> handler.welcome.completeExceptionally(
                    new AdminException(target.label() + ": no WELCOME within " + connectTimeout.toMillis()
                            + " ms — is this an OpenMOM server?")), connectTimeout.toMillis(), TimeUnit.MILLISECONDS);
            handler.welcome.whenComplete((header, error) -> {
                if (error != null) {
                    channel.close();
                    opened.completeExceptionally(error);
                } else {
                    keepServersHeartbeat(channel, header.heartbeat());
                    opened.complete(handler);
                }
            });
        });
        return opened;
    }

    /**
     * Beats at the server's pace: a server that pings less often than we assumed must not look
     * silent. Runs on the event loop (WELCOME completes there), before any later frame is read.
     */
    private static void keepServersHeartbeat(Channel channel, long serverBeat) {
        if (serverBeat > 0 && channel.pipeline().get("heartbeat") != null) {
            channel.pipeline().replace("heartbeat", "heartbeat",
                    new IdleStateHandler(3 * serverBeat, serverBeat, 0, TimeUnit.MILLISECONDS));
        }
    }

    private static SocketAddress resolved(SocketAddress socket) {
        if (socket instanceof InetSocketAddress && ((InetSocketAddress) socket).isUnresolved()) {
            InetSocketAddress unresolved = (InetSocketAddress) socket;
            return new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
        }
        return socket;
    }

    Target target() {
        return target;
    }

    /** The server's WELCOME (completed when {@link #open} succeeded). */
    Header welcome() {
        return welcome.join();
    }

    boolean isActive() {
        Channel c = channel;
        return c != null && c.isActive();
    }

    /** Completes with the reason once the connection is closed, whoever closed it. */
    CompletableFuture<String> closedFuture() {
        return closed;
    }

    /**
     * Sends a request with a fresh {@code req} and returns its answer; fails with
     * {@link AdminException} on ERROR, timeout or loss of the connection.
     */
    CompletableFuture<Frame> request(Header header, byte[] body) {
        long req = requests.incrementAndGet();
        CompletableFuture<Frame> answer = new CompletableFuture<>();
        Channel c = channel;
        if (c == null || !c.isActive()) {
            answer.completeExceptionally(new AdminException(target.label() + ": not connected"
                    + (closeReason == null ? "" : " (" + closeReason + ")")));
            return answer;
        }
        pending.put(req, answer);
        try {
            c.eventLoop().schedule(() -> {
                CompletableFuture<Frame> late = pending.remove(req);
                if (late != null) {
                    late.completeExceptionally(new AdminException(target.label() + ": no answer to " + header.type()
                            + " within " + requestTimeout.toMillis() + " ms"));
                }
            }, requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
            out.send(Frame.of(header.req(req), body));
        } catch (RejectedExecutionException closing) {
            // the connection closed between the check above and now
            pending.remove(req);
            answer.completeExceptionally(new AdminException(target.label() + ": not connected"
                    + (closeReason == null ? "" : " (" + closeReason + ")")));
        }
        return answer;
    }

    /** ADMIN_EVENTS of watch {@code watchId} go to {@code listener} from now on (call on the event loop). */
    void onEvents(long watchId, Consumer<List<ChangeEvent>> listener) {
        watches.put(watchId, listener);
    }

    void stopEvents(long watchId) {
        watches.remove(watchId);
    }

    void send(Frame frame) {
        OutboundFrames frames = out;
        if (frames != null && isActive()) {
            try {
                frames.send(frame);
            } catch (RejectedExecutionException closing) {
                LOG.debug("{}: closed before {} could be sent", target.label(), frame.type());
            }
        }
    }

    /** BYE, then close; pending requests fail. */
    void close(String reason) {
        Channel c = channel;
        if (c == null) {
            return;
        }
        closeReason = reason;
        // on the event loop: the server's BYE may close the channel and end the session's thread
        // before a listener added from here could run
        Runnable bye = () -> {
            if (c.isActive()) {
                c.writeAndFlush(Frame.of(Header.of(FrameType.BYE))).addListener(ChannelFutureListener.CLOSE);
            }
        };
        if (c.eventLoop().inEventLoop()) {
            bye.run();
            return;
        }
        try {
            c.eventLoop().execute(bye);
        } catch (RejectedExecutionException alreadyGone) {
            LOG.debug("{}: already closed", target.label());
        }
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        Header h = frame.header();
        switch (h.type()) {
            case WELCOME: welcome.complete(h); break;
            case PING: out.send(Frame.of(Header.of(FrameType.PONG))); break;
            case PONG: break;
            case DELIVER: out.send(Frame.of(Header.of(FrameType.ACK).ids(new long[] {h.id()}))); break;
            case ADMIN_EVENTS: events(h.id(), frame.body()); break;
            case BYE:
                closeReason = "the server said goodbye" + (h.reason() == null ? "" : ": " + h.reason());
                ctx.close();
                break;
            case ERROR:
                CompletableFuture<Frame> refused = h.req() == 0 ? null : pending.remove(h.req());
                if (refused != null) {
                    // an ADMIN_* refusal: the connection stays open
                    refused.completeExceptionally(new AdminException(target.label() + ": " + h.reason()));
                } else {
                    closeReason = "the server reported an error: " + h.reason();
                    ctx.close();
                }
                break;
            default:
                CompletableFuture<Frame> answer = pending.remove(h.req());
                if (answer != null) {
                    answer.complete(frame);
                }
        }
    }

    private void events(long watchId, byte[] body) {
        Consumer<List<ChangeEvent>> listener = watches.get(watchId);
        if (listener == null) {
            return; // a watch closed while its last events were on the way
        }
        try {
            listener.accept(AdminJson.readEvents(body));
        } catch (RuntimeException e) {
            LOG.warn("{}: a change listener failed: {}", target.label(), e.toString());
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (((IdleStateEvent) event).state() == IdleState.WRITER_IDLE) {
                out.send(Frame.of(Header.of(FrameType.PING)));
            } else if (((IdleStateEvent) event).state() == IdleState.READER_IDLE) {
                closeReason = "the server has been silent too long";
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        closeReason = "connection error: " + describe(cause);
        ctx.close();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        String reason = closeReason == null ? "the connection closed" : closeReason;
        AdminException lost = new AdminException(target.label() + ": connection lost (" + reason + ")");
        welcome.completeExceptionally(lost);
        for (Long req : pending.keySet()) {
            CompletableFuture<Frame> future = pending.remove(req);
            if (future != null) {
                future.completeExceptionally(lost);
            }
        }
        watches.clear();
        closed.complete(reason);
        ctx.fireChannelInactive();
    }

    private static String describe(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }
}
