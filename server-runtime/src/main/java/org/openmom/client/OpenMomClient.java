package org.openmom.client;

import org.openmom.connection.ServerAddress;
import org.openmom.connection.Target;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.handler.timeout.IdleStateHandler;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.transport.NettyTransport;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;
import org.openmom.wire.WireCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's connection to an OpenMOM server: connects (trying the addresses in order),
 * registers, posts, receives (callback or polling), calls, lists users, and reconnects with
 * back-off after a loss, re-registering and failing over along the addresses.
 *
 * <p>Thread-safe. Messages and calls are handled on one dispatch thread of this client, never
 * on a network thread (except calls given to {@link #setNonBlockingCallHandler}); blocking
 * methods must not be called from a {@link MessageListener} of the same client for answers that
 * this client's dispatch thread would have to process.
 */
public final class OpenMomClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenMomClient.class);
    private static final int ACK_BATCH = 256;

    private final ClientOptions options;
    private final List<ServerAddress> addresses;
    private final EventLoopGroup group;
    private final AtomicLong requests = new AtomicLong();
    /** Batches of deliveries, one per socket read, from the network thread to the dispatcher or receive(). */
    private final LinkedBlockingQueue<Batch> inbox = new LinkedBlockingQueue<>();
    /** Polling mode: messages of a batch not yet returned by receive() (guarded by itself). */
    private final java.util.ArrayDeque<Delivery> polled = new java.util.ArrayDeque<>();
    /** The last message {@link #receive} returned, acknowledged when the program asks for the next (guarded by polled). */
    private Delivery handedOut;
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch listenerSet = new CountDownLatch(1);
    private final AtomicInteger fetchCredit = new AtomicInteger();
    private final Object reconnectLock = new Object();
    private volatile ClientSession session;
    private volatile MessageListener messageListener;
    private volatile CallHandler callHandler;
    /** Whether {@link #callHandler} runs on the network thread (see {@link #setNonBlockingCallHandler}). */
    private volatile boolean callsOnNetworkThread;
    private volatile boolean closed;
    private volatile int addressIndex;
    private Thread dispatcher;
    private Thread reconnector;

    private record Delivery(ClientSession session, ReceivedMessage message) {}

    private record Batch(ClientSession session, List<ReceivedMessage> messages) {}

    private OpenMomClient(ClientOptions options, List<ServerAddress> addresses) {
        this.options = options;
        this.addresses = List.copyOf(addresses);
        this.group = NettyTransport.newGroup(1, "openmom-client");
    }

    /**
     * Connects to the first address that answers (and whose server matches the declared
     * name/role), and registers. Blocks until registered.
     *
     * @throws OpenMomException naming the addresses tried and the last reason
     */
    public static OpenMomClient connect(ClientOptions options, List<ServerAddress> addresses) {
        if (addresses.isEmpty()) {
            throw new OpenMomException("no server address to try — give one, or add an entry for "
                    + options.who() + " to the Servers List");
        }
        OpenMomClient client = new OpenMomClient(options, addresses);
        try {
            client.session = client.connectAny(0);
        } catch (OpenMomException e) {
            client.group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw e;
        }
        if (!options.polling()) {
            client.dispatcher = new Thread(client::dispatch, "openmom-dispatch-" + options.who());
            client.dispatcher.setDaemon(true);
            client.dispatcher.start();
        }
        return client;
    }

    /**
     * Connects as the guide's services do: through the machine's Servers List
     * ({@code $OPENMOM_HOME/files/Servers.lst} of {@code options.home()}), first matching entry,
     * its declarations in order.
     */
    public static OpenMomClient connect(ClientOptions options) {
        return connect(options, ServersListAddresses.of(options.home().serversList(), options.who()));
    }

    public static OpenMomClient connect(ClientOptions options, ServerAddress address) {
        return connect(options, List.of(address));
    }

    public ServiceUser who() {
        return options.who();
    }

    /** The address of the current connection (changes after a failover). */
    public ServerAddress address() {
        return session.target.declared();
    }

    public boolean isConnected() {
        ClientSession current = session;
        return current != null && current.isActive();
    }

    // ---- connecting ------------------------------------------------------------------------

    private ClientSession connectAny(int firstIndex) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < addresses.size(); i++) {
            int index = (firstIndex + i) % addresses.size();
            for (Target target : Target.expand(addresses.get(index), options.home())) {
                try {
                    ClientSession opened = open(target);
                    addressIndex = index;
                    return opened;
                } catch (OpenMomException e) {
                    LOG.debug("{}: {}", target.label(), e.getMessage());
                    failures.add(e.getMessage());
                }
                if (closed) {
                    throw new OpenMomException("client closed");
                }
            }
        }
        String last = failures.isEmpty() ? "no running server found" : failures.get(failures.size() - 1);
        throw new OpenMomException("cannot connect " + options.who() + " to " + describe(addresses)
                + ": " + last + " — start a server or check the address");
    }

    private static String describe(List<ServerAddress> list) {
        StringBuilder text = new StringBuilder();
        for (ServerAddress address : list) {
            text.append(text.length() == 0 ? "" : ", ").append(address);
        }
        return text.toString();
    }

    /** Netty reports a missing local socket file as a bare FileNotFoundException: say what is missing. */
    private static String connectFailure(Target target, Exception e) {
        if (target.local() && e instanceof java.io.FileNotFoundException) {
            return "no server socket " + target.socket();
        }
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private ClientSession open(Target target) {
        ClientSession candidate = new ClientSession(this, target);
        long heartbeat = options.heartbeat().toMillis();
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(NettyTransport.clientChannel(target.local()))
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) options.connectTimeout().toMillis())
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        channel.pipeline().addLast("heartbeat", new IdleStateHandler(3 * heartbeat, 0, 0, TimeUnit.MILLISECONDS));
                        WireCodec.install(channel.pipeline(), options.maxFrameSize());
                        channel.pipeline().addLast("protocol", candidate);
                    }
                });
        if (!target.local()) {
            bootstrap.option(ChannelOption.TCP_NODELAY, true);
        }
        Channel channel;
        try {
            java.net.SocketAddress socket = target.socket();
            if (socket instanceof InetSocketAddress && ((InetSocketAddress) socket).isUnresolved()) {
                InetSocketAddress unresolved = (InetSocketAddress) socket;
                socket = new InetSocketAddress(unresolved.getHostString(), unresolved.getPort());
            }
            channel = bootstrap.connect(socket).sync().channel();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenMomException(target.label() + ": interrupted while connecting");
        } catch (Exception e) {
            throw new OpenMomException(target.label() + ": " + connectFailure(target, e));
        }
        candidate.attach(channel, heartbeat);
        try {
            candidate.send(Frame.of(Header.of(FrameType.HELLO).version(WireCodec.PROTOCOL_VERSION)
                    .client(options.who().toString())
                    .server(target.declared().serverName()).role(target.declared().role())));
            Header welcome = await(candidate.welcome, options.connectTimeout(), target);
            if (welcome.heartbeat() > 0 && welcome.heartbeat() < heartbeat) {
                // the server drops peers silent for 3 of its heartbeats: keep its pace
                channel.pipeline().replace("heartbeat", "heartbeat",
                        new IdleStateHandler(3 * welcome.heartbeat(), 0, 0, TimeUnit.MILLISECONDS));
                candidate.out.startHeartbeat(welcome.heartbeat(), () -> Frame.of(Header.of(FrameType.PING)));
            }
            if (!target.declared().accepts(welcome.server(), welcome.role())) {
                candidate.send(Frame.of(Header.of(FrameType.BYE).reason("not the server wanted")));
                throw new OpenMomException(target.label() + ": server " + welcome.server() + "/" + welcome.role()
                        + " is not the wanted " + target.declared().serverName() + "/" + target.declared().role());
            }
            if (!options.register()) {
                return candidate;
            }
            Header register = Header.of(FrameType.REGISTER).req(requests.incrementAndGet())
                    .service(options.who().service()).user(options.who().user())
                    .mode(options.polling() ? "polling" : "callback").window(options.window());
            Frame answer = await(candidate.request(register, options.registrationMessage(), options.connectTimeout()),
                    options.connectTimeout(), target);
            if (answer.type() == FrameType.REFUSED) {
                throw new OpenMomException(target.label() + ": registration of " + options.who() + " refused: " + answer.header().reason());
            }
            fetchCredit.set(0);
            LOG.debug("{} registered on {}", options.who(), target.label());
            return candidate;
        } catch (OpenMomException e) {
            channel.close();
            throw e;
        }
    }

    private static <T> T await(CompletableFuture<T> future, Duration timeout, Target target) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenMomException(target.label() + ": interrupted");
        } catch (TimeoutException e) {
            throw new OpenMomException(target.label() + ": no answer within " + timeout.toMillis() + " ms");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            throw cause instanceof OpenMomException ? (OpenMomException) cause : new OpenMomException(target.label() + ": " + cause);
        }
    }

    /** The session's channel closed (event loop): tell the application and reconnect. */
    void lost(ClientSession gone, String reason) {
        if (closed || gone != session) {
            return;
        }
        LOG.info("{} lost its connection to {}: {}", options.who(), gone.target.label(), reason);
        for (ConnectionListener listener : connectionListeners) {
            listener.connectionLost(reason);
        }
        if (options.reconnect()) {
            synchronized (reconnectLock) {
                if (reconnector == null || !reconnector.isAlive()) {
                    reconnector = new Thread(this::reconnect, "openmom-reconnect-" + options.who());
                    reconnector.setDaemon(true);
                    reconnector.start();
                }
            }
        }
    }

    private void reconnect() {
        long delay = options.firstRetryDelay().toMillis();
        // A lost server is tried last: the next declaration first (failover), then around.
        int next = (addressIndex + 1) % addresses.size();
        while (!closed) {
            try {
                ClientSession regained = connectAny(next);
                session = regained;
                LOG.info("{} connected again to {}", options.who(), regained.target.label());
                for (ConnectionListener listener : connectionListeners) {
                    listener.connectionRegained(regained.target.declared());
                }
                return;
            } catch (OpenMomException e) {
                LOG.debug("reconnect failed: {}", e.getMessage());
                next = addressIndex;
            }
            try {
                Thread.sleep(delay); // back-off between rounds, not synchronisation
            } catch (InterruptedException e) {
                return;
            }
            delay = Math.min(delay * 2, options.maxRetryDelay().toMillis());
        }
    }

    public void addConnectionListener(ConnectionListener listener) {
        connectionListeners.add(Objects.requireNonNull(listener));
    }

    // ---- posting ---------------------------------------------------------------------------

    /**
     * Posts and returns the server's confirmation; for a persistent message it completes once
     * the message is durable on the server.
     */
    public CompletableFuture<PostResult> post(Post post) {
        ClientSession current = liveSession();
        Header header = postHeader(post).req(requests.incrementAndGet());
        return current.request(header, post.body(), options.requestTimeout())
                .thenApply(answer -> {
                    Header h = answer.header();
                    if (h.reason() != null) {
                        throw new OpenMomException(current.target.label() + ": post refused: " + h.reason());
                    }
                    return new PostResult(h.id(), h.recipients(), h.waiting());
                });
    }

    /**
     * Posts without confirmation (the fastest way). Waits while the connection's buffer is
     * full, so a fast producer is slowed to what the network and server take.
     */
    public void send(Post post) {
        ClientSession current = liveSession();
        try {
            current.awaitWritable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenMomException("interrupted while posting");
        }
        current.send(Frame.of(postHeader(post), post.body()));
    }

    private static Header postHeader(Post post) {
        return Header.of(FrameType.POST).toService(post.to().service()).toUser(post.to().user())
                .event(post.event()).flags(post.flags() & (Message.PERSISTENT | Message.ANYCAST | Message.GLOBAL));
    }

    private ClientSession liveSession() {
        if (closed) {
            throw new OpenMomException(options.who() + ": the client is closed");
        }
        ClientSession current = session;
        if (current == null || !current.isActive()) {
            throw new OpenMomException(options.who() + ": not connected (reconnecting)");
        }
        return current;
    }

    // ---- calls and users -------------------------------------------------------------------

    /** Sends a CALL and returns the reply body; fails after {@code timeout}. */
    public CompletableFuture<byte[]> call(ServiceUser to, String event, byte[] body, Duration timeout) {
        ClientSession current = liveSession();
        Header header = Header.of(FrameType.CALL).req(requests.incrementAndGet())
                .toService(to.service()).toUser(to.user()).event(event);
        return current.request(header, body, timeout)
                .thenApply(answer -> {
                    if (answer.header().reason() != null) {
                        throw new OpenMomException(current.target.label() + ": call to " + to + " failed: " + answer.header().reason());
                    }
                    return answer.body();
                });
    }

    /** Answers CALLs delivered to this service (callback mode). */
    public void setCallHandler(CallHandler handler) {
        this.callsOnNetworkThread = false;
        this.callHandler = handler;
    }

    /**
     * Answers CALLs on the network thread as soon as they are read, for a handler that never
     * blocks (no I/O, no waiting, no long computation; it would stall every frame of this
     * connection). A call then skips two thread hand-offs (to the dispatch thread and back),
     * and may be answered before messages that arrived ahead of it are handled.
     */
    public void setNonBlockingCallHandler(CallHandler handler) {
        this.callHandler = handler;
        this.callsOnNetworkThread = handler != null;
    }

    /** Network thread, for each CALL read: answers it here when the handler allows; false leaves it to the dispatcher. */
    boolean answeredOnNetworkThread(ClientSession from, ReceivedMessage call) {
        CallHandler handler = callHandler;
        if (!callsOnNetworkThread || handler == null) {
            return false;
        }
        answer(from, call, handler);
        return true;
    }

    /** Answers a CALL received by polling or by a listener. */
    public void reply(ReceivedMessage call, byte[] body) {
        ClientSession current = liveSession();
        current.send(Frame.of(Header.of(FrameType.REPLY).id(call.id()), body));
    }

    /** The registered services matching {@code pattern}. */
    public CompletableFuture<List<UserInfo>> users(ServiceUser pattern) {
        ClientSession current = liveSession();
        Header header = Header.of(FrameType.USERS).req(requests.incrementAndGet())
                .service(pattern.service()).user(pattern.user());
        return current.request(header, new byte[0], options.requestTimeout())
                .thenApply(answer -> answer.header().users() == null ? List.<UserInfo>of() : answer.header().users());
    }

    // ---- receiving -------------------------------------------------------------------------

    /** Callback mode: messages go to {@code listener} (they wait in the client until it is set). */
    public void setMessageListener(MessageListener listener) {
        if (options.polling()) {
            throw new IllegalStateException(options.who() + " registered in polling mode: use receive()");
        }
        this.messageListener = Objects.requireNonNull(listener);
        listenerSet.countDown();
    }

    /**
     * Polling mode: the next message, or null after {@code timeout}. Asking for the next message
     * acknowledges the one returned before (so is {@link #close()}): a program that stops while
     * handling a message gets it again, at least once, as in callback mode.
     */
    public ReceivedMessage receive(Duration timeout) throws InterruptedException {
        if (!options.polling()) {
            throw new IllegalStateException(options.who() + " registered in callback mode: use setMessageListener()");
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (polled) {
            acknowledgeHandedOut();
            while (true) {
                Delivery delivery = polled.poll();
                if (delivery == null) {
                    ClientSession current = session;
                    if (current != null && current.isActive() && fetchCredit.get() == 0) {
                        fetchCredit.incrementAndGet();
                        current.send(Frame.of(Header.of(FrameType.FETCH).max(1)));
                    }
                    long left = deadline - System.nanoTime();
                    Batch batch = left <= 0 ? null : inbox.poll(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
                    if (batch != null) {
                        for (ReceivedMessage message : batch.messages()) {
                            polled.add(new Delivery(batch.session(), message));
                        }
                        delivery = polled.poll();
                    }
                }
                if (delivery != null) {
                    if (!delivery.message().isCall()) {
                        handedOut = delivery;
                    }
                    return delivery.message();
                }
                if (System.nanoTime() - deadline >= 0) {
                    return null;
                }
            }
        }
    }

    /** The DELIVERs of one socket read (network thread): queued for the dispatch thread or receive(). */
    void delivered(ClientSession from, List<ReceivedMessage> messages) {
        if (options.polling()) {
            fetchCredit.updateAndGet(c -> Math.max(0, c - messages.size()));
        }
        inbox.add(new Batch(from, messages));
    }

    private void dispatch() {
        try {
            listenerSet.await();
            while (!closed) {
                Batch batch = inbox.poll(200, TimeUnit.MILLISECONDS);
                if (batch == null) {
                    continue;
                }
                long[] ids = new long[Math.min(batch.messages().size(), ACK_BATCH)];
                int count = 0;
                for (ReceivedMessage message : batch.messages()) {
                    if (handle(new Delivery(batch.session(), message))) {
                        ids[count++] = message.id();
                        if (count == ids.length) {
                            acknowledge(batch.session(), ids, count);
                            ids = new long[ids.length];
                            count = 0;
                        }
                    }
                }
                acknowledge(batch.session(), ids, count);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs the listener or call handler; returns whether the message still needs an ACK. */
    private boolean handle(Delivery delivery) {
        ReceivedMessage message = delivery.message();
        CallHandler handler = callHandler;
        if (message.isCall() && handler != null) {
            answer(delivery.session(), message, handler);
            return false;
        }
        try {
            messageListener.onMessage(message);
        } catch (RuntimeException e) {
            LOG.warn("message listener of {} failed on {}: {}", options.who(), message.event(), e.toString());
        }
        return true;
    }

    /** Runs the call handler and sends its REPLY (a failing handler answers an empty body). */
    private void answer(ClientSession session, ReceivedMessage call, CallHandler handler) {
        byte[] answer;
        try {
            answer = handler.answer(call);
        } catch (RuntimeException e) {
            LOG.warn("call handler of {} failed on {}: {}", options.who(), call.event(), e.toString());
            answer = new byte[0];
        }
        if (session.isActive()) {
            session.send(Frame.of(Header.of(FrameType.REPLY).id(call.id()), answer == null ? new byte[0] : answer));
        }
    }

    /** The message {@link #receive} returned last is handled once the program asks again. */
    private void acknowledgeHandedOut() {
        Delivery handled = handedOut;
        handedOut = null;
        if (handled != null) {
            acknowledge(handled.session(), new long[] {handled.message().id()}, 1);
        }
    }

    private void acknowledge(ClientSession target, long[] ids, int count) {
        if (count == 0 || !target.isActive() || target != session) {
            return; // the server re-delivers what a lost connection did not acknowledge
        }
        target.send(Frame.of(Header.of(FrameType.ACK).ids(count == ids.length ? ids : java.util.Arrays.copyOf(ids, count))));
    }

    // ---- closing ---------------------------------------------------------------------------

    /** Unregisters (BYE) and releases the threads. Unacknowledged messages return to the server. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (options.polling()) {
            synchronized (polled) {
                acknowledgeHandedOut();
            }
        }
        ClientSession current = session;
        if (current != null && current.isActive()) {
            current.send(Frame.of(Header.of(FrameType.BYE)));
            current.channel.closeFuture().awaitUninterruptibly(2, TimeUnit.SECONDS);
            current.channel.close();
        }
        if (dispatcher != null) {
            dispatcher.interrupt();
        }
        synchronized (reconnectLock) {
            if (reconnector != null) {
                reconnector.interrupt();
            }
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(2, TimeUnit.SECONDS);
    }

    /** Drops the connection without BYE, as a crash would (tests of redelivery and reconnect). */
    void dropConnectionForTest() {
        ClientSession current = session;
        if (current != null) {
            current.channel.close();
        }
    }
}
