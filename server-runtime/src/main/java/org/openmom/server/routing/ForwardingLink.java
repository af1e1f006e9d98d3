package org.openmom.server.routing;

import io.netty.channel.EventLoop;
import io.netty.channel.EventLoopGroup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.agrona.collections.LongArrayList;
import org.openmom.connection.ClientConnection;
import org.openmom.connection.ClientTls;
import org.openmom.connection.ConnectionSettings;
import org.openmom.connection.Failover;
import org.openmom.connection.FrameListener;
import org.openmom.connection.Target;
import org.openmom.home.OpenMomHome;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RouterDeclaration;
import org.openmom.server.Broker;
import org.openmom.server.BrokerRouting;
import org.openmom.server.Instance;
import org.openmom.server.RouterLink;
import org.openmom.server.Sink;
import org.openmom.server.UserEntry;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.UserInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The link of one router to its target server: a client connection registered there as the
 * router of this server, over which the router's queue is sent (docs/routers.md).
 *
 * <p>A persistent message is posted with a request number and stays in flight until the target
 * confirms that it holds it durably; then it leaves this server's journal, and once that removal
 * is on disk the target is told to FORGET it (until then it suppresses a copy sent again). When the
 * connection is lost, what was in flight goes back to the queue and is sent again on the next
 * connection: the target recognises the copies. Ordinary messages are sent without confirmation.
 * The link reconnects with back-off for as long as the router exists, logging the reason of its
 * failures at most once a minute.
 *
 * <p>Threads: the broker calls the {@link RouterLink} methods under its lock (they only enqueue);
 * answers and frames from the target come on the connection's event loop; attempts to connect
 * are scheduled on the routers' event loop group.
 */
final class ForwardingLink implements RouterLink, FrameListener {
    private static final Logger LOG = LoggerFactory.getLogger(ForwardingLink.class);
    /** How long the target may take to confirm a message or answer a call before the link is dropped and retried. */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);
    /** How long a USERS request may wait for a reached server: a list with a server missing beats a list that never comes. */
    private static final Duration USERS_TIMEOUT = Duration.ofSeconds(2);
    private static final byte[] NO_BODY = new byte[0];
    private static final long FIRST_RETRY_MILLIS = 500;
    private static final long MAX_RETRY_MILLIS = 30_000;
    private static final long LOG_EVERY_MILLIS = 60_000;
    /** How long confirmations gather before the target is told to forget them. */
    private static final long FORGET_DELAY_MILLIS = 50;

    private final RouterDeclaration declaration;
    private final Broker broker;
    private final BrokerRouting routing;
    private final String self;
    private final EventLoopGroup group;
    /** The one thread of the links' group: every connection of this link, and its confirmations, run on it. */
    private final EventLoop loop;
    private final ConnectionSettings settings;
    private final Failover<ClientConnection> failover;
    private final AtomicLong forwarded = new AtomicLong();
    private volatile Instance queue;
    private volatile ClientConnection connection;
    private volatile String targetServer;
    private volatile String state = "connecting";
    private volatile String connectedTo = "";
    private volatile String lastError = "";
    private volatile boolean closed;
    private long retryMillis = FIRST_RETRY_MILLIS;
    private long lastLoggedAt;
    /** Confirmed since the last read ended: acknowledged to the broker together (event loop only). */
    private final LongArrayList confirmedIds = new LongArrayList();
    private final LongArrayList confirmedAts = new LongArrayList();
    /** Acknowledged, to be forgotten by the target once our removals are on disk (event loop only). */
    private final LongArrayList forgetIds = new LongArrayList();
    private final LongArrayList forgetAts = new LongArrayList();
    private boolean forgetScheduled;

    ForwardingLink(RouterDeclaration declaration, Broker broker, OpenMomHome home, EventLoopGroup group, Duration heartbeat) {
        this.declaration = declaration;
        this.broker = broker;
        this.routing = broker.routing();
        this.self = broker.identity().toString();
        this.group = group;
        this.loop = group.next();
        this.settings = new ConnectionSettings("router " + declaration.name() + " of " + self, Duration.ofSeconds(5), heartbeat,
                16 * 1024 * 1024, ClientTls.of(home, null));
        ServerAddress address = ServerAddress.of(declaration.target());
        this.targetServer = address.serverName().contains("*") || address.role() == 0 ? null : address.serverName() + "/" + address.role();
        this.failover = new Failover<>(List.of(address), home, this::open);
    }

    /** Starts connecting, for {@code routerQueue}. */
    void start(Instance routerQueue) {
        this.queue = routerQueue;
        attempt();
    }

    /** Ends the link for good: no more attempts; the connection says BYE. */
    void close() {
        closed = true;
        ClientConnection open = connection;
        if (open != null) {
            open.close("router " + declaration.name() + " removed");
        }
    }

    /** Whether it has its queue in the broker (and its status to tell). */
    boolean isStarted() {
        return queue != null;
    }

    RouterDeclaration declaration() {
        return declaration;
    }

    RouterStatus status() {
        BrokerRouting.RouterLoad load = routing.routerLoad(queue);
        return new RouterStatus(declaration, isUp(), state, connectedTo, forwarded.get(), load.waiting(), load.dropped(), lastError,
                queue.id());
    }

    // ---- connecting -------------------------------------------------------------------------

    private void attempt() {
        if (closed) {
            return;
        }
        failover.round(0).whenComplete((reached, error) -> {
            if (error == null) {
                connected(reached.session());
            } else {
                retryLater(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        });
    }

    /** Opens one place and registers there as this server's router. */
    private CompletableFuture<ClientConnection> open(Target target) {
        return ClientConnection.open(target, group, settings, this).thenCompose(opened -> {
            Header welcome = opened.welcome();
            String reached = welcome.server() + "/" + welcome.role();
            if (reached.equals(self)) {
                opened.close("a router does not lead to its own server");
                return CompletableFuture.failedFuture(new IllegalStateException(target.label() + " is this server " + self
                        + ": give router " + declaration.name() + " another server's address"));
            }
            Header register = Header.of(FrameType.REGISTER).service("ROUTER").user(self).router(true);
            return opened.register(register, new byte[0], settings.connectTimeout());
        });
    }

    private void connected(ClientConnection opened) {
        if (closed) {
            opened.close("router " + declaration.name() + " removed");
            return;
        }
        Header welcome = opened.welcome();
        targetServer = welcome.server() + "/" + welcome.role();
        connectedTo = targetServer + " at " + opened.target().label();
        state = "connected";
        retryMillis = FIRST_RETRY_MILLIS;
        connection = opened;
        LOG.info("router {} connected to {}", declaration.name(), connectedTo);
        routing.routerStateChanged(queue);
    }

    private void retryLater(Throwable failure) {
        String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        lastError = reason;
        state = "retrying: " + reason;
        long now = System.currentTimeMillis();
        if (now - lastLoggedAt >= LOG_EVERY_MILLIS) {
            lastLoggedAt = now;
            LOG.warn("router {} cannot reach its target yet, retrying in the background: {}", declaration.name(), reason);
        }
        routing.routerStateChanged(queue);
        long delay = retryMillis;
        retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
        try {
            group.schedule(this::attempt, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shutDown) {
            closed = true;
        }
    }

    // ---- what the connection tells (its event loop) -----------------------------------------

    @Override
    public void received(ClientConnection from, Frame frame) {
        if (frame.type() == FrameType.REMEMBERED) {
            forgetWhatIsGone(from, frame.header());
        }
    }

    @Override
    public void endOfRead(ClientConnection from) {
        acknowledgeConfirmed();
    }

    /** Event loop: the messages confirmed since the last time leave the router's queue and our journal. */
    private void acknowledgeConfirmed() {
        if (confirmedIds.isEmpty()) {
            return;
        }
        long[] ids = confirmedIds.toLongArray();
        broker.acknowledge(queue, ids, ids.length);
        forgetIds.addAll(confirmedIds);
        forgetAts.addAll(confirmedAts);
        confirmedIds.clear();
        confirmedAts.clear();
        if (!forgetScheduled) {
            // a moment later: the journal's removals are written together meanwhile, not once per read
            forgetScheduled = true;
            loop.schedule(this::forgetConfirmed, FORGET_DELAY_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Event loop: what was confirmed since the last time, forgotten together on the connection of now. */
    private void forgetConfirmed() {
        forgetScheduled = false;
        ClientConnection current = connection;
        if (forgetIds.isEmpty() || current == null) {
            return;
        }
        tellForgotten(current, forgetIds.toLongArray(), forgetAts.toLongArray());
        forgetIds.clear();
        forgetAts.clear();
    }

    /** The link was full and takes messages again: the queue goes on (nothing else would restart it). */
    @Override
    public void writable(ClientConnection from) {
        if (connection == from) {
            broker.resume(queue);
        }
    }

    @Override
    public void closed(ClientConnection from, String reason) {
        if (connection != from) {
            return; // a connection opened and dropped before it was ours (a refused registration)
        }
        connection = null;
        confirmedIds.clear();
        confirmedAts.clear();
        forgetIds.clear(); // the target tells what it remembers at the next connection (REMEMBERED)
        forgetAts.clear();
        routing.routerDown(queue);
        if (!closed) {
            LOG.info("router {} lost its link to {}: {}", declaration.name(), targetServer, reason);
            retryLater(new IllegalStateException(from.target().label() + ": link lost (" + reason + ")"));
        }
    }

    /** The target remembers these messages of ours: those our journal no longer holds, it may forget. */
    private void forgetWhatIsGone(ClientConnection from, Header remembered) {
        long[] ids = remembered.ids();
        long[] ats = remembered.ats();
        if (ids == null || ats == null) {
            return;
        }
        LongArrayList goneIds = new LongArrayList();
        LongArrayList goneAts = new LongArrayList();
        for (int i = 0; i < Math.min(ids.length, ats.length); i++) {
            if (!routing.stillForwarding(ids[i], ats[i])) {
                goneIds.addLong(ids[i]);
                goneAts.addLong(ats[i]);
            }
        }
        if (!goneIds.isEmpty()) {
            tellForgotten(from, goneIds.toLongArray(), goneAts.toLongArray());
        }
    }

    /** FORGET once our journal's removals are on disk: before that, a crash would make us send them again. */
    private void tellForgotten(ClientConnection to, long[] ids, long[] ats) {
        routing.removalsDurable().whenComplete((done, error) -> {
            if (error == null) {
                to.send(Frame.of(Header.of(FrameType.FORGET).ids(ids).ats(ats)));
            }
            // else the journal was busy: the target keeps them until it tells us at the next connection
        });
    }

    // ---- RouterLink: called by the broker under its lock ------------------------------------

    @Override
    public String targetServer() {
        return targetServer;
    }

    @Override
    public boolean isUp() {
        ClientConnection open = connection;
        return open != null && open.isActive();
    }

    @Override
    public boolean isWritable() {
        ClientConnection open = connection;
        return open != null && open.isWritable();
    }

    @Override
    public void registered(Instance instance) {
        // the router's queue is created by the broker for this link: nothing to tell anyone
    }

    @Override
    public void deliver(Message message) {
        ClientConnection open = connection;
        if (open == null) {
            return; // lost meanwhile: the message stays in flight and goes back to the queue with routerDown
        }
        forwarded.incrementAndGet();
        Header post = Header.of(FrameType.POST).toService(message.to().service()).toUser(message.to().user()).event(message.event())
                .flags(message.flags()).fromService(message.from().service()).fromUser(message.from().user()).route(routeOn(message))
                .properties(message.properties());
        if (!message.isPersistent()) {
            open.send(Frame.of(post, message.body()));
            return;
        }
        long id = message.id();
        long at = message.postedAt();
        // an answer can come before the callback is attached, which then runs here, under the
        // broker lock on a service's thread: the confirmations belong to the link's thread alone
        open.request(post, message.body(), ANSWER_TIMEOUT).whenComplete((answer, error) -> onLinkThread(() -> {
            String refusal = error != null ? describe(error) : answer.header().reason();
            if (refusal == null) {
                confirmedIds.addLong(id);
                confirmedAts.addLong(at);
            } else if (connection == open) {
                lastError = refusal;
                open.drop("the target did not take message " + id + ": " + refusal);
            }
        }));
    }

    /** Runs {@code work} on the link's thread: at once when there (a read, acknowledged at its end), else as a task of its own. */
    private void onLinkThread(Runnable work) {
        if (loop.inEventLoop()) {
            work.run();
        } else {
            loop.execute(() -> {
                work.run();
                acknowledgeConfirmed();
            });
        }
    }

    @Override
    public void forwardCall(Message request, Sink caller, long requestId) {
        ClientConnection open = connection;
        if (open == null) {
            caller.callFailed(requestId, "router " + declaration.name() + " of server " + self + " is not connected to its target ("
                    + state + ")");
            return;
        }
        Header call = Header.of(FrameType.CALL).toService(request.to().service()).toUser(request.to().user()).event(request.event())
                .fromService(request.from().service()).fromUser(request.from().user()).route(routeOn(request))
                .properties(request.properties());
        open.request(call, request.body(), ANSWER_TIMEOUT).whenComplete((answer, error) -> {
            String failure = error != null ? describe(error) : answer.header().reason();
            if (failure == null) {
                caller.replied(requestId, answer.body());
            } else {
                caller.callFailed(requestId, failure);
            }
        });
    }

    @Override
    public CompletableFuture<List<UserEntry>> users(ServiceUser pattern, List<String> asked) {
        ClientConnection open = connection;
        String target = targetServer();
        if (open == null || target == null) {
            return CompletableFuture.completedFuture(List.of());
        }
        List<RouteHop> passed = new ArrayList<>(asked.size());
        for (String server : asked) {
            passed.add(new RouteHop(server, 0, 0));
        }
        Header request = Header.of(FrameType.USERS).service(pattern.service()).user(pattern.user()).route(passed);
        return open.request(request, NO_BODY, USERS_TIMEOUT).handle((answer, error) -> {
            if (error != null || answer.header().users() == null) {
                return List.<UserEntry>of(); // a server that cannot answer now lists nobody
            }
            List<UserEntry> entries = new ArrayList<>(answer.header().users().size());
            for (UserInfo user : answer.header().users()) {
                entries.add(new UserEntry(ServiceUser.of(user.service(), user.user()), user.instances(), user.enabled(),
                        user.undelivered(), user.server() != null ? user.server() : target, user.outOfRotation(), user.locked()));
            }
            return entries;
        });
    }

    @Override
    public void replied(long requestId, byte[] body) {
        // a router's queue makes no calls
    }

    @Override
    public void callFailed(long requestId, String reason) {
        // a router's queue makes no calls
    }

    @Override
    public String remoteAddress() {
        return connectedTo;
    }

    /** The message's route with this server added: the target knows it by our id and time. */
    private List<RouteHop> routeOn(Message message) {
        RouteHop here = new RouteHop(self, message.id(), message.postedAt());
        if (message.route().isEmpty()) {
            return List.of(here);
        }
        List<RouteHop> route = new ArrayList<>(message.route().size() + 1);
        route.addAll(message.route());
        route.add(here);
        return route;
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    @Override
    public String toString() {
        return "router " + declaration.name() + " → " + (targetServer == null ? "?" : targetServer);
    }
}
