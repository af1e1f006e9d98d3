package org.openmom.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;
import org.openmom.model.ServiceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's side of routers (docs/routers.md): the queues of this server's routers, and what
 * other servers' router links bring. Works on the broker's state under the same lock, like
 * {@link BrokerAdministration}; the choice of a router as a message is posted stays in the
 * broker's post path, with the {@link RouterTable} kept here.
 */
public final class BrokerRouting {
    private static final Logger LOG = LoggerFactory.getLogger(BrokerRouting.class);
    /**
     * Persistent messages a router sends before the target confirmed them: enough to keep a link
     * busy while the target's journal commits a group (the confirmations come after it).
     */
    private static final int ROUTER_WINDOW = 4_096;
    private static final CompletableFuture<Void> STORED = CompletableFuture.completedFuture(null);
    /**
     * Messages of a removed router routed again per hold of the lock: about 2 µs each (their target
     * rewritten in the journal, then queued or kept), so a hold stays well under a millisecond.
     */
    static final int ROUTE_AGAIN_CHUNK = 100;
    /** The longest server name a route may carry (names are short; see {@link #routeProblem}). */
    private static final int MAX_SERVER_NAME = 255;

    private final Broker broker;
    private final BrokerLock lock;
    private final RouterTable table = new RouterTable();
    /** Messages of the journal waiting for a router that is not created yet, by router name. */
    private final Map<String, List<Message>> backlog = new HashMap<>();
    private final RoutedArrivals arrivals;
    private long routedDuplicates;
    private long routedLoops;

    /** A router's queue now. */
    public record RouterLoad(int waiting, long dropped) {}

    BrokerRouting(Broker broker) {
        this.broker = broker;
        this.lock = broker.lock();
        this.arrivals = new RoutedArrivals(broker.memory(), localId -> broker.ledger().removeMarker(localId));
    }

    RouterTable table() {
        return table;
    }

    /**
     * USERS across routers: the services matching {@code pattern} registered here and on every
     * server the routers reach, each once with the server it is on. {@code asked} are the servers
     * a request already went to (this one's name is added, and those of the links it asks, so
     * that two paths to one server do not both ask it); no deeper than the routers' hop limit.
     */
    public CompletableFuture<List<UserEntry>> usersEverywhere(ServiceUser pattern, List<String> asked) {
        List<UserEntry> here = broker.users(pattern);
        List<RouterLink> links = new ArrayList<>();
        List<String> askedNow = new ArrayList<>(asked);
        askedNow.add(broker.identity().toString());
        lock.lock();
        try {
            for (Instance queue : table.queues()) {
                if (queue.sink() instanceof RouterLink link && link.isUp() && link.targetServer() != null
                        && !askedNow.contains(link.targetServer())) {
                    askedNow.add(link.targetServer());
                    links.add(link);
                }
            }
        } finally {
            lock.unlock();
        }
        if (links.isEmpty() || askedNow.size() > RouterTable.HOP_LIMIT) {
            return CompletableFuture.completedFuture(here);
        }
        List<CompletableFuture<List<UserEntry>>> beyond = new ArrayList<>(links.size());
        for (RouterLink link : links) {
            beyond.add(link.users(pattern, askedNow));
        }
        return CompletableFuture.allOf(beyond.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Map<String, UserEntry> each = new LinkedHashMap<>();
            here.forEach(entry -> each.put(entry.server() + " " + entry.who(), entry));
            beyond.forEach(answer -> answer.join().forEach(entry -> each.putIfAbsent(entry.server() + " " + entry.who(), entry)));
            return List.copyOf(each.values());
        });
    }

    /** Whether a consumed message stays in the journal as a marker: a routed arrival its sender has not forgotten. */
    boolean keepsAsMarker(Message message) {
        return arrivals.remembers(message);
    }

    long routedDuplicates() {
        return routedDuplicates;
    }

    long routedLoops() {
        return routedLoops;
    }

    /** At start: a record of the journal; a routed one is known again (a marker is nothing more). */
    void recovered(Message message) {
        if (message.isRouted()) {
            arrivals.remember(RoutedArrivals.lastHop(message), message.id(), STORED);
        }
    }

    /** At start: a message of the journal that a router of this name had still to send. */
    void keptFor(String router, Message message) {
        backlog.computeIfAbsent(router, name -> new ArrayList<>()).add(message);
        broker.memory().hold(message);
    }

    /**
     * A CALL another server forwarded through its router's link, for {@code from} there: answered
     * here or forwarded on (docs/table.md); the answer goes back through the link.
     */
    public void callRouted(Instance link, long requestId, ServiceUser from, ServiceUser to, String event, byte[] body,
            List<RouteHop> route, Map<String, String> properties) {
        String problem = routeProblem(route, link.who().user());
        if (problem != null) {
            link.sink().callFailed(requestId, "a call " + problem);
        } else if (RouteHop.passes(route, broker.identity().toString())) {
            link.sink().callFailed(requestId, "the call to " + to + " came back to server " + broker.identity() + ": its routers form a loop");
        } else {
            broker.call(link, requestId, from, to, event, body, route, properties);
        }
    }

    // ---- the sending side: routers of this server ------------------------------------------

    /**
     * Creates a router: its queue takes what the journal kept for a router of this name, and
     * from now on what the routing rules give it (docs/table.md).
     *
     * @return the router's queue, which its link confirms and resumes
     */
    public Instance openRouter(RouterRule rule, RouterLink link) {
        lock.lock();
        try {
            RouterTable.Router same = table.get(rule.name());
            if (same != null && same.removing) {
                throw new IllegalStateException("router " + rule.name() + " of server " + broker.identity() + " is still being removed ("
                        + same.queue.mailbox.undelivered() + " of its messages are still to be routed again): add it again in a moment");
            }
            if (same != null) {
                throw new IllegalStateException("server " + broker.identity() + " already has a router named " + rule.name());
            }
            Instance queue = new Instance(broker.newInstanceId(), ServiceUser.of(Broker.ROUTER_SERVICE, rule.name()), link, DeliveryMode.CALLBACK,
                    ROUTER_WINDOW, broker.memory(), true);
            table.add(new RouterTable.Router(rule, queue, link));
            broker.backlogs().joined(queue);
            List<Message> kept = backlog.remove(rule.name());
            if (kept != null) {
                for (Message message : kept) {
                    broker.memory().release(message);
                    queue.mailbox.add(message);
                }
            }
            broker.pump(queue);
            broker.observer().routerChanged(rule.name());
            return queue;
        } finally {
            lock.unlock();
        }
    }

    /** The routers removed whose queues are still being routed again: their names are not free yet. */
    public List<String> routersBeingRemoved() {
        lock.lock();
        try {
            return table.removing();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes router {@code name}: what waits in it is routed again as if just posted, oldest
     * first, a chunk per hold of the lock on the hand-off thread (200,000 messages in one hold
     * stopped the server for 0.7 s — docs/performance.md). Until its queue is empty the router
     * still takes what it would have taken, behind what it holds ({@link RouterTable}), and sends
     * nothing more.
     *
     * @return how many messages are to be routed again, or -1 when there is no such router
     */
    public int closeRouter(String name) {
        lock.lock();
        try {
            RouterTable.Router router = table.get(name);
            if (router == null || router.removing) {
                return -1;
            }
            table.startRemoving(router);
            router.queue.registered = false;
            router.queue.credit = 0;
            int waiting = router.queue.mailbox.undelivered();
            routeAgainOldest(router);
            broker.observer().routerChanged(name);
            return waiting;
        } finally {
            lock.unlock();
        }
    }

    /** Routes the oldest chunk of a removed router's queue again; the next chunk follows on the hand-off thread, or the router goes. */
    private void routeAgainOldest(RouterTable.Router router) {
        List<Message> chunk = router.queue.mailbox.takeOldest(ROUTE_AGAIN_CHUNK);
        for (int i = 0; i < chunk.size(); i++) {
            routeAgain(chunk.get(i), router.queue.who());
        }
        if (router.queue.mailbox.undelivered() == 0) {
            table.removed(router);
            broker.backlogs().left(router.queue);
        } else {
            lock.afterUnlock(() -> broker.onHandOffThread(() -> {
                lock.yieldToWaiters();
                lock.lock();
                try {
                    routeAgainOldest(router);
                } finally {
                    lock.unlock();
                }
            }));
        }
    }

    /**
     * Once the routers given at start exist, and before the server listens: what the journal kept
     * for routers that are gone is routed again, a chunk per hold of the lock (the journal and the
     * reflexes' timers use it meanwhile).
     */
    public void routeOrphans() {
        List<Map.Entry<String, List<Message>>> orphans;
        lock.lock();
        try {
            orphans = new ArrayList<>(backlog.entrySet());
            backlog.clear();
        } finally {
            lock.unlock();
        }
        for (Map.Entry<String, List<Message>> gone : orphans) {
            ServiceUser former = ServiceUser.of(Broker.ROUTER_SERVICE, gone.getKey());
            Iterator<Message> left = gone.getValue().iterator();
            lock.inChunks(() -> {
                for (int i = 0; i < ROUTE_AGAIN_CHUNK && left.hasNext(); i++) {
                    Message message = left.next();
                    broker.memory().release(message);
                    routeAgain(message, former);
                }
                return left.hasNext();
            });
        }
    }

    /** A message that was for {@code former} (a removed router) goes where the rules send it now. */
    private void routeAgain(Message message, ServiceUser former) {
        List<Instance> targets = new ArrayList<>(1);
        RouterTable.Router explicit = table.openExplicitFor(message);
        if (explicit != null) {
            targets.add(explicit.queue);
        } else {
            if (broker.enabledNow()) {
                targets.addAll(broker.recipientsOf(message));
            }
            RouterTable.Router neighbour = targets.isEmpty() ? table.openNeighbourFor(message) : null;
            if (neighbour != null) {
                targets.add(neighbour.queue);
            }
        }
        if (targets.isEmpty()) {
            if (message.isPersistent()) {
                // the record is rewritten first: kept, its body may go to a page file
                broker.ledger().retarget(message, former, List.of(message.to()));
                broker.serverMailbox().keep(message);
            } else {
                broker.deadLetter(message);
            }
            return;
        }
        List<ServiceUser> whos = new ArrayList<>(targets.size());
        for (Instance target : targets) {
            target.mailbox.add(message);
            whos.add(target.who());
            broker.pump(target);
        }
        if (message.isPersistent()) {
            broker.ledger().retarget(message, former, whos);
        }
    }

    /** The router's link is down: what it sent without confirmation is sent again once it is back. */
    public void routerDown(Instance queue) {
        lock.lock();
        try {
            queue.mailbox.requeueInFlight();
            broker.observer().routerChanged(queue.who().user());
        } finally {
            lock.unlock();
        }
    }

    /** The state of the router's link changed (up, retrying): administrators are told, and what may leave now leaves. */
    public void routerStateChanged(Instance queue) {
        lock.lock();
        try {
            broker.observer().routerChanged(queue.who().user());
            if (queue.registered) {
                broker.pump(queue);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether the journal still holds message {@code messageId} of time {@code postedAt} to be
     * forwarded: the target need not forget what it remembers of it.
     */
    public boolean stillForwarding(long messageId, long postedAt) {
        lock.lock();
        try {
            Message held = broker.ledger().message(messageId);
            return held != null && held.postedAt() == postedAt;
        } finally {
            lock.unlock();
        }
    }

    /** Completes once every removal from the journal so far is on disk (before telling a target to forget). */
    public CompletableFuture<Void> removalsDurable() {
        return broker.ledger().removalsDurable();
    }

    /** Waiting messages and ordinary messages dropped, of the router whose queue this is. */
    public RouterLoad routerLoad(Instance queue) {
        lock.lock();
        try {
            RouterTable.Router router = table.ofQueue(queue);
            return new RouterLoad(queue.mailbox.undelivered(), router == null ? 0 : router.dropped);
        } finally {
            lock.unlock();
        }
    }


    // ---- the receiving side: links of other servers' routers --------------------------------

    /**
     * Registers the link of a router of server {@code origin} ({@code NAME/ROLE}): it is no
     * service (no message is delivered to it) but posts what that server forwards. Registration
     * filters see it as {@code ROUTER/origin}. A disabled server takes links: it still routes.
     */
    public Registration registerLink(String origin, byte[] registrationMessage, Sink sink) {
        ServiceUser who = ServiceUser.of("ROUTER", origin);
        lock.lock();
        try {
            if (origin.equals(broker.identity().toString())) {
                return Registration.refused("a router of server " + broker.identity() + " leads back to itself: give its target another server's address");
            }
            if (!broker.reflexes().allowRegistration(who, registrationMessage)) {
                return Registration.refused("a registration filter of server " + broker.identity() + " refused " + who);
            }
            Instance link = new Instance(broker.newInstanceId(), who, sink, DeliveryMode.POLLING, 1, broker.memory());
            sink.registered(link);
            lock.afterUnlock(() -> LOG.info("router link from {} registered", origin));
            return Registration.accepted(link);
        } finally {
            lock.unlock();
        }
    }

    /** The link of another server's router went away: calls it was waiting for will not be answered to it. */
    public void unregisterLink(Instance link) {
        lock.lock();
        try {
            link.registered = false;
            broker.dropCallsOf(link);
        } finally {
            lock.unlock();
        }
    }

    /** What this server remembers having received from the link's server: told to the link as it registers. */
    public List<RouteHop> remembered(Instance link) {
        lock.lock();
        try {
            List<RouteHop> hops = new ArrayList<>();
            for (RoutedArrivals.Key key : arrivals.from(link.who().user())) {
                hops.add(new RouteHop(key.server(), key.id(), key.at()));
            }
            return hops;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Posts a message another server forwarded. {@code route} ends with that server (the link's);
     * a message whose route passed this server already is dropped (a loop), a copy of a message
     * already received is confirmed again without being posted (a link dropped before its
     * confirmation came), and so is a global message that already came along another path.
     */
    public CompletableFuture<PostOutcome> postRouted(Instance link, ServiceUser from, ServiceUser to, String event, int flags,
            byte[] body, List<RouteHop> route, Map<String, String> properties, boolean answered) {
        String problem = routeProblem(route, link.who().user());
        if (problem != null) {
            return Broker.refusal(answered, "a message " + problem);
        }
        lock.lock();
        try {
            if (RouteHop.passes(route, broker.identity().toString())) {
                routedLoops++;
                return Broker.outcome(answered, 0, 0, false);
            }
            if ((flags & Message.GLOBAL) != 0 && !arrivals.firstGlobal(RoutedArrivals.Key.of(route.get(0)))) {
                routedDuplicates++;
                return Broker.outcome(answered, 0, 0, false);
            }
            if ((flags & Message.PERSISTENT) == 0) {
                return broker.postLocked(from, link.sink(), to, event, flags, body, route, properties, answered);
            }
            RoutedArrivals.Key key = RoutedArrivals.Key.of(route.get(route.size() - 1));
            RoutedArrivals.Arrival known = arrivals.find(key);
            if (known != null) {
                routedDuplicates++;
                // confirmed once the first copy is durable, not before
                return answered ? known.stored().thenApply(done -> new PostOutcome(known.localId(), 0, false, null)) : null;
            }
            long id = broker.nextMessageId();
            CompletableFuture<PostOutcome> outcome = broker.postLocked(from, link.sink(), to, event, flags, body, route, properties, true);
            if (broker.nextMessageId() > id) {
                arrivals.remember(key, id, outcome.thenApply(done -> null));
            }
            return outcome;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Why a route from the link of {@code origin} cannot be taken, or null: it must end with that
     * server, pass at most {@link RouterTable#HOP_LIMIT} servers, and name each in at most
     * {@value #MAX_SERVER_NAME} characters (a route is kept with the message, in memory and in the
     * journal, beyond what the memory bound counts).
     */
    private static String routeProblem(List<RouteHop> route, String origin) {
        if (route == null || route.isEmpty() || !route.get(route.size() - 1).server().equals(origin)) {
            return "from the router of " + origin + " must carry its route, ending with " + origin;
        }
        if (route.size() > RouterTable.HOP_LIMIT) {
            return "from the router of " + origin + " has passed " + route.size() + " servers, more than the " + RouterTable.HOP_LIMIT
                    + " a message may pass";
        }
        for (RouteHop hop : route) {
            if (hop.server().isEmpty() || hop.server().length() > MAX_SERVER_NAME) {
                return "from the router of " + origin + " names a server of its route in " + hop.server().length()
                        + " characters: 1 to " + MAX_SERVER_NAME + " expected";
            }
        }
        return null;
    }

    /**
     * The link's server will never send these messages again ({@code ids[i]} at {@code ats[i]}
     * there): this server forgets them, and drops the markers of those already consumed.
     */
    public void forgetRouted(Instance link, long[] ids, long[] ats) {
        String origin = link.who().user();
        lock.lock();
        try {
            for (int i = 0; i < Math.min(ids.length, ats.length); i++) {
                RoutedArrivals.Arrival gone = arrivals.forget(new RoutedArrivals.Key(origin, ids[i], ats[i]));
                if (gone != null) {
                    broker.ledger().removeMarker(gone.localId());
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
