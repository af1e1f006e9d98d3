package org.openmom.server.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.timeout.IdleState;
import io.netty.handler.timeout.IdleStateEvent;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.protocol.AdminJson;
import org.openmom.admin.server.AdminRequestHandler;
import org.openmom.admin.server.AdminService;
import org.openmom.admin.server.WatchPeer;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.Instance;
import org.openmom.server.PostOutcome;
import org.openmom.server.Registration;
import org.openmom.server.Sink;
import org.openmom.server.UserEntry;
import org.openmom.transport.OutboundFrames;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;
import org.openmom.wire.WireCodec;
import org.openmom.wire.WireException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The protocol layer of one server connection: translates frames into broker calls and broker
 * deliveries into frames. One per channel (not shared); its state lives on the channel's event
 * loop, except {@link #deliver} and friends, which the broker may call from any thread.
 */
final class ServerConnection extends SimpleChannelInboundHandler<Frame> implements Sink {
    static final AttributeKey<ServerConnection> KEY = AttributeKey.valueOf("openmom.connection");
    private static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    private static final int DEFAULT_WINDOW = 1000;

    private final Broker broker;
    private final ServerSettings settings;
    /** Null when the server offers no administration (e.g. a bare broker in tests). */
    private final AdminService admin;
    /** Whether the peer came through the local socket, whose folder permissions already vetted it. */
    private final boolean local;
    private OutboundFrames out;
    private Channel channel;
    /** Set on the event loop before REGISTER reaches the broker, read by the broker through the Sink. */
    private volatile boolean administration;
    private AdminRequestHandler adminRequests;
    private String peer = "?";
    private boolean welcomed;
    private volatile Instance instance;
    private long registerRequest;
    private ScheduledFuture<?> helloTimeout;
    private ScheduledFuture<?> slowReaderCheck;
    /** The recipients of the last POST or CALL read (event loop only). */
    private ServiceUser lastTo;

    ServerConnection(Broker broker, ServerSettings settings, AdminService admin, boolean local) {
        super(Frame.class);
        this.broker = broker;
        this.settings = settings;
        this.admin = admin;
        this.local = local;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        ctx.channel().attr(KEY).set(this);
        out = new OutboundFrames(ctx.channel());
        out.onDrained(() -> {
            Instance registered = instance;
            if (registered != null && ctx.channel().isWritable()) {
                broker.resume(registered);
            }
            if (adminRequests != null && ctx.channel().isWritable()) {
                adminRequests.writable();
            }
        });
        channel = ctx.channel();
        peer = local ? "local" : describe(ctx.channel().remoteAddress());
        helloTimeout = ctx.executor().schedule(
                () -> fail(ctx, "no HELLO within " + settings.helloTimeoutMillis() + " ms"),
                settings.helloTimeoutMillis(), TimeUnit.MILLISECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        cancel(helloTimeout);
        cancel(slowReaderCheck);
        Instance gone = instance;
        if (gone != null) {
            instance = null;
            broker.unregister(gone);
            LOG.info("{} ({}) disconnected", gone.who(), peer);
        }
        if (adminRequests != null) {
            adminRequests.closed();
        }
        ctx.fireChannelInactive();
    }

    @Override
    protected void channelRead0(ChannelHandlerContext ctx, Frame frame) {
        Header h = frame.header();
        if (!welcomed) {
            if (h.type() != FrameType.HELLO) {
                fail(ctx, "the first frame must be HELLO, not " + h.type());
                return;
            }
            cancel(helloTimeout);
            welcomed = true;
            out.send(Frame.of(Header.of(FrameType.WELCOME).version(WireCodec.PROTOCOL_VERSION)
                    .server(broker.identity().name()).role(broker.identity().role())
                    .heartbeat(settings.heartbeatMillis())));
            out.startHeartbeat(settings.heartbeatMillis(), () -> Frame.of(Header.of(FrameType.PING)));
            return;
        }
        switch (h.type()) {
            case REGISTER: register(ctx, h, frame.body()); return;
            case USERS: users(h); return;
            case PING: out.send(Frame.of(Header.of(FrameType.PONG))); return;
            case PONG: return;
            case BYE: bye(ctx); return;
            case ERROR:
                LOG.info("{} reported an error and is closed: {}", peer, h.reason());
                ctx.close();
                return;
            default:
        }
        if (h.type().isAdminRequest()) {
            admin(ctx, h, frame.body());
            return;
        }
        Instance registered = instance;
        if (registered == null) {
            fail(ctx, h.type() + " before REGISTER");
            return;
        }
        switch (h.type()) {
            case POST: post(registered, h, frame.body()); break;
            case ACK:
                if (h.ids() != null) {
                    broker.acknowledge(registered, h.ids());
                }
                break;
            case FETCH: broker.fetch(registered, h.max()); break;
            case CALL: broker.call(registered, h.req(), to(h), nonNull(h.event()), frame.body()); break;
            case REPLY: broker.reply(registered, h.id(), frame.body()); break;
            default: fail(ctx, "a client does not send " + h.type());
        }
    }

    private void register(ChannelHandlerContext ctx, Header h, byte[] registrationMessage) {
        if (instance != null) {
            out.send(Frame.of(Header.of(FrameType.REFUSED).req(h.req()).reason("this connection is already registered as " + instance.who())));
            return;
        }
        if (h.service() == null || h.user() == null) {
            fail(ctx, "REGISTER needs \"service\" and \"user\"");
            return;
        }
        if (h.admin()) {
            String refusal = adminRefusal(h.secret());
            if (refusal != null) {
                out.send(Frame.of(Header.of(FrameType.REFUSED).req(h.req()).reason(refusal)));
                LOG.warn("{} refused as administration service {}/{}: {}", peer, h.service(), h.user(), refusal);
                return;
            }
            administration = true;
        }
        DeliveryMode mode = "polling".equals(h.mode()) ? DeliveryMode.POLLING : DeliveryMode.CALLBACK;
        int window = h.window() > 0 ? h.window() : DEFAULT_WINDOW;
        registerRequest = h.req();
        Registration registration = broker.register(ServiceUser.of(h.service(), h.user()), registrationMessage, mode, window, this);
        if (registration.isAccepted()) {
            LOG.info("{} registered as {}{}", peer, instance, administration ? " (administration service)" : "");
            if (administration) {
                adminRequests = admin.connect(new AdminPeer(), instance.who() + " (" + peer + ")");
            }
        } else {
            administration = false;
            out.send(Frame.of(Header.of(FrameType.REFUSED).req(h.req()).reason(registration.refusal())));
            LOG.info("{} refused: {}", peer, registration.refusal());
        }
    }

    /** Null when {@code secret} lets this connection administer the server, else why not (one line). */
    private String adminRefusal(String secret) {
        String server = broker.identity().toString();
        if (admin == null) {
            return "server " + server + " offers no administration service";
        }
        if (local) {
            return null;
        }
        String expected = settings.adminSecret();
        if (expected == null) {
            return "server " + server + " refuses administration over TCP: start it with --admin-secret-file FILE and give"
                    + " the same file to the administration tool, or connect over the local protocol (local:"
                    + broker.identity().localName() + ")";
        }
        if (secret == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8))) {
            return "wrong or missing admin secret for server " + server
                    + " — give --admin-secret-file the file the server was started with";
        }
        return null;
    }

    /** An ADMIN_* request: answered for an administration service, an ERROR (connection kept) for anyone else. */
    private void admin(ChannelHandlerContext ctx, Header h, byte[] body) {
        if (adminRequests == null) {
            out.send(Frame.of(Header.of(FrameType.ERROR).req(h.req()).reason(h.type()
                    + " is for administration services only: register with admin=true (locally, or over TCP with the admin secret)")));
            return;
        }
        try {
            out.send(adminRequests.handle(h, body));
        } catch (WireException e) {
            fail(ctx, e.getMessage());
        }
    }

    private void post(Instance sender, Header h, byte[] body) {
        long req = h.req();
        if (req == 0) { // nobody waits for POSTED
            broker.send(sender, to(h), nonNull(h.event()), h.flags(), body);
            return;
        }
        broker.post(sender, to(h), nonNull(h.event()), h.flags(), body).whenComplete((outcome, error) -> {
            if (error != null) {
                LOG.warn("posting for {} failed: {}", sender, error.toString());
                out.send(Frame.of(Header.of(FrameType.POSTED).req(req).reason("the server could not store the message: " + error.getMessage())));
            } else {
                out.send(posted(req, outcome));
            }
        });
    }

    private static Frame posted(long req, PostOutcome outcome) {
        return Frame.of(Header.of(FrameType.POSTED).req(req).id(outcome.messageId())
                .recipients(outcome.recipients()).waiting(outcome.waiting()).reason(outcome.refusal()));
    }

    private void users(Header h) {
        ServiceUser pattern = ServiceUser.of(h.service() == null ? "*" : h.service(), h.user() == null ? "*" : h.user());
        List<UserInfo> users = new ArrayList<>();
        for (UserEntry entry : broker.users(pattern)) {
            users.add(new UserInfo(entry.who().service(), entry.who().user(), entry.instances(), entry.enabled(), entry.undelivered()));
        }
        out.send(Frame.of(Header.of(FrameType.USERS).req(h.req()).users(users)));
    }

    private void bye(ChannelHandlerContext ctx) {
        Instance gone = instance;
        if (gone != null) {
            instance = null;
            broker.unregister(gone);
        }
        ctx.writeAndFlush(Frame.of(Header.of(FrameType.BYE))).addListener(ChannelFutureListener.CLOSE);
    }

    /**
     * The recipients of a POST or CALL. A sender mostly posts to the same ones, whose names the
     * header reader hands out as the same strings, so the last pair is reused rather than made anew.
     */
    private ServiceUser to(Header h) {
        String service = h.toService() == null ? "*" : h.toService();
        String user = h.toUser() == null ? "*" : h.toUser();
        ServiceUser last = lastTo;
        if (last == null || last.service() != service || last.user() != user) {
            last = ServiceUser.of(service, user);
            lastTo = last;
        }
        return last;
    }

    private static String nonNull(String event) {
        return event == null ? "" : event;
    }

    /**
     * The server is congested: stop reading this sender until {@link Broker#isRelieved()}.
     * Reading resumes after a second anyway, so a sender that is also the slow consumer can
     * still deliver its ACKs (it is paused again at its next congested post).
     */
    private void pauseReading(Channel channel) {
        if (!channel.config().isAutoRead()) {
            return;
        }
        channel.config().setAutoRead(false);
        long pausedAt = System.nanoTime();
        ScheduledFuture<?>[] check = new ScheduledFuture<?>[1];
        check[0] = channel.eventLoop().scheduleWithFixedDelay(() -> {
            if (!channel.isActive() || broker.isRelieved() || System.nanoTime() - pausedAt > TimeUnit.SECONDS.toNanos(1)) {
                channel.config().setAutoRead(true);
                check[0].cancel(false);
            }
        }, 2, 2, TimeUnit.MILLISECONDS);
    }

    // ---- Sink: called by the broker, from any thread -----------------------------------------

    /** Under the broker lock, before waiting seeds are delivered: REGISTERED goes out first. */
    @Override
    public void registered(Instance accepted) {
        instance = accepted;
        out.send(Frame.of(Header.of(FrameType.REGISTERED).req(registerRequest)));
    }

    @Override
    public void deliver(Message m) {
        out.deliver(m);
    }

    @Override
    public boolean isWritable() {
        return out.isWritable();
    }

    /**
     * Under the broker lock. On the connection's own event loop (a POST being read) the pause
     * starts at once, so not even the rest of the current read is taken.
     */
    @Override
    public void slowDown() {
        if (channel.eventLoop().inEventLoop()) {
            pauseReading(channel);
        } else {
            channel.eventLoop().execute(() -> pauseReading(channel));
        }
    }

    @Override
    public boolean isAdministration() {
        return administration;
    }

    @Override
    public String remoteAddress() {
        return peer;
    }

    /** Where the watches of this administration connection send their events. */
    private final class AdminPeer implements WatchPeer {
        @Override
        public boolean isWritable() {
            return out.isWritable();
        }

        @Override
        public void sendEvents(long watchId, List<ChangeEvent> events) {
            out.send(Frame.of(Header.of(FrameType.ADMIN_EVENTS).id(watchId), AdminJson.write(events)));
        }

        @Override
        public Executor executor() {
            return channel.eventLoop();
        }
    }

    @Override
    public void replied(long requestId, byte[] body) {
        out.send(Frame.of(Header.of(FrameType.REPLY).req(requestId), body));
    }

    @Override
    public void callFailed(long requestId, String reason) {
        out.send(Frame.of(Header.of(FrameType.REPLY).req(requestId).reason(reason)));
    }

    // ---- faults, heartbeats, back-pressure -----------------------------------------------------

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
        if (event instanceof IdleStateEvent) {
            if (((IdleStateEvent) event).state() == IdleState.READER_IDLE) {
                LOG.info("{} silent for {} ms: dropped", describe(), 3 * settings.heartbeatMillis());
                ctx.close();
            }
            return;
        }
        ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        Instance registered = instance;
        if (ctx.channel().isWritable()) {
            cancel(slowReaderCheck);
            out.kick();
            if (registered != null) {
                broker.resume(registered);
            }
        } else {
            long limit = 3 * settings.heartbeatMillis();
            slowReaderCheck = ctx.executor().schedule(() -> {
                if (!ctx.channel().isWritable()) {
                    LOG.info("{} has not read for {} ms: dropped", describe(), limit);
                    ctx.close();
                }
            }, limit, TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            LOG.debug("{} connection error: {}", describe(), cause.toString());
            ctx.close();
        } else if (cause instanceof TooLongFrameException) {
            fail(ctx, "frame larger than the maximum of " + settings.maxFrameSize() + " bytes");
        } else if (cause instanceof DecoderException && cause.getCause() instanceof WireException) {
            fail(ctx, cause.getCause().getMessage());
        } else if (cause instanceof DecoderException) {
            fail(ctx, "malformed frame: " + cause.getMessage());
        } else {
            LOG.warn("{} internal error, connection closed", describe(), cause);
            ctx.close();
        }
    }

    /** ERROR, close, one log line: the rest of the server goes on. */
    private void fail(ChannelHandlerContext ctx, String reason) {
        if (!ctx.channel().isActive()) {
            return;
        }
        LOG.warn("{} closed: {}", describe(), reason);
        ctx.writeAndFlush(Frame.of(Header.of(FrameType.ERROR).reason(reason))).addListener(ChannelFutureListener.CLOSE);
    }

    private String describe() {
        Instance registered = instance;
        return registered == null ? "connection " + peer : registered.who() + " (" + peer + ")";
    }

    private static String describe(java.net.SocketAddress address) {
        if (address instanceof java.net.InetSocketAddress) {
            java.net.InetSocketAddress inet = (java.net.InetSocketAddress) address;
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }

    private static void cancel(ScheduledFuture<?> future) {
        if (future != null) {
            future.cancel(false);
        }
    }
}
