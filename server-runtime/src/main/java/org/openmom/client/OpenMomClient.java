package org.openmom.client;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.openmom.client.Dispatch.Batch;
import org.openmom.connection.ClientConnection;
import org.openmom.connection.ConnectionException;
import org.openmom.connection.ConnectionSettings;
import org.openmom.connection.Failover;
import org.openmom.connection.NoServerReached;
import org.openmom.connection.Reconnector;
import org.openmom.connection.Target;
import org.openmom.model.Message;
import org.openmom.model.MessagePropertyLimits;
import org.openmom.model.NamePattern;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A service's connection to an OpenMOM server: connects (trying the addresses in order),
 * registers, posts, receives (callback or polling), calls, lists users, and reconnects with
 * back-off after a loss, re-registering and failing over along the addresses.
 *
 * <p>Thread-safe. Messages and calls are handled one at a time, in the order they arrived, never
 * on a network thread (except calls given to {@link #setNonBlockingCallHandler}); blocking
 * methods must not be called from a {@link MessageListener} of the same client for answers that
 * this client's dispatch would have to process. The threads are those the JVM's clients share
 * (a few network threads, and dispatch threads that take turns among the clients; a listener
 * that blocks holds one and the others go on), unless {@link ClientOptions#ownThreads()} gives
 * the client a network thread and a dispatch thread of its own: see {@link ClientThreads}.
 */
public final class OpenMomClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(OpenMomClient.class);
    private static final int ACK_BATCH = 256;
    private static final byte[] NO_BODY = new byte[0];

    private final ClientOptions options;
    private final ClientThreads threads;
    private final ConnectionSettings settings;
    private final Failover<ClientConnection> failover;
    private final Reconnector<ClientConnection> reconnector;
    /** Callback mode: the batches of deliveries, one per socket read, handled in turns. */
    private final Dispatch dispatch;
    /** Polling mode: the batches of deliveries, one per socket read, from the network thread to receive(). */
    private final LinkedBlockingQueue<Batch> inbox = new LinkedBlockingQueue<>();
    /** Polling mode: messages of a batch not yet returned by receive() (guarded by itself). */
    private final java.util.ArrayDeque<Delivery> polled = new java.util.ArrayDeque<>();
    /** The last message {@link #receive} returned, acknowledged when the program asks for the next (guarded by polled). */
    private Delivery handedOut;
    private final List<ConnectionListener> connectionListeners = new CopyOnWriteArrayList<>();
    private final AtomicInteger fetchCredit = new AtomicInteger();
    private volatile ClientConnection session;
    private volatile MessageListener messageListener;
    private volatile CallHandler callHandler;
    /** Whether {@link #callHandler} runs on the network thread (see {@link #setNonBlockingCallHandler}). */
    private volatile boolean callsOnNetworkThread;
    private volatile boolean closed;
    private volatile int addressIndex;

    private record Delivery(ClientConnection session, ReceivedMessage message) {}

    private OpenMomClient(ClientOptions options, List<ServerAddress> addresses) {
        this.options = options;
        this.threads = options.ownThreads() ? ClientThreads.own(options.who()) : ClientThreads.shared();
        this.dispatch = new Dispatch(threads.dispatch(), new Dispatch.Handler() {
            @Override
            public int handle(Batch batch, int from) {
                return handleTurn(batch, from);
            }

            @Override
            public boolean canResume() {
                return messageListener != null;
            }
        });
        this.settings = new ConnectionSettings(options.who().toString(), options.connectTimeout(), options.heartbeat(),
                options.maxFrameSize(), options.tls(), options.headerEncoding());
        this.failover = new Failover<>(addresses, options.home(), this::open);
        this.reconnector = new Reconnector<>(failover, options.firstRetryDelay(), options.maxRetryDelay(), options.who().toString());
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
            client.reached(client.firstConnection());
        } catch (RuntimeException e) { // whatever the failure, a share of the JVM's threads must not stay taken
            client.threads.release();
            throw e;
        }
        return client;
    }

    /**
     * Connects to the server of {@code $OPENMOM_SERVER} when it is set (a program the server
     * started on demand), else as the guide's services do: through the machine's Servers List
     * ({@code $OPENMOM_HOME/files/Servers.lst} of {@code options.home()}), first matching entry,
     * its declarations in order.
     */
    public static OpenMomClient connect(ClientOptions options) {
        Optional<ServerAddress> given = DefaultServer.address();
        if (given.isPresent()) {
            return connect(options, given.get());
        }
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
        return session.target().declared();
    }

    /**
     * The server of the current connection as it introduced itself and where it is, e.g.
     * {@code Demo/1 at local:Demo.1} (changes after a failover).
     */
    public String server() {
        ClientConnection current = session;
        Header welcome = current.welcome();
        return welcome.server() + "/" + welcome.role() + " at " + current.target().label();
    }

    public boolean isConnected() {
        ClientConnection current = session;
        return current != null && current.isActive();
    }

    // ---- connecting ------------------------------------------------------------------------

    private Failover.Reached<ClientConnection> firstConnection() {
        try {
            return failover.round(0).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OpenMomException(options.who() + ": interrupted while connecting");
        } catch (ExecutionException e) {
            NoServerReached failure = (NoServerReached) e.getCause();
            String why = failure.last().map(Throwable::getMessage).orElse("no running server found");
            // a reason that says its own fix (a TLS mismatch, the server's ERROR) is not given a second one
            throw new OpenMomException("cannot connect " + options.who() + " to " + describe(failover.addresses()) + ": " + why
                    + (why.contains(" — ") ? "" : " — start a server or check the address"));
        }
    }

    private static String describe(List<ServerAddress> list) {
        StringBuilder text = new StringBuilder();
        for (ServerAddress address : list) {
            text.append(text.length() == 0 ? "" : ", ").append(address);
        }
        return text.toString();
    }

    /** Opens one place and registers there (the {@link Failover}'s opener). */
    private CompletableFuture<ClientConnection> open(Target target) {
        return ClientConnection.open(target, threads.network(), settings, new Deliveries(this)).thenCompose(connection -> {
            if (!options.register()) {
                return CompletableFuture.completedFuture(connection);
            }
            Header register = Header.of(FrameType.REGISTER).service(options.who().service()).user(options.who().user())
                    .mode(options.polling() ? "polling" : "callback").window(options.window());
            return connection.register(register, options.registrationMessage(), options.connectTimeout());
        });
    }

    /** A registered connection becomes the client's. */
    private void reached(Failover.Reached<ClientConnection> reached) {
        fetchCredit.set(0);
        addressIndex = reached.addressIndex();
        session = reached.session();
        if (closed) {
            reached.session().close("the client is closed");
        }
    }

    /** The session's channel closed (event loop): tell the application and reconnect. */
    void lost(ClientConnection gone, String reason) {
        if (closed || gone != session) {
            return;
        }
        LOG.info("{} lost its connection to {}: {}", options.who(), gone.target().label(), reason);
        for (ConnectionListener listener : connectionListeners) {
            listener.connectionLost(reason);
        }
        if (options.reconnect()) {
            reconnector.start(addressIndex, this::regained);
        }
    }

    /** The reconnector's thread, registered again. */
    private void regained(Failover.Reached<ClientConnection> regained) {
        reached(regained);
        LOG.info("{} connected again to {}", options.who(), regained.session().target().label());
        for (ConnectionListener listener : connectionListeners) {
            listener.connectionRegained(regained.session().target().declared());
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
        return post(post, 0);
    }

    /** A POST through instance lock {@code lock} (0: none). */
    CompletableFuture<PostResult> post(Post post, long lock) {
        ClientConnection current = liveSession();
        return ask(current, postHeader(post).lock(lock), post.body(), options.requestTimeout(), answer -> {
            Header h = answer.header();
            if (h.reason() != null) {
                throw new OpenMomException(current.target().label() + ": post refused: " + h.reason());
            }
            return new PostResult(h.id(), h.recipients(), h.waiting());
        });
    }

    /**
     * Posts without confirmation (the fastest way). Waits while the connection's buffer is
     * full, so a fast producer is slowed to what the network and server take.
     */
    public void send(Post post) {
        ClientConnection current = liveSession();
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
                .event(post.event()).flags(post.flags() & (Message.PERSISTENT | Message.ANYCAST | Message.GLOBAL))
                .properties(post.properties());
    }

    private ClientConnection liveSession() {
        if (closed) {
            throw new OpenMomException(options.who() + ": the client is closed");
        }
        ClientConnection current = session;
        if (current == null || !current.isActive()) {
            throw new OpenMomException(options.who() + ": not connected (reconnecting)");
        }
        return current;
    }

    /**
     * Sends a request and reads its answer. Failures are what this client documents: an
     * {@link OpenMomException}, or a {@link java.util.concurrent.TimeoutException} as the cause.
     */
    private static <T> CompletableFuture<T> ask(ClientConnection connection, Header request, byte[] body, Duration timeout,
            Function<Frame, T> read) {
        return connection.request(request, body, timeout).handle((answer, error) -> {
            if (error == null) {
                return read.apply(answer);
            }
            if (error instanceof ConnectionException) {
                throw new OpenMomException(error.getMessage(), error);
            }
            throw new CompletionException(error);
        });
    }

    // ---- calls and users -------------------------------------------------------------------

    /** Sends a CALL and returns the reply body; fails after {@code timeout}. */
    public CompletableFuture<byte[]> call(ServiceUser to, String event, byte[] body, Duration timeout) {
        return call(to, event, body, Map.of(), timeout, 0);
    }

    /**
     * Sends a CALL whose request carries {@code properties} (within {@link MessagePropertyLimits},
     * else IllegalArgumentException naming the limit) and returns the reply body.
     */
    public CompletableFuture<byte[]> call(ServiceUser to, String event, byte[] body, Map<String, String> properties, Duration timeout) {
        return call(to, event, body, properties, timeout, 0);
    }

    /** A CALL through instance lock {@code lock} (0: none, the server chooses the instance). */
    CompletableFuture<byte[]> call(ServiceUser to, String event, byte[] body, Map<String, String> properties, Duration timeout,
            long lock) {
        String problem = MessagePropertyLimits.postingProblem(properties);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        ClientConnection current = liveSession();
        Header header = Header.of(FrameType.CALL).toService(to.service()).toUser(to.user()).event(event).lock(lock)
                .properties(MessagePropertyLimits.copyOf(properties));
        return ask(current, header, body, timeout, answer -> {
            if (answer.header().reason() != null) {
                throw new OpenMomException(current.target().label() + ": call to " + to + " failed: " + answer.header().reason());
            }
            return answer.body();
        });
    }

    /**
     * Locks one instance of {@code service} (any user) for a unit of work: see {@link #lock(ServiceUser)}.
     */
    public LockedInstance lock(String service) {
        return lock(ServiceUser.of(service, NamePattern.WILDCARD));
    }

    /**
     * Locks the least loaded instance of {@code to} that is in rotation (the FireRender Service
     * Broker's "lock down an instance exclusively"): the POSTs and CALLs made through the handle go
     * to it, and other clients' anycast skips it, until the handle is closed, this client
     * disconnects, or the lock stays unused past the server's idle limit (60 s by default).
     *
     * @throws OpenMomException when no instance is free to lock (the server's reason), or not connected
     */
    public LockedInstance lock(ServiceUser to) {
        ClientConnection current = liveSession();
        Header header = Header.of(FrameType.LOCK).toService(to.service()).toUser(to.user());
        try {
            return ask(current, header, NO_BODY, options.requestTimeout(), answer -> {
                Header h = answer.header();
                if (h.reason() != null) {
                    throw new OpenMomException(current.target().label() + ": lock of " + to + " refused: " + h.reason());
                }
                return new LockedInstance(this, h.lock(), h.id(), ServiceUser.of(h.toService(), h.toUser()));
            }).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof OpenMomException refused ? refused : new OpenMomException("lock of " + to + " failed: " + e.getCause(), e);
        }
    }

    /** Ends lock {@code lock}; the server does not answer (a lock already ended is no error). */
    void unlock(long lock) {
        ClientConnection current = session;
        if (current != null && current.isActive()) {
            current.send(Frame.of(Header.of(FrameType.UNLOCK).lock(lock)));
        }
    }

    /** Answers CALLs delivered to this service (callback mode). */
    public void setCallHandler(CallHandler handler) {
        this.callsOnNetworkThread = false;
        this.callHandler = handler;
        dispatch.start();
    }

    /**
     * Answers CALLs on the network thread as soon as they are read, for a handler that never
     * blocks (no I/O, no waiting, no long computation; it would stall every frame of this
     * connection, and of the other clients' connections on the same shared network thread). A call then skips two thread hand-offs (to the dispatch thread and back),
     * and may be answered before messages that arrived ahead of it are handled.
     */
    public void setNonBlockingCallHandler(CallHandler handler) {
        this.callHandler = handler;
        this.callsOnNetworkThread = handler != null;
        dispatch.start();
    }

    /** Network thread, for each CALL read: answers it here when the handler allows; false leaves it to the dispatcher. */
    boolean answeredOnNetworkThread(ClientConnection from, ReceivedMessage call) {
        CallHandler handler = callHandler;
        if (!callsOnNetworkThread || handler == null) {
            return false;
        }
        answer(from, call, handler);
        return true;
    }

    /** Answers a CALL received by polling or by a listener. */
    public void reply(ReceivedMessage call, byte[] body) {
        liveSession().send(Frame.of(Header.of(FrameType.REPLY).id(call.id()), body));
    }

    /** The registered services matching {@code pattern}. */
    public CompletableFuture<List<UserInfo>> users(ServiceUser pattern) {
        Header header = Header.of(FrameType.USERS).service(pattern.service()).user(pattern.user());
        return ask(liveSession(), header, NO_BODY, options.requestTimeout(),
                answer -> answer.header().users() == null ? List.<UserInfo>of() : answer.header().users());
    }

    // ---- receiving -------------------------------------------------------------------------

    /** Callback mode: messages go to {@code listener} (they wait in the client until it is set). */
    public void setMessageListener(MessageListener listener) {
        if (options.polling()) {
            throw new IllegalStateException(options.who() + " registered in polling mode: use receive()");
        }
        this.messageListener = Objects.requireNonNull(listener);
        dispatch.start();
        dispatch.wake();
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
                    ClientConnection current = session;
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

    /** The DELIVERs of one socket read (network thread): to the dispatch, or queued for receive(). */
    void delivered(ClientConnection from, List<ReceivedMessage> messages) {
        if (options.polling()) {
            fetchCredit.updateAndGet(c -> Math.max(0, c - messages.size()));
            inbox.add(new Batch(from, messages));
        } else {
            dispatch.add(new Batch(from, messages));
        }
    }

    /**
     * A turn of the dispatch: runs the call handler or the listener on each message of
     * {@code batch} from {@code from} on, and acknowledges the messages handled. Messages wait in
     * the client until a listener is set (a service may start with only a call handler): returns
     * the index of the first one that waits for it.
     */
    private int handleTurn(Batch batch, int from) {
        List<ReceivedMessage> messages = batch.messages();
        long[] ids = new long[Math.min(messages.size() - from, ACK_BATCH)];
        int count = 0;
        int next = from;
        for (; next < messages.size() && !closed; next++) {
            ReceivedMessage message = messages.get(next);
            CallHandler handler = callHandler;
            if (message.isCall() && handler != null) {
                answer(batch.session(), message, handler);
                continue;
            }
            MessageListener listener = messageListener;
            if (listener == null) {
                break;
            }
            try {
                listener.onMessage(message);
            } catch (RuntimeException e) {
                LOG.warn("message listener of {} failed on {}: {}", options.who(), message.event(), e.toString());
            }
            ids[count++] = message.id();
            if (count == ids.length) {
                acknowledge(batch.session(), ids, count);
                ids = new long[ids.length];
                count = 0;
            }
        }
        acknowledge(batch.session(), ids, count);
        return closed ? messages.size() : next;
    }

    /** Runs the call handler and sends its REPLY (a failing handler answers an empty body). */
    private void answer(ClientConnection session, ReceivedMessage call, CallHandler handler) {
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

    private void acknowledge(ClientConnection target, long[] ids, int count) {
        if (count == 0 || !target.isActive() || target != session) {
            return; // the server re-delivers what a lost connection did not acknowledge
        }
        target.send(Frame.of(Header.of(FrameType.ACK).ids(count == ids.length ? ids : java.util.Arrays.copyOf(ids, count))));
    }

    // ---- closing ---------------------------------------------------------------------------

    /**
     * Unregisters (BYE) and releases the threads: its own, or its share of the JVM's (stopped with
     * the last client). Unacknowledged messages return to the server.
     */
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
        reconnector.stop();
        ClientConnection current = session;
        if (current != null && current.isActive()) {
            // the server closes on BYE once it has read the ACKs sent before; the connection gives it 2 s
            try {
                current.close("the client closed").get(3, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                LOG.debug("{}: closing took too long: {}", options.who(), e.toString());
            }
        }
        dispatch.stop();
        threads.release();
    }

    /** Drops the connection without BYE, as a crash would (tests of redelivery and reconnect). */
    void dropConnectionForTest() {
        ClientConnection current = session;
        if (current != null) {
            current.drop("dropped by a test");
        }
    }
}
