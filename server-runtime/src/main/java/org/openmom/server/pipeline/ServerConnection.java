package org.openmom.server.pipeline;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.util.AttributeKey;
import io.netty.util.concurrent.ScheduledFuture;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.Broker;
import org.openmom.server.Instance;
import org.openmom.server.Sink;
import org.openmom.transport.OutboundFrames;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameDecoder;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One server connection: all its state, kept as a channel attribute and shared by the stages of
 * its pipeline (which are stateless, one per server), and the {@link Sink} through which the broker
 * reaches the service registered on it. The state belongs to the channel's event loop, except
 * what the Sink methods read, which the broker calls from any thread while holding its lock.
 */
final class ServerConnection implements Sink, AdminLink {
    /**
     * The one logger of connection events, whichever stage tells them: administrators read them
     * under this name, and the server's log ring rates its warnings as peers' faults.
     */
    static final Logger LOG = LoggerFactory.getLogger(ServerConnection.class);
    private static final AttributeKey<ServerConnection> KEY = AttributeKey.valueOf("openmom.connection");

    private final Channel channel;
    private final Broker broker;
    private final OutboundFrames out;
    /** Whether the peer came through the local socket, whose folder permissions already vetted it. */
    private final boolean local;
    private final String peer;
    /** Set on the event loop before REGISTER reaches the broker, read by the broker through the Sink. */
    private volatile boolean administration;
    private volatile Instance instance;
    /** Whether it registered as the link of another server's router (event loop only). */
    private boolean link;
    private long registerRequest;
    /** Administration REGISTERs refused on this connection (event loop only). */
    private int administrationRefusals;
    private AdminRequests adminRequests;
    /** The recipients of the last POST or CALL read (event loop only). */
    private ServiceUser lastTo;
    /** Until HELLO: closes the connection when it does not come in time (event loop only). */
    private ScheduledFuture<?> helloTimeout;
    /** Until REGISTERED: closes a connection that stays nobody (event loop; cancelled from the broker's call too). */
    private volatile ScheduledFuture<?> registrationTimeout;
    /** The address it was counted under by the admission stage (event loop only). */
    private String admittedFrom;
    /** The bytes of unfinished frames counted for it while it is not registered (admission stage, event loop only). */
    private int unregisteredHeld;
    /** The largest frame once registered (before, the admission limits' smaller one). */
    private final int maxFrameSize;
    /** While the peer does not read: drops it when that lasts (event loop only). */
    private ScheduledFuture<?> slowReaderCheck;

    private ServerConnection(Channel channel, Broker broker, boolean local, int maxFrameSize) {
        this.channel = channel;
        this.maxFrameSize = maxFrameSize;
        this.broker = broker;
        this.local = local;
        this.out = new OutboundFrames(channel);
        this.peer = local ? "local" : describe(channel.remoteAddress());
        out.onDrained(this::drained);
    }

    /** Gives {@code channel} its connection state; before the first event reaches the stages. */
    static void attach(Channel channel, Broker broker, boolean local, int maxFrameSize) {
        channel.attr(KEY).set(new ServerConnection(channel, broker, local, maxFrameSize));
    }

    static ServerConnection of(Channel channel) {
        return channel.attr(KEY).get();
    }

    Broker broker() {
        return broker;
    }

    Channel channel() {
        return channel;
    }

    OutboundFrames out() {
        return out;
    }

    boolean isLocal() {
        return local;
    }

    String peer() {
        return peer;
    }

    /** The registered instance, or null before REGISTER and after BYE or unregistration. */
    Instance instance() {
        return instance;
    }

    /** Forgets the instance, once: returns it to whoever must unregister it, or null when already done. */
    Instance forgetInstance() {
        Instance gone = instance;
        instance = null;
        return gone;
    }

    /** REGISTER {@code requestId} is on its way to the broker, which answers through {@link #registered}. */
    void registering(long requestId, boolean asAdministration) {
        registerRequest = requestId;
        administration = asAdministration;
    }

    void refused() {
        administration = false;
        link = false;
    }

    /** Counts one more refused administration REGISTER; returns how many there were so far. */
    int refusedAdministration() {
        return ++administrationRefusals;
    }

    void becomeLink() {
        link = true;
    }

    /** Whether the connection is another server's router link rather than a service. */
    boolean isLink() {
        return link;
    }

    /** Null unless this is an administration connection. */
    AdminRequests adminRequests() {
        return adminRequests;
    }

    void administer(AdminRequests requests) {
        adminRequests = requests;
    }

    /**
     * The recipients of a POST or CALL. A sender mostly posts to the same ones, whose names the
     * header reader hands out as the same strings, so the last pair is reused rather than made anew.
     */
    ServiceUser recipients(Header h) {
        String service = h.toService() == null ? "*" : h.toService();
        String user = h.toUser() == null ? "*" : h.toUser();
        ServiceUser last = lastTo;
        if (last == null || last.service() != service || last.user() != user) {
            last = ServiceUser.of(service, user);
            lastTo = last;
        }
        return last;
    }

    void admitted(String address) {
        admittedFrom = address;
    }

    String admittedFrom() {
        return admittedFrom;
    }

    int unregisteredHeld() {
        return unregisteredHeld;
    }

    void unregisteredHeld(int bytes) {
        unregisteredHeld = bytes;
    }

    void awaitRegistration(ScheduledFuture<?> timeout) {
        registrationTimeout = timeout;
    }

    void stopAwaitingRegistration() {
        cancel(registrationTimeout);
    }

    void awaitHello(ScheduledFuture<?> timeout) {
        helloTimeout = timeout;
    }

    /** HELLO came, or the connection ended before. */
    void stopAwaitingHello() {
        cancel(helloTimeout);
    }

    void watchSlowReader(ScheduledFuture<?> check) {
        slowReaderCheck = check;
    }

    /** The peer reads again, or the connection ended. */
    void stopWatchingSlowReader() {
        cancel(slowReaderCheck);
    }

    private static void cancel(ScheduledFuture<?> timer) {
        if (timer != null) {
            timer.cancel(false);
        }
    }

    /** ERROR, close, one log line: the rest of the server goes on. */
    void fail(String reason) {
        if (!channel.isActive()) {
            return;
        }
        LOG.warn("{} closed: {}", this, LogSafe.text(reason));
        channel.writeAndFlush(Frame.of(Header.of(FrameType.ERROR).reason(reason))).addListener(ChannelFutureListener.CLOSE);
    }

    /** Who is connected, for the log: the registered service and where from. */
    @Override
    public String toString() {
        Instance registered = instance;
        return registered == null ? "connection " + peer : LogSafe.text(registered.who()) + " (" + peer + ")";
    }

    /** Event loop: the frames queued while the connection was full are out. */
    private void drained() {
        if (!channel.isWritable()) {
            return;
        }
        Instance registered = instance;
        if (registered != null) {
            broker.resume(registered);
        }
        if (adminRequests != null) {
            adminRequests.writable();
        }
    }

    // ---- Sink: called by the broker, from any thread, under its lock -----------------------

    /** Before waiting seeds are delivered: REGISTERED goes out first. */
    @Override
    public void registered(Instance accepted) {
        instance = accepted;
        stopAwaitingRegistration();
        // a registered peer may send frames of the full size; before, only small ones (ConnectionLimits)
        FrameDecoder decoder = channel.pipeline().get(FrameDecoder.class);
        if (decoder != null) {
            decoder.allow(maxFrameSize);
        }
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
     * On the connection's own event loop (a POST being read) the pause starts at once, so not
     * even the rest of the current read is taken.
     */
    @Override
    public void slowDown() {
        if (channel.eventLoop().inEventLoop()) {
            pauseReading();
        } else {
            channel.eventLoop().execute(this::pauseReading);
        }
    }

    /**
     * The server is congested: stop reading this sender until {@link Broker#isRelieved()}.
     * Reading resumes after a second anyway, so a sender that is also the slow consumer can
     * still deliver its ACKs (it is paused again at its next congested post).
     */
    private void pauseReading() {
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

    @Override
    public boolean isAdministration() {
        return administration;
    }

    @Override
    public String remoteAddress() {
        return peer;
    }

    @Override
    public void replied(long requestId, byte[] body) {
        out.send(Frame.of(Header.of(FrameType.REPLY).req(requestId), body));
    }

    @Override
    public void callFailed(long requestId, String reason) {
        out.send(Frame.of(Header.of(FrameType.REPLY).req(requestId).reason(reason)));
    }

    // ---- AdminLink: where the watches of an administration connection send ----------------

    @Override
    public void send(Frame frame) {
        out.send(frame);
    }

    @Override
    public Executor executor() {
        return channel.eventLoop();
    }

    private static String describe(SocketAddress address) {
        if (address instanceof InetSocketAddress) {
            InetSocketAddress inet = (InetSocketAddress) address;
            return inet.getHostString() + ":" + inet.getPort();
        }
        return String.valueOf(address);
    }
}
