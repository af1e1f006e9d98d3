package org.openmom.connection;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.timeout.IdleStateHandler;
import java.io.FileNotFoundException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import org.openmom.connection.ConnectionException.Kind;
import org.openmom.model.ServerAddress;
import org.openmom.transport.NettyTransport;
import org.openmom.transport.OutboundFrames;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;
import org.openmom.wire.WireCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection to a server, whoever owns it (a service, an administrator, a router):
 * HELLO/WELCOME with the server's identity checked, heartbeats at the server's pace, requests
 * matched to their answers, unsolicited frames handed to the owner's {@link FrameListener},
 * back-pressure, and BYE. It does not reconnect: its owner opens a new one, see {@link Failover}.
 *
 * <p>Thread-safe: any thread may send and request; answers and listener calls come on the
 * connection's event loop.
 */
public final class ClientConnection {
    private static final Logger LOG = LoggerFactory.getLogger(ClientConnection.class);
    /** How long a BYE may take to reach the server before the connection is closed anyway. */
    private static final long BYE_GRACE_MILLIS = 2_000;

    private final Target target;
    private final Channel channel;
    private final OutboundFrames out;
    private final PendingRequests requests;
    private final FrameListener listener;
    private final CompletableFuture<Header> welcome = new CompletableFuture<>();
    private final CompletableFuture<String> closed = new CompletableFuture<>();
    private final Object writable = new Object();
    private volatile String closeReason;

    private ClientConnection(Target target, Channel channel, FrameListener listener) {
        this.target = target;
        this.channel = channel;
        this.listener = listener;
        this.out = new OutboundFrames(channel);
        this.requests = new PendingRequests(target.label(), channel.eventLoop());
        out.onDrained(this::writableAgain);
    }

    /**
     * Connects to {@code target} and exchanges HELLO/WELCOME, without blocking.
     *
     * @return completes once the server's WELCOME arrived and names the server the target
     *     wants; fails with a {@link ConnectionException} naming the target
     */
    public static CompletableFuture<ClientConnection> open(Target target, EventLoopGroup group, ConnectionSettings settings,
            FrameListener listener) {
        CompletableFuture<ClientConnection> opened = new CompletableFuture<>();
        SslContext tls;
        try {
            tls = target.local() ? null : settings.tls().contextFor(target.host(), target.port());
        } catch (ConnectionException e) {
            opened.completeExceptionally(e);
            return opened;
        }
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NettyTransport.clientChannel(target.local()))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) settings.connectTimeout().toMillis())
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        ClientConnection connection = install(channel, target, settings, listener);
                        if (tls != null) {
                            connection.encrypt(tls, settings);
                        }
                    }
                });
        if (!target.local()) {
            bootstrap.option(ChannelOption.TCP_NODELAY, true);
        }
        try {
            bootstrap.connect(resolved(target.socket())).addListener(done -> {
                if (!done.isSuccess()) {
                    opened.completeExceptionally(unreachable(target, done.cause()));
                    return;
                }
                Channel channel = ((ChannelFuture) done).channel();
                channel.pipeline().get(ConnectionHandler.class).connection().greet(settings, opened);
            });
        } catch (RuntimeException e) {
            opened.completeExceptionally(unreachable(target, e));
        }
        return opened;
    }

    /** The pipeline of a client connection: silence detection, framing, then the protocol. */
    static ClientConnection install(Channel channel, Target target, ConnectionSettings settings, FrameListener listener) {
        ClientConnection connection = new ClientConnection(target, channel, listener);
        long beat = settings.heartbeat().toMillis();
        channel.pipeline().addLast(ConnectionHandler.IDLE, new IdleStateHandler(3 * beat, 0, 0, TimeUnit.MILLISECONDS));
        WireCodec.install(channel.pipeline(), settings.maxFrameSize());
        channel.pipeline().addLast("protocol", new ConnectionHandler(connection));
        return connection;
    }

    /**
     * TLS before the frames: the server's certificate must be trusted before HELLO leaves, and a
     * failed handshake ends the greeting at once with the reason and its fix.
     */
    private void encrypt(SslContext tls, ConnectionSettings settings) {
        SslHandler handler = tls.newHandler(channel.alloc(), target.host(), target.port());
        handler.setHandshakeTimeoutMillis(settings.connectTimeout().toMillis());
        channel.pipeline().addFirst("tls", handler);
        handler.handshakeFuture().addListener(done -> {
            if (!done.isSuccess()) {
                String why = TlsFailure.describe(done.cause(), settings.tls().trustFileFor(target.host(), target.port()));
                closing(why);
                welcome.completeExceptionally(new ConnectionException(Kind.NOT_WANTED, target.label() + ": " + why));
            }
        });
    }

    /** Event loop, once connected: HELLO, then wait for a WELCOME from the wanted server. */
    void greet(ConnectionSettings settings, CompletableFuture<ClientConnection> opened) {
        ServerAddress wanted = target.declared();
        out.startHeartbeat(settings.heartbeat().toMillis(), ClientConnection::ping);
        HeaderEncoding asked = settings.headerEncoding();
        out.send(Frame.of(Header.of(FrameType.HELLO).version(WireCodec.PROTOCOL_VERSION).client(settings.clientName())
                .server(wanted.serverName()).role(wanted.role()).encoding(asked == HeaderEncoding.JSON ? null : asked.wireName)));
        long timeout = settings.connectTimeout().toMillis();
        channel.eventLoop().schedule(() -> welcome.completeExceptionally(new ConnectionException(Kind.NOT_WANTED,
                target.label() + ": no WELCOME within " + timeout + " ms — is this an OpenMOM server?")), timeout, TimeUnit.MILLISECONDS);
        welcome.whenComplete((header, error) -> {
            if (error != null) {
                channel.close();
                opened.completeExceptionally(error);
            } else if (header.version() > WireCodec.PROTOCOL_VERSION) {
                close("protocol version " + header.version() + " not spoken");
                opened.completeExceptionally(new ConnectionException(Kind.NOT_WANTED, target.label() + ": the server speaks protocol"
                        + " version " + header.version() + ", this client " + WireCodec.PROTOCOL_VERSION + " — use a client of the server's release"));
            } else if (!wanted.accepts(header.server(), header.role())) {
                close("not the server wanted");
                opened.completeExceptionally(new ConnectionException(Kind.NOT_WANTED, target.label() + ": server " + header.server() + "/"
                        + header.role() + " is not the wanted " + wanted.serverName() + "/" + wanted.role()));
            } else {
                if (asked != HeaderEncoding.JSON && asked == HeaderEncoding.named(header.encoding())) {
                    out.useEncoding(asked); // the server takes it: our frames after WELCOME in it too
                }
                keepServersHeartbeat(settings.heartbeat().toMillis(), header.heartbeat());
                opened.complete(this);
            }
        });
    }

    /**
     * The server pings at its own pace and drops a peer silent for three of its beats: take it
     * for silent after three of its beats, and ping at least as often as it does. Runs on the
     * event loop as WELCOME is read, before any later frame.
     */
    private void keepServersHeartbeat(long ourBeat, long serverBeat) {
        if (serverBeat <= 0) {
            return;
        }
        channel.pipeline().replace(ConnectionHandler.IDLE, ConnectionHandler.IDLE,
                new IdleStateHandler(3 * serverBeat, 0, 0, TimeUnit.MILLISECONDS));
        if (serverBeat < ourBeat) {
            out.startHeartbeat(serverBeat, ClientConnection::ping);
        }
    }

    private static Frame ping() {
        return Frame.of(Header.of(FrameType.PING));
    }

    private static SocketAddress resolved(SocketAddress socket) {
        if (socket instanceof InetSocketAddress && ((InetSocketAddress) socket).isUnresolved()) {
            InetSocketAddress unresolved = (InetSocketAddress) socket;
            return new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
        }
        return socket;
    }

    /** Netty reports a missing local socket file as a bare FileNotFoundException: say what is missing. */
    private static ConnectionException unreachable(Target target, Throwable error) {
        String why = target.local() && error instanceof FileNotFoundException ? "no server socket " + target.socket()
                : ConnectionHandler.describe(error);
        return new ConnectionException(Kind.UNREACHABLE, target.label() + ": " + why);
    }

    // ---- what the owner does ------------------------------------------------------------

    public Target target() {
        return target;
    }

    /** The server's WELCOME: its name, role, protocol version and heartbeat. */
    public Header welcome() {
        return welcome.join();
    }

    public boolean isActive() {
        return channel.isActive();
    }

    /** Whether a frame sent now leaves without queueing behind a full connection. */
    public boolean isWritable() {
        return channel.isActive() && out.isWritable();
    }

    /**
     * Sends a request under a fresh {@code req} (set in {@code header}) and returns its answer,
     * completed on the event loop. It fails with a {@link RequestTimeoutException} after
     * {@code timeout}, a {@link ConnectionException} of kind REFUSED when the server answers
     * ERROR, or of kind LOST when the connection is or goes away.
     */
    public CompletableFuture<Frame> request(Header header, byte[] body, Duration timeout) {
        CompletableFuture<Frame> answer = new CompletableFuture<>();
        if (!channel.isActive()) {
            answer.completeExceptionally(notConnected());
            return answer;
        }
        long req = requests.add(header.type(), answer, timeout);
        if (req != 0) {
            send(Frame.of(header.req(req), body));
        }
        return answer;
    }

    /**
     * Registers this connection as the (service, user) of {@code register}, a service's or an
     * administrator's REGISTER. A REFUSED closes the connection and fails with kind REFUSED and
     * the server's reason; so does any other failure, with its own kind.
     *
     * @return completes with this connection once REGISTERED
     */
    public CompletableFuture<ClientConnection> register(Header register, byte[] message, Duration timeout) {
        String who = register.service() + "/" + register.user();
        return request(register, message, timeout).handle((answer, error) -> {
            if (error != null) {
                drop("not registered");
                throw error instanceof CompletionException ? (CompletionException) error : new CompletionException(error);
            }
            if (answer.type() == FrameType.REFUSED) {
                close("registration refused");
                throw new ConnectionException(Kind.REFUSED, target.label() + ": registration of " + who + " refused: "
                        + answer.header().reason());
            }
            LOG.debug("{} registered on {}", who, target.label());
            return this;
        });
    }

    /** Sends a frame that expects no answer; dropped when the connection is gone. */
    public void send(Frame frame) {
        try {
            out.send(frame);
        } catch (RejectedExecutionException closing) {
            LOG.debug("{}: closed before {} could be sent", target.label(), frame.type());
        }
    }

    /**
     * Waits, off the network threads only, until the connection takes more frames (or is gone):
     * a fast producer is slowed to what the network and the server take.
     */
    public void awaitWritable() throws InterruptedException {
        if (out.isWritable() || channel.eventLoop().inEventLoop()) {
            return;
        }
        synchronized (writable) {
            while (!out.isWritable() && channel.isActive()) {
                writable.wait(100); // woken by wakeWriters; the timeout only bounds a missed wake-up
            }
        }
    }

    /**
     * Says BYE with {@code reason} after every frame sent before, and closes once the server
     * closed or after a grace period. Waiting requests fail.
     *
     * @return completes with the reason once closed
     */
    public CompletableFuture<String> close(String reason) {
        if (channel.isActive()) {
            closeReason = reason;
            send(Frame.of(Header.of(FrameType.BYE).reason(reason)));
            try {
                channel.eventLoop().schedule(() -> channel.close(), BYE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException shutDown) {
                channel.close();
            }
        }
        return closed;
    }

    /** Closes at once without BYE, as a crash or a lost network would. */
    public void drop(String reason) {
        closeReason = reason;
        channel.close();
    }

    /** Completes with the reason once the connection is closed, whoever closed it. */
    public CompletableFuture<String> closedFuture() {
        return closed;
    }

    // ---- what the pipeline tells ----------------------------------------------------------

    void welcomed(Header header) {
        welcome.complete(header);
    }

    void received(Frame frame) {
        listener.received(this, frame);
    }

    void endOfRead() {
        listener.endOfRead(this);
    }

    void answered(long req, Frame frame) {
        if (!requests.answer(req, frame)) {
            LOG.debug("{}: {} answers no waiting request (req {})", target.label(), frame.type(), req);
        }
    }

    /** An ERROR: fails the request it answers (the server decides whether the connection goes on); true if it did. */
    boolean refused(long req, String reason) {
        return req != 0 && requests.refuse(req, reason);
    }

    /** The connection is being closed for {@code reason} (kept unless the owner gave one). */
    void closing(String reason) {
        if (closeReason == null) {
            closeReason = reason;
        }
    }

    void pong() {
        send(Frame.of(Header.of(FrameType.PONG)));
    }

    void writabilityChanged() {
        if (channel.isWritable()) {
            out.kick();
        }
        writableAgain();
    }

    /** Event loop: frames may be sent again — writers waiting in {@link #awaitWritable} and the owner are told. */
    private void writableAgain() {
        wakeWriters();
        if (out.isWritable()) {
            listener.writable(this);
        }
    }

    void ended() {
        listener.endOfRead(this);
        String reason = closeReason == null ? "the connection closed" : closeReason;
        ConnectionException lost = new ConnectionException(Kind.LOST, target.label() + ": connection lost (" + reason + ")");
        welcome.completeExceptionally(lost);
        requests.failAll(lost);
        wakeWriters();
        closed.complete(reason);
        listener.closed(this, reason);
    }

    private ConnectionException notConnected() {
        String reason = closeReason;
        return new ConnectionException(Kind.LOST, target.label() + ": not connected" + (reason == null ? "" : " (" + reason + ")"));
    }

    private void wakeWriters() {
        synchronized (writable) {
            writable.notifyAll();
        }
    }

    @Override
    public String toString() {
        return target.label();
    }
}
