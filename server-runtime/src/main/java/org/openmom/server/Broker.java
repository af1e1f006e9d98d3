package org.openmom.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.openmom.model.ByteSize;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker core: registered instances and their mailboxes, the server mailbox, and the
 * delivery rules of DESIGN.md §6. Knows nothing of sockets or bytes.
 *
 * <p><b>Threads.</b> Each connection is served by one Netty event loop; the journal has its
 * writer thread and a removals thread; reflexes run on their pool and post through their outbox
 * thread; administration requests run on their connection's event loop. They all meet here, and
 * one lock guards the broker's state.
 *
 * <p><b>Lock order</b> (docs/server.md, "Threads and locks"). A thread holding a lock may take
 * only locks further down this list:
 * <ol>
 * <li>a journal's files ({@code JournalWriter}'s owner lock): held by whoever commits a group of
 *     writes — the journal's writer thread (also for its tasks and compaction steps), or an event
 *     loop committing a small group once done with its read, never while it holds another lock;
 *     the group's completions run under it;
 * <li>the broker lock ({@link BrokerLock}): every public method of the broker and of
 *     {@link BrokerAdministration} holds it for its whole duration (administrators' work over a big
 *     backlog a chunk per hold, {@link BrokerLock#inChunks}); it is never taken twice by one
 *     thread (asserted: a Sink, observer, store or reflex must not call back into the broker) and
 *     never taken while a lock further down is held;
 * <li>the journal adapter's removals monitor ({@code PendingRemovals}, one per journal):
 *     {@link MessageStore#save} and {@link MessageStore#remove} take it under the broker lock, the
 *     removals thread on its own;
 * <li>leaf locks, under which nothing else is taken: the journal writer's queue, the queues of
 *     the JDK executors (reflex outbox, reflex pool, removals timer, hand-off), Netty's task queues
 *     and its selector wake-up, the page files' monitor ({@link SeedPages}, shared with the pager
 *     thread).
 * </ol>
 * Lock-free by design, though called under the broker lock: {@link Sink} (a connection's
 * outbound queue and its event loop), {@link BrokerObserver} (the watch hub's bounded queues),
 * {@link HeldMemory}.
 *
 * <p><b>Never under the broker lock:</b> blocking I/O — sockets, files, and so logging too (a
 * line due under the lock is written after it, {@link #afterUnlock}, which the reflexes' hooks
 * use as well); waiting for a future (the journal's futures complete on its writer thread, and
 * what follows them only enqueues); a call back into the broker. The one wait, bounded: the
 * broker awaits a reflex's call for at most the reflex time budget ({@code ReflexRunner}), and
 * what the reflex does meanwhile, its logging included, counts against that budget.
 */
public final class Broker {
    private static final Logger LOG = LoggerFactory.getLogger(Broker.class);
    /** Caps the name cache so a client inventing names cannot grow it without bound. */
    private static final int MAX_INTERNED = 65_536;
    /**
     * The service name of routers' queues in the journal's targets ({@code ROUTER_SERVICE/name}):
     * no service can register under it.
     */
    public static final String ROUTER_SERVICE = "#router";
    /** A router holds at most this many ordinary messages; more are dropped and counted. */
    static final int ROUTER_QUEUE_LIMIT = 100_000;
    /**
     * Waiting seeds moved to a new instance per hold of the lock: well under a millisecond's work
     * (chunks of 1,000 held it for over a millisecond in one chunk in ten while a million were
     * drained, up to 20 ms, and calls between other services waited that long — docs/performance.md, W8).
     */
    static final int HAND_OFF_CHUNK = 250;
    /** The hand-off waits while the instance has this many undelivered messages (or a backlog mark's bytes) to do. */
    static final int HAND_OFF_AHEAD = 2_000;

    private final BrokerLock lock = new BrokerLock();
    private final ServerIdentity identity;
    /** Replaced only under the lock ({@link #replaceReflexes}), so one hook call sees one set. */
    private volatile Reflexes reflexes;
    private final PersistentLedger ledger;
    private final HeldMemory memory = new HeldMemory(defaultMemoryBound());
    private final SeedPages pages;
    private final ServerMailbox serverMailbox;
    /** Registered instances by exact (service, user), in registration order. */
    private final Map<ServiceUser, List<Instance>> registry = new LinkedHashMap<>();
    /** The least loaded instance of a name or a service, for anycast messages and CALLs. */
    private final AnycastIndex anycast = new AnycastIndex();
    private final Map<ServiceUser, ServiceUser> interned = new HashMap<>();
    private final Map<String, String> events = new HashMap<>();
    private final Map<Long, PendingCall> pendingCalls = new HashMap<>();
    private final BrokerRouting routing;
    /** The routers of this server and the choice among them, as a message is posted ({@link BrokerRouting#table()}). */
    private final RouterTable routers;
    private boolean enabled = true;
    /** A mailbox holding this many undelivered messages takes no more non-persistent ones. */
    private int mailboxLimit = 1_000_000;
    private long overflows;
    private long memoryRefusals;
    /**
     * Backlog marks of consumers (callback mode): above the high one a sender is told to slow
     * down, below the low one it may go on. A polling instance's mailbox is a store it empties
     * when it chooses, so only the memory bound limits it.
     */
    private int backlogHigh = 10_000;
    private int backlogLow = 5_000;
    /**
     * The same marks in bytes of bodies, whichever is reached first: with big payloads the memory
     * a backlog takes follows their size, not their count (16 MiB is 16 messages of 1 MiB, or
     * 4,096 of 4 KiB: enough to keep a consumer busy while its sender waits).
     */
    private long backlogHighBytes = 16 << 20;
    private long backlogLowBytes = 8 << 20;
    /** The consumers at or above the low marks, kept as their mailboxes change. */
    private final BacklogCount backlogs = new BacklogCount(backlogLow, backlogLowBytes);
    private long nextMessageId = 1;
    private long nextInstanceId = 1;
    /** Rotates the starting point of the anycast choices the index does not make (partial patterns), so ties go round-robin. */
    private int anycastTurn;
    private long posted;
    private long delivered;
    private long acknowledged;
    private long deadLetters;
    /** REPLY frames ignored: from an instance the CALL was not delivered to, or for no waiting call. */
    private long strayReplies;
    /** Moves the rest of a backlog to a new instance, a chunk at a time, after its registration (see {@link #postWaitingSeedsTo}). */
    private final Executor handOffs = new ThreadPoolExecutor(0, 1, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
        Thread thread = new Thread(task, "openmom-hand-off");
        thread.setDaemon(true);
        return thread;
    });
    /** Persistent posts refused because the journal could not store them (its disk failed, its queue was full). */
    private long storeRefusals;
    private volatile BrokerObserver observer = BrokerObserver.NONE;
    private final BrokerAdministration administration = new BrokerAdministration(this);

    /** When instances leave anycast rotation, and when an idle lock ends ({@link #checkRotation}). */
    private RotationLimits rotationLimits = RotationLimits.defaults();
    /** The instance locks clients hold, by id. */
    private final Map<Long, InstanceLock> locks = new HashMap<>();
    private long nextLockId = 1;

    /** A CALL waiting for its REPLY, which only {@code callee}, the instance it was delivered to, may give. */
    private record PendingCall(Instance caller, long requestId, Instance callee, long sentAt) {
        PendingCall deliveredTo(Instance other) {
            return new PendingCall(caller, requestId, other, System.currentTimeMillis());
        }
    }

    /** A broker whose waiting seeds all stay in memory (no page files). */
    public Broker(ServerIdentity identity, Reflexes reflexes, MessageStore store) {
        this(identity, reflexes, store, SeedPages.NONE);
    }

    /** A broker that pages the bodies of waiting seeds beyond its budget to {@code pages}. */
    public Broker(ServerIdentity identity, Reflexes reflexes, MessageStore store, SeedPages pages) {
        this.identity = identity;
        this.reflexes = reflexes;
        this.pages = pages;
        this.routing = new BrokerRouting(this);
        this.routers = routing.table();
        this.ledger = new PersistentLedger(store, routing::keepsAsMarker, this::wholeSeed);
        this.serverMailbox = new ServerMailbox(memory, pages, ledger::pagedOut);
        memory.alsoCount(pages::unwrittenBytes);
        pages.fitTo(memory.bound());
        serverMailbox.replaying(true);
        store.replay(new MessageStore.Replay() {
            @Override
            public void record(Message message, List<ServiceUser> targets) {
                recovered(message, targets, null, 0, message.body().length);
            }

            @Override
            public boolean wantsBody(List<ServiceUser> targets, int bodyLength) {
                return isForRouters(targets) || serverMailbox.keepsWhole(bodyLength);
            }

            @Override
            public void record(Message message, List<ServiceUser> targets, StoredBodies bodies, long bodyOffset, int bodyLength) {
                recovered(message, targets, bodies, bodyOffset, bodyLength);
            }
        });
        serverMailbox.replaying(false);
    }

    /**
     * Swaps the reflexes the hooks call, under the broker lock: a message being posted or
     * delivered finishes with the old set, the next one starts with the new set.
     *
     * @return the reflexes replaced, for the caller to close
     */
    public Reflexes replaceReflexes(Reflexes next) {
        lock.lock();
        try {
            Reflexes previous = reflexes;
            reflexes = next;
            return previous;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code work} under the broker lock, in order with every call the broker makes to its
     * store: a journal move places the records it read there (docs/administration.md). The work must
     * be short and must not call back into the broker.
     */
    public void underLock(Runnable work) {
        lock.lock();
        try {
            work.run();
        } finally {
            lock.unlock();
        }
    }

    public ServerIdentity identity() {
        return identity;
    }

    // ---- registration ----------------------------------------------------------------------

    /**
     * Registers an instance of {@code who}. A disabled server accepts no registration. Waiting
     * persistent seeds that match are posted to the new instance at once.
     */
    public Registration register(ServiceUser who, byte[] registrationMessage, DeliveryMode mode, int window, Sink sink) {
        if (who.isPattern() || who.service().isEmpty() || who.user().isEmpty()) {
            return Registration.refused("a service registers with a plain service and user name, not '" + who + "'");
        }
        if (who.service().equals(ROUTER_SERVICE)) {
            return Registration.refused("the service name " + ROUTER_SERVICE + " is reserved for the queues of routers");
        }
        lock.lock();
        try {
            // administrators still come in: they are the ones who enable the server again
            if (!enabled && !sink.isAdministration()) {
                return Registration.refused("server " + identity + " is disabled: it accepts no registration");
            }
            if (!reflexes.allowRegistration(who, registrationMessage)) {
                return Registration.refused("a registration filter of server " + identity + " refused " + who);
            }
            ServiceUser name = intern(who);
            Instance instance = new Instance(nextInstanceId++, name, sink, mode, Math.max(1, window), memory);
            registry.computeIfAbsent(name, k -> new ArrayList<>(1)).add(instance);
            anycast.joined(instance);
            backlogs.joined(instance);
            sink.registered(instance);
            observer.registered(instance);
            postWaitingSeedsTo(instance);
            lock.afterUnlock(() -> LOG.debug("registered {}", instance));
            return Registration.accepted(instance);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves the seeds waiting for a new instance into its mailbox, a chunk per hold of the lock:
     * a backlog of a million would otherwise stop every other service for as long as it takes.
     * Until the last chunk has moved, new messages for the instance wait behind the old ones in
     * the server mailbox, so that it still receives them in order.
     */
    private void postWaitingSeedsTo(Instance instance) {
        List<Message> seeds = serverMailbox.takeFor(instance.who(), HAND_OFF_CHUNK);
        for (int i = 0; i < seeds.size(); i++) {
            if (serverMailbox.onDisk(seeds.get(i))) {
                pageInLater(instance, seeds);
                return;
            }
        }
        moveSeeds(instance, seeds, null);
    }

    /**
     * Some bodies of the chunk are in page files: the hand-off thread reads them without the
     * lock, then moves the chunk; meanwhile what is posted for the instance waits behind it.
     */
    private void pageInLater(Instance instance, List<Message> seeds) {
        instance.handingOff = true;
        instance.seedsInTransit = seeds.size();
        List<SeedPages.PageRef> refs = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            refs.add(ServerMailbox.isStub(seeds.get(i)) ? serverMailbox.pageOf(seeds.get(i)) : null);
        }
        lock.afterUnlock(() -> handOffs.execute(() -> pageIn(instance, seeds, refs)));
    }

    private void pageIn(Instance instance, List<Message> seeds, List<SeedPages.PageRef> refs) {
        byte[][] bodies = null;
        IOException failure = null;
        try {
            bodies = pages.readAll(refs);
        } catch (IOException e) {
            failure = e;
        }
        lock.lock();
        try {
            instance.seedsInTransit = 0;
            if (!instance.registered || failure != null) {
                serverMailbox.putBack(seeds); // they wait again, the oldest, for a registration to come
                instance.handingOff = false;
                if (failure != null) {
                    String reason = failure.getMessage();
                    lock.afterUnlock(() -> LOG.error("the waiting seeds for {} stay waiting: {}", instance.who(), reason));
                }
                return;
            }
            moveSeeds(instance, seeds, bodies);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Moves a chunk of seeds taken for {@code instance} into its mailbox, paged ones whole again
     * ({@code bodies} read from disk, or null to read them from memory); schedules the next chunk.
     */
    private void moveSeeds(Instance instance, List<Message> seeds, byte[][] bodies) {
        for (int i = 0; i < seeds.size(); i++) {
            Message seed = seeds.get(i);
            if (ServerMailbox.isStub(seed)) {
                seed = pagedIn(seed, bodies == null ? null : bodies[i]);
                if (seed == null) {
                    continue;
                }
            }
            if (reflexes.allowDelivery(seed, instance.who())) {
                ledger.retarget(seed, seed.to(), instance.who());
                instance.mailbox.add(seed);
            } else {
                instance.refusedOnHandOff().add(seed); // waits again once the hand-off is over, not taken twice
            }
        }
        instance.handingOff = serverMailbox.hasFor(instance.who());
        if (!instance.handingOff) {
            putBackRefused(instance);
        } else if (hasEnoughToDo(instance)) {
            instance.handOffWaits = true; // the rest stays where it is (paged, if it was) until the instance takes some
        } else {
            lock.afterUnlock(() -> handOffs.execute(() -> continueHandOff(instance)));
        }
        pump(instance);
    }

    /**
     * Whether the instance has enough to do without the next chunk of its backlog: {@link #HAND_OFF_AHEAD} messages, or
     * a backlog mark's worth of bytes. A hand-off goes at the pace the service takes its messages,
     * so that a paged backlog is not read back into the heap faster than it is consumed.
     */
    private boolean hasEnoughToDo(Instance instance) {
        return instance.mailbox.undelivered() >= HAND_OFF_AHEAD || instance.mailbox.undeliveredBytes() >= backlogHighBytes;
    }

    /** The instance took some of what it was given: a waiting hand-off goes on. */
    private void resumeHandOff(Instance instance) {
        if (instance.handOffWaits && !hasEnoughToDo(instance)) {
            instance.handOffWaits = false;
            lock.afterUnlock(() -> handOffs.execute(() -> continueHandOff(instance)));
        }
    }

    /**
     * A stub whole again; null when an administrator deleted it while
     * its body was being read, or when the body cannot be read (it then waits again).
     */
    private Message pagedIn(Message stub, byte[] body) {
        if (!ledger.holds(stub.id())) {
            serverMailbox.dropCopy(stub);
            return null;
        }
        try {
            return serverMailbox.pagedIn(stub, body);
        } catch (IOException e) {
            serverMailbox.putBack(List.of(stub));
            lock.afterUnlock(() -> LOG.error("seed {} for {} stays waiting: {}", stub.id(), stub.to(), e.getMessage()));
            return null;
        }
    }

    /**
     * The waiting seeds still to be handed to {@code instance}, a chunk at a time as it takes its
     * messages: those in the server mailbox it may receive, and the chunk whose bodies are being
     * read for it; 0 once its hand-off is over.
     */
    int handOffBacklog(Instance instance) {
        return instance.handingOff ? serverMailbox.countFor(instance.who()) + instance.seedsInTransit : 0;
    }

    /** A waiting seed whole, for the ledger's readers (the server mailbox reads a paged body back). */
    private Message wholeSeed(Message seed) {
        return serverMailbox.whole(seed);
    }

    /** Runs {@code task} on the hand-off thread, where long work goes on a chunk per hold of the lock. */
    void onHandOffThread(Runnable task) {
        handOffs.execute(task);
    }

    private void continueHandOff(Instance instance) {
        lock.lock();
        try {
            if (instance.registered && instance.handingOff) {
                postWaitingSeedsTo(instance);
            }
        } finally {
            lock.unlock();
        }
    }

    private void putBackRefused(Instance instance) {
        List<Message> refused = instance.takeRefusedOnHandOff();
        if (!refused.isEmpty()) {
            serverMailbox.putBack(refused);
        }
    }

    /**
     * The instance is gone (BYE, lost connection or heartbeat timeout). Its unacknowledged
     * messages go to another instance of the same (service, user); otherwise persistent ones
     * wait in the server mailbox, ahead of what waits there for it already (they are older), and
     * the others become dead letters. A large mailbox is re-homed a chunk per hold of the lock,
     * newest chunk first (see {@link #rehomeNewest}).
     */
    public void unregister(Instance instance) {
        lock.lock();
        try {
            if (!instance.registered) {
                return;
            }
            instance.registered = false;
            anycast.left(instance);
            backlogs.left(instance);
            List<Instance> same = registry.get(instance.who());
            same.remove(instance);
            if (same.isEmpty()) {
                registry.remove(instance.who());
            }
            pendingCalls.values().removeIf(call -> call.caller() == instance);
            releaseLocksOf(instance);
            putBackRefused(instance);
            rehomeNewest(instance);
            reflexes.deregistered(instance.who());
            observer.unregistered(instance);
            lock.afterUnlock(() -> LOG.debug("unregistered {}", instance));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Re-homes the newest chunk of a departed instance's mailbox, and leaves the rest to the
     * hand-off thread, a chunk per hold of the lock: a consumer that leaves with a million
     * messages must not stop the server while they move. The waiting ones of each chunk go in
     * front of the server mailbox, so that taken newest chunk first they end up in their order.
     */
    private void rehomeNewest(Instance instance) {
        List<Message> chunk = instance.mailbox.takeNewest(HAND_OFF_CHUNK);
        List<Message> waiting = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            rehome(chunk.get(i), instance.who(), waiting);
        }
        serverMailbox.putBack(waiting);
        if (instance.mailbox.undelivered() > 0) {
            lock.afterUnlock(() -> handOffs.execute(() -> continueRehoming(instance)));
        }
    }

    private void continueRehoming(Instance instance) {
        lock.lock();
        try {
            rehomeNewest(instance);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A message of an instance of {@code who} that went away goes to another instance of that
     * name; a persistent one with none goes to {@code waiting}, the others are dead letters.
     */
    private void rehome(Message message, ServiceUser who, List<Message> waiting) {
        if (message.isCall()) {
            rehomeCall(message, who);
            return;
        }
        Instance other = anycastChoice(who);
        if (other != null) {
            other.mailbox.add(message);
            pump(other);
        } else if (message.isPersistent()) {
            waiting.add(message.to().equals(who) ? message : message.withTo(who));
        } else {
            deadLetter(message);
        }
    }

    /** A CALL whose callee left goes to another instance of its name, which is then the one to answer it. */
    private void rehomeCall(Message call, ServiceUser who) {
        Instance callee = calleeFor(call, who);
        if (callee != null) {
            pendingCalls.computeIfPresent(call.id(), (id, pending) -> pending.deliveredTo(callee));
            callee.mailbox.add(call);
            pump(callee);
            return;
        }
        PendingCall pending = pendingCalls.remove(call.id());
        if (pending != null) {
            pending.caller().sink().callFailed(pending.requestId(), who + " went away before replying");
        }
    }

    // ---- posting ---------------------------------------------------------------------------

    /**
     * Posts a message from {@code sender}: a seed in the server mailbox, then a copy in the
     * mailbox of every matching, enabled instance (or the least loaded one for anycast). The
     * future completes when the outcome is final: for a persistent message, once it is durable.
     */
    public CompletableFuture<PostOutcome> post(Instance sender, ServiceUser to, String event, int flags, byte[] body) {
        return post(sender, to, event, flags, body, Map.of());
    }

    /** Posts a message with {@code properties} (within {@link org.openmom.model.MessagePropertyLimits}). */
    public CompletableFuture<PostOutcome> post(Instance sender, ServiceUser to, String event, int flags, byte[] body,
            Map<String, String> properties) {
        return post(sender.who(), sender.sink(), to, event, flags, body, List.of(), properties, true);
    }

    /**
     * Posts like {@link #post(Instance, ServiceUser, String, int, byte[])} for a sender that waits
     * for no outcome (a POST without request id): nothing is built to tell it, which on a stream of
     * small messages is a good part of what the server allocates per message.
     */
    public void send(Instance sender, ServiceUser to, String event, int flags, byte[] body) {
        send(sender, to, event, flags, body, Map.of());
    }

    public void send(Instance sender, ServiceUser to, String event, int flags, byte[] body, Map<String, String> properties) {
        post(sender.who(), sender.sink(), to, event, flags, body, List.of(), properties, false);
    }

    /** Posts a message the server itself sends on behalf of {@code sender}, e.g. a reflex's answer. */
    public CompletableFuture<PostOutcome> post(ServiceUser sender, ServiceUser to, String event, int flags, byte[] body) {
        return post(sender, to, event, flags, body, Map.of());
    }

    /** Posts like {@link #post(ServiceUser, ServiceUser, String, int, byte[])} with {@code properties}. */
    public CompletableFuture<PostOutcome> post(ServiceUser sender, ServiceUser to, String event, int flags, byte[] body,
            Map<String, String> properties) {
        return post(sender, null, to, event, flags, body, List.of(), properties, true);
    }

    /**
     * {@code senderSink} (null for the server's own posts) is told to slow down when the server is
     * congested. When the outcome is not {@code answered}, returns null and builds none.
     */
    private CompletableFuture<PostOutcome> post(ServiceUser sender, Sink senderSink, ServiceUser to, String event, int flags,
            byte[] body, List<RouteHop> route, Map<String, String> properties, boolean answered) {
        lock.lock();
        try {
            return postLocked(sender, senderSink, to, event, flags, body, route, properties, answered);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Posts from {@code sender} through its instance lock {@code lockId}: to the locked instance
     * only, after the message filters as any post (null when not {@code answered}).
     */
    public CompletableFuture<PostOutcome> postThroughLock(Instance sender, long lockId, ServiceUser to, String event, int flags, byte[] body,
            Map<String, String> properties, boolean answered) {
        lock.lock();
        try {
            InstanceLock held = heldBy(sender, lockId);
            if (held == null) {
                return refusal(answered, noLock(lockId));
            }
            if (!to.matches(held.locked().who())) {
                return refusal(answered, "lock " + lockId + " holds " + held.locked() + ", which " + to + " does not name");
            }
            return postLocked(sender.who(), sender.sink(), to, event, flags, body, List.of(), properties, answered, held.locked());
        } finally {
            lock.unlock();
        }
    }

    CompletableFuture<PostOutcome> postLocked(ServiceUser sender, Sink senderSink, ServiceUser to, String event, int flags,
            byte[] body, List<RouteHop> route, Map<String, String> properties, boolean answered) {
        return postLocked(sender, senderSink, to, event, flags, body, route, properties, answered, null);
    }

    /** @param only the one instance to post to (a lock's), or null for the delivery rules' recipients */
    private CompletableFuture<PostOutcome> postLocked(ServiceUser sender, Sink senderSink, ServiceUser to, String event, int flags,
            byte[] body, List<RouteHop> route, Map<String, String> properties, boolean answered, Instance only) {
        if (!enabled && routers.isEmpty()) {
            return refusal(answered, "server " + identity + " is disabled: it posts nothing locally");
        }
        if (!memory.admits(body.length + HeldMemory.propertyBytes(properties))) {
            memoryRefusals++;
            slowDown(senderSink); // a sender that retried at once would only be refused again
            return refusal(answered, memoryRefusal(body.length));
        }
        Message seed = new Message(nextMessageId++, intern(sender), intern(to), internEvent(event), flags & ~Message.CALL, body,
                System.currentTimeMillis(), route, properties);
        posted++;
        Optional<Message> filtered = reflexes.filterSeed(seed);
        if (filtered.isEmpty()) {
            notePosted(seed, 0, false);
            return outcome(answered, seed.id(), 0, false);
        }
        seed = filtered.get();
        if (seed.isPersistent()) {
            String unstorable = ledger.refusal(seed);
            if (unstorable != null) {
                storeRefusals++;
                return refusal(answered, unstorable); // refused means not delivered: nothing is queued
            }
        }
        RouterTable.Router explicit = routers.explicitFor(seed);
        if (explicit != null) {
            return forwardOnly(seed, List.of(explicit), senderSink, answered);
        }
        if (!enabled) {
            List<RouterTable.Router> via = seed.isGlobal() ? routers.neighboursFor(seed) : listOf(routers.neighbourFor(seed));
            if (via.isEmpty()) {
                return refusal(answered, "server " + identity + " is disabled: it posts nothing locally, and none of its routers takes " + seed);
            }
            return forwardOnly(seed, via, senderSink, answered);
        }
        Message accepted = seed;
        Optional<LocalService> local = reflexes.localService(seed.to(), seed.event());
        local.ifPresent(service -> service.handle(accepted));
        List<Instance> recipients = only != null ? List.of(only) : recipientsOf(seed);
        // only the journal needs to know who was reached; the others count
        List<ServiceUser> reached = seed.isPersistent() ? new ArrayList<>(recipients.size()) : null;
        int reachedCount = 0;
        boolean congested = false;
        // watched: deliveries wait until POSTED is told, so watchers see them in that order
        boolean watched = observer.followsMessages();
        for (int i = 0; i < recipients.size(); i++) { // by index: no iterator per post
            Instance recipient = recipients.get(i);
            congested |= BacklogCount.isBacklogged(recipient, backlogHigh, backlogHighBytes);
            if (!seed.isPersistent() && recipient.mailbox.undelivered() >= mailboxLimit) {
                overflows++; // a consumer far behind: its copy is dropped, not buffered without bound
                continue;
            }
            if (recipient.handingOff) {
                // older seeds are still on their way to it: this one waits behind them (the delivery filters run as it moves)
                serverMailbox.keep(seed.to().equals(recipient.who()) ? seed : seed.withTo(recipient.who()));
                reachedCount++;
                if (reached != null) {
                    reached.add(recipient.who());
                }
                continue;
            }
            if (reflexes.allowDelivery(seed, recipient.who())) {
                recipient.mailbox.add(seed);
                reachedCount++;
                if (reached != null) {
                    reached.add(recipient.who());
                }
                if (!watched) {
                    pump(recipient);
                }
            }
        }
        // a global message goes on to every neighbour; another one only when nobody here takes it
        List<RouterTable.Router> onward = seed.isGlobal() ? routers.neighboursFor(seed)
                : reachedCount == 0 && local.isEmpty() ? listOf(routers.neighbourFor(seed)) : List.of();
        for (int i = 0; i < onward.size(); i++) {
            RouterTable.Router router = onward.get(i);
            congested |= BacklogCount.isBacklogged(router.queue, backlogHigh, backlogHighBytes);
            if (enqueue(router, seed)) {
                reachedCount++;
                if (reached != null) {
                    reached.add(router.queue.who());
                }
            }
        }
        congested |= memory.isHigh() || (seed.isPersistent() && ledger.isBacklogged());
        if (congested) {
            slowDown(senderSink);
        }
        boolean waits = reachedCount == 0 && local.isEmpty() && seed.isPersistent();
        String noRoom = waits ? serverMailbox.refusal() : null;
        if (noRoom != null) {
            storeRefusals++;
            return refusal(answered, "server " + identity + " takes no more waiting messages: " + noRoom);
        }
        notePosted(seed, reachedCount, waits);
        if (watched) {
            for (int i = 0; i < recipients.size(); i++) {
                pump(recipients.get(i));
            }
        }
        long id = seed.id();
        if (reachedCount == 0 && local.isPresent()) {
            return outcome(answered, id, 1, false);
        }
        if (reachedCount == 0) {
            if (seed.isPersistent()) {
                Message waiting = serverMailbox.keep(seed);
                return whenRecorded(answered, record(seed, List.of(seed.to()), waiting), id, 0, true);
            }
            deadLetter(seed);
            return outcome(answered, id, 0, false);
        }
        if (seed.isPersistent()) {
            return whenRecorded(answered, record(seed, reached, seed), id, reachedCount, false);
        }
        return outcome(answered, id, reachedCount, false);
    }

    /** Hands {@code seed} to routers only (an explicit router, or a disabled server's). */
    private CompletableFuture<PostOutcome> forwardOnly(Message seed, List<RouterTable.Router> via, Sink senderSink, boolean answered) {
        List<ServiceUser> reached = seed.isPersistent() ? new ArrayList<>(via.size()) : null;
        int count = 0;
        boolean congested = memory.isHigh() || (seed.isPersistent() && ledger.isBacklogged());
        for (RouterTable.Router router : via) {
            congested |= BacklogCount.isBacklogged(router.queue, backlogHigh, backlogHighBytes);
            if (enqueue(router, seed)) {
                count++;
                if (reached != null) {
                    reached.add(router.queue.who());
                }
            }
        }
        if (congested) {
            slowDown(senderSink);
        }
        notePosted(seed, count, false);
        if (seed.isPersistent()) {
            return whenRecorded(answered, record(seed, reached, seed), seed.id(), count, false);
        }
        return outcome(answered, seed.id(), count, false);
    }

    /** Puts {@code message} in the router's queue; an ordinary one is dropped and counted when the queue is full. */
    private boolean enqueue(RouterTable.Router router, Message message) {
        Instance queue = router.queue;
        if (!message.isPersistent() && queue.mailbox.undelivered() >= ROUTER_QUEUE_LIMIT) {
            router.dropped++;
            return false;
        }
        queue.mailbox.add(message);
        pump(queue);
        return true;
    }

    private static <T> List<T> listOf(T nullable) {
        return nullable == null ? List.of() : List.of(nullable);
    }

    static CompletableFuture<PostOutcome> refusal(boolean answered, String reason) {
        return answered ? CompletableFuture.completedFuture(PostOutcome.refused(reason)) : null;
    }

    static CompletableFuture<PostOutcome> outcome(boolean answered, long id, int recipients, boolean waiting) {
        return answered ? CompletableFuture.completedFuture(new PostOutcome(id, recipients, waiting, null)) : null;
    }

    /**
     * Stores a new persistent seed that is already queued for {@code targets}. Should its journal
     * refuse it (the disk failed just now, or its queue is full), the seed is withdrawn wherever
     * it has not been sent yet: its sender is told it was refused, and refused means not delivered.
     * {@code waiting} is what the server mailbox kept of it (its stub once paged), else the seed.
     */
    private CompletableFuture<Void> record(Message seed, List<ServiceUser> targets, Message waiting) {
        CompletableFuture<Void> recorded = ledger.record(seed, targets);
        if (serverMailbox.isPaged(seed.id())) {
            ledger.pagedOut(waiting); // kept as a stub before it was recorded
        }
        recorded.whenComplete((done, error) -> {
            if (error == null) {
                return;
            }
            if (lock.isHeldByCurrentThread()) { // refused at once, while posting
                withdraw(seed, targets);
                return;
            }
            lock.lock();
            try {
                withdraw(seed, targets);
            } finally {
                lock.unlock();
            }
        });
        return recorded;
    }

    /** Takes a refused seed out of the mailboxes and router queues that have not sent it, and out of the ledger. */
    private void withdraw(Message seed, List<ServiceUser> targets) {
        long id = seed.id();
        for (int i = 0; i < targets.size(); i++) {
            ServiceUser target = targets.get(i);
            for (Instance instance : registry.getOrDefault(target, List.of())) {
                withdrawFrom(instance, id);
            }
            for (Instance queue : routers.queues()) {
                if (queue.who().equals(target)) {
                    withdrawFrom(queue, id);
                }
            }
            serverMailbox.withdraw(id, target);
        }
        ledger.forget(id);
        storeRefusals++;
    }

    private void withdrawFrom(Instance instance, long messageId) {
        Message copy = instance.mailbox.withdraw(messageId);
        if (copy != null) {
            observer.deleted(instance, copy);
        }
    }

    /**
     * The outcome once the journal holds the seed; when nobody waits for it, a failure to store it
     * is logged — after the unlock, as a future that failed already would run the logging at once.
     */
    private CompletableFuture<PostOutcome> whenRecorded(boolean answered, CompletableFuture<Void> recorded, long id,
            int recipients, boolean waiting) {
        if (answered) {
            return recorded.thenApply(done -> new PostOutcome(id, recipients, waiting, null));
        }
        lock.afterUnlock(() -> recorded.exceptionally(error -> {
            LOG.warn("persistent message {} could not be stored: {}", id, error.toString());
            return null;
        }));
        return null;
    }

    private static void slowDown(Sink senderSink) {
        if (senderSink != null) {
            senderSink.slowDown();
        }
    }

    private String memoryRefusal(int bodyLength) {
        String bound = ByteSize.format(memory.bound());
        if (HeldMemory.footprint(bodyLength) > memory.bound()) {
            return "a message of " + ByteSize.format(bodyLength) + " does not fit in server " + identity
                    + "'s memory bound of " + bound + ": start the server with a larger --max-memory";
        }
        return "server " + identity + " holds " + ByteSize.format(memory.held()) + " of messages, its memory bound of " + bound
                + ": retry once its consumers have caught up (or start it with a larger --max-memory)";
    }

    private void notePosted(Message seed, int recipients, boolean waiting) {
        BrokerObserver watching = observer;
        if (watching.followsMessages()) {
            watching.posted(seed, recipients, waiting);
        }
    }

    List<Instance> recipientsOf(Message seed) {
        if (seed.isAnycast()) {
            return listOf(anycastChoice(seed.to()));
        }
        return matchingEnabled(seed.to());
    }

    /** The least loaded instance that takes new messages for {@code to}, or null: from the index unless {@code to} is a partial pattern. */
    private Instance anycastChoice(ServiceUser to) {
        Instance inRotation = AnycastIndex.covers(to) ? anycast.next(to) : null;
        // none in rotation (all bad or locked), or a partial pattern: looked through, a bad or locked one rather than none
        return inRotation != null ? inRotation : leastLoaded(matchingEnabled(to));
    }

    /**
     * The instance a CALL for {@code to} goes to: the least loaded one the delivery filters let it
     * reach, or null. Only when the filters turn the least loaded one away are the others looked through.
     */
    private Instance calleeFor(Message call, ServiceUser to) {
        Instance first = anycastChoice(to);
        if (first == null || reflexes.allowDelivery(call, first.who())) {
            return first;
        }
        List<Instance> others = new ArrayList<>(matchingEnabled(to));
        others.remove(first);
        return leastLoaded(allowedCallees(call, others));
    }

    /** An instance was enabled or disabled (or otherwise changed what {@link Instance#takesNewMessages()} reads). */
    void rotationChanged(Instance instance) {
        anycast.refresh(instance);
    }

    private List<Instance> matchingEnabled(ServiceUser to) {
        if (!to.isPattern()) {
            List<Instance> exact = registry.get(to);
            return exact == null ? List.of() : enabledOf(exact);
        }
        List<Instance> matching = new ArrayList<>();
        for (Map.Entry<ServiceUser, List<Instance>> entry : registry.entrySet()) {
            if (to.matches(entry.getKey())) {
                for (Instance instance : entry.getValue()) {
                    if (instance.enabled) {
                        matching.add(instance);
                    }
                }
            }
        }
        return matching;
    }

    private static List<Instance> enabledOf(List<Instance> instances) {
        boolean all = true;
        for (Instance instance : instances) {
            all &= instance.enabled;
        }
        if (all) {
            return instances;
        }
        List<Instance> enabledOnes = new ArrayList<>(instances.size());
        for (Instance instance : instances) {
            if (instance.enabled) {
                enabledOnes.add(instance);
            }
        }
        return enabledOnes;
    }

    /**
     * Fewest undelivered messages wins among the instances in rotation; among equals, the turn
     * rotates (round-robin). Only when none is in rotation does a bad one, then a locked one, get
     * the message: a preference never strands a message.
     */
    private Instance leastLoaded(List<Instance> candidates) {
        if (candidates.isEmpty()) {
            return null;
        }
        int start = Math.floorMod(anycastTurn++, candidates.size());
        Instance best = null;
        int bestTier = Integer.MAX_VALUE;
        for (int i = 0; i < candidates.size(); i++) {
            Instance candidate = candidates.get((start + i) % candidates.size());
            int tier = rotationTier(candidate);
            if (best == null || tier < bestTier || tier == bestTier && candidate.mailbox.undelivered() < best.mailbox.undelivered()) {
                best = candidate;
                bestTier = tier;
            }
        }
        return best;
    }

    /**
     * When no instance is in rotation, the order of the fallback: 0 in rotation, 1 out of rotation
     * as a bad instance, 2 held by a client's lock. The rule itself is {@link Instance#takesNewMessages}.
     */
    private static int rotationTier(Instance instance) {
        return instance.lock != null ? 2 : instance.outOfRotation != null ? 1 : 0;
    }

    /** Counted whether or not a DeadLetters reflex keeps it (the counter read 0 while DeadLetterMailbox held 16). */
    void deadLetter(Message message) {
        deadLetters++;
        if (!reflexes.deadLetter(message)) {
            if (LOG.isDebugEnabled()) {
                lock.afterUnlock(() -> LOG.debug("dead letter {}", message));
            }
        }
    }

    /** Sends what the instance may receive now: within its window, its credit and writability. */
    void pump(Instance instance) {
        Mailbox mailbox = instance.mailbox;
        Sink sink = instance.sink();
        BrokerObserver watching = observer;
        boolean watched = watching.followsMessages();
        while (instance.credit > 0 && mailbox.hasQueued() && mailbox.inFlightCount() < instance.window()
                && sink.isWritable()) {
            instance.credit--;
            delivered++;
            if (mailbox.inFlightCount() == 0) {
                instance.progressAt = System.currentTimeMillis(); // the time it has to acknowledge starts now
            }
            Message next = mailbox.startNext();
            sink.deliver(next);
            if (watched) {
                watching.delivered(instance, next);
            }
            if (instance.router && !next.isPersistent()) {
                mailbox.acknowledge(next.id()); // best effort: an ordinary message is gone once handed to the link
            }
        }
    }

    // ---- consuming -------------------------------------------------------------------------

    /** The service has processed these messages: they leave its mailbox (and the journal). */
    public void acknowledge(Instance instance, long[] messageIds, int count) {
        lock.lock();
        try {
            BrokerObserver watching = observer;
            boolean watched = watching.followsMessages();
            for (int i = 0; i < count; i++) {
                Message message = instance.mailbox.acknowledge(messageIds[i]);
                if (message != null) {
                    acknowledged++;
                    if (watched) {
                        watching.acknowledged(instance, message.id());
                    }
                    if (message.isPersistent()) {
                        ledger.reached(message, instance.who());
                    }
                }
            }
            if (count > 0) {
                answered(instance);
            }
            pump(instance);
            resumeHandOff(instance);
        } finally {
            lock.unlock();
        }
    }

    public void acknowledge(Instance instance, long... messageIds) {
        acknowledge(instance, messageIds, messageIds.length);
    }

    /** Polling mode: the service asks for up to {@code max} more messages. */
    public void fetch(Instance instance, int max) {
        lock.lock();
        try {
            if (instance.mode() == DeliveryMode.POLLING && max > 0) {
                instance.credit = Math.min(instance.credit + max, Integer.MAX_VALUE);
            }
            pump(instance);
        } finally {
            lock.unlock();
        }
    }

    /** The transport can take deliveries again (the channel became writable). */
    public void resume(Instance instance) {
        lock.lock();
        try {
            if (instance.registered) {
                pump(instance);
            }
        } finally {
            lock.unlock();
        }
    }

    // ---- calls -----------------------------------------------------------------------------

    /**
     * A synchronous request: a local service answers at once; otherwise the least loaded
     * matching instance receives it as a CALL message and its REPLY goes back to the caller.
     */
    public void call(Instance caller, long requestId, ServiceUser to, String event, byte[] body) {
        call(caller, requestId, to, event, body, Map.of());
    }

    /** A call with {@code properties}, which its callee receives with the request. */
    public void call(Instance caller, long requestId, ServiceUser to, String event, byte[] body, Map<String, String> properties) {
        call(caller, requestId, caller.who(), to, event, body, List.of(), properties);
    }

    /** A CALL through the caller's instance lock {@code lockId}: to the locked instance, after the message filters. */
    public void callThroughLock(Instance caller, long requestId, long lockId, ServiceUser to, String event, byte[] body,
            Map<String, String> properties) {
        lock.lock();
        try {
            InstanceLock held = heldBy(caller, lockId);
            if (held == null) {
                caller.sink().callFailed(requestId, noLock(lockId));
                return;
            }
            Optional<Message> request = reflexes.filterSeed(
                    new Message(nextMessageId++, caller.who(), intern(to), event, Message.CALL, body, System.currentTimeMillis(), List.of(),
                            properties));
            if (request.isEmpty()) {
                caller.sink().callFailed(requestId, "the call to " + to + " was refused by a message filter of server " + identity);
                return;
            }
            deliverCall(caller, requestId, request.get(), held.locked());
        } finally {
            lock.unlock();
        }
    }

    void call(Instance caller, long requestId, ServiceUser from, ServiceUser to, String event, byte[] body, List<RouteHop> route,
            Map<String, String> properties) {
        lock.lock();
        try {
            Message asked = new Message(nextMessageId++, from, intern(to), event, Message.CALL, body, System.currentTimeMillis(), route,
                    properties);
            // the same message filters as a POST: a filter used for access control cannot be sidestepped by calling
            Optional<Message> filtered = reflexes.filterSeed(asked);
            if (filtered.isEmpty()) {
                caller.sink().callFailed(requestId, "the call to " + to + " was refused by a message filter of server " + identity);
                return;
            }
            Message request = filtered.get();
            RouterTable.Router explicit = routers.openExplicitFor(request);
            if (explicit != null) {
                explicit.link.forwardCall(request, caller.sink(), requestId);
                return;
            }
            Optional<LocalService> local = reflexes.localService(request.to(), request.event());
            if (local.isPresent()) {
                byte[] answer;
                try {
                    answer = local.get().handle(request);
                } catch (RuntimeException e) {
                    caller.sink().callFailed(requestId, e.getMessage());
                    return;
                }
                caller.sink().replied(requestId, answer);
                return;
            }
            Instance callee = enabled ? calleeFor(request, request.to()) : null;
            if (callee == null) {
                RouterTable.Router neighbour = routers.openNeighbourFor(request);
                if (neighbour != null) {
                    neighbour.link.forwardCall(request, caller.sink(), requestId);
                } else if (!enabled) {
                    caller.sink().callFailed(requestId, "server " + identity + " is disabled");
                } else if (!matchingEnabled(request.to()).isEmpty()) {
                    caller.sink().callFailed(requestId, "the delivery filters of server " + identity + " let the call reach no instance of "
                            + request.to());
                } else {
                    caller.sink().callFailed(requestId, "no service registered as " + request.to() + " on server " + identity);
                }
                return;
            }
            deliverCall(caller, requestId, request, callee);
        } finally {
            lock.unlock();
        }
    }

    private void deliverCall(Instance caller, long requestId, Message request, Instance callee) {
        pendingCalls.put(request.id(), new PendingCall(caller, requestId, callee, System.currentTimeMillis()));
        callee.mailbox.add(request);
        pump(callee);
    }

    // ---- rotation and locks ----------------------------------------------------------------

    /** Sets when instances leave anycast rotation and when idle locks end. */
    public void setRotationLimits(RotationLimits limits) {
        lock.lock();
        try {
            rotationLimits = limits;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes out of anycast rotation the instances that stopped answering — a CALL waiting past
     * its limit, messages in flight with no acknowledgement past its limit — and ends the locks
     * left idle. Run every few hundred milliseconds ({@code OpenMomServer}); an instance comes back
     * as soon as it answers ({@link #answered}).
     */
    public void checkRotation() {
        checkRotation(System.currentTimeMillis());
    }

    /** {@link #checkRotation()} as if it were {@code now} (tests: past a limit without waiting for it). */
    void checkRotation(long now) {
        lock.lock();
        try {
            long callLimit = rotationLimits.call().toMillis();
            for (PendingCall call : pendingCalls.values()) {
                if (now - call.sentAt() > callLimit) {
                    takeOutOfRotation(call.callee(), "a CALL waited more than " + seconds(callLimit) + " for its reply");
                }
            }
            long ackLimit = rotationLimits.acknowledgement().toMillis();
            for (List<Instance> instances : registry.values()) {
                for (Instance instance : instances) {
                    int inFlight = instance.mailbox.inFlightCount();
                    if (inFlight > 0 && now - instance.progressAt > ackLimit) {
                        takeOutOfRotation(instance, inFlight + " messages in flight and no acknowledgement for " + seconds(ackLimit));
                    }
                }
            }
            long idle = rotationLimits.lockIdle().toMillis();
            List<InstanceLock> ended = new ArrayList<>();
            for (InstanceLock held : locks.values()) {
                if (now - held.lastUseAt > idle) {
                    ended.add(held);
                }
            }
            for (InstanceLock held : ended) {
                release(held);
                lock.afterUnlock(() -> LOG.info("lock {} of {} on {} ended: unused for {}", held.id(), held.owner(), held.locked(), seconds(idle)));
            }
        } finally {
            lock.unlock();
        }
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private void takeOutOfRotation(Instance instance, String why) {
        if (instance.outOfRotation == null && instance.registered) {
            instance.outOfRotation = why;
            anycast.refresh(instance);
            lock.afterUnlock(() -> LOG.warn("{} is out of anycast rotation: {} — it comes back when it answers again", instance, why));
        }
    }

    /** The instance acknowledged or replied: its time runs anew, and a bad one is back in rotation. */
    private void answered(Instance instance) {
        instance.progressAt = System.currentTimeMillis();
        if (instance.outOfRotation != null) {
            instance.outOfRotation = null;
            anycast.refresh(instance);
            lock.afterUnlock(() -> LOG.info("{} answers again: back in anycast rotation", instance));
        }
    }

    /**
     * Locks for {@code owner} the least loaded instance of {@code to} in rotation (neither bad nor
     * locked): its later POSTs and CALLs through the lock go there, and other clients' anycast
     * skips it until {@link #unlock}, the owner leaves, the instance leaves, or it stays unused
     * past the idle limit.
     */
    public LockOutcome lock(Instance owner, ServiceUser to) {
        lock.lock();
        try {
            Instance chosen = enabled ? anycastChoice(to) : null;
            if (chosen == null || !chosen.takesNewMessages() || chosen == owner) {
                List<Instance> matching = enabled ? matchingEnabled(to) : List.of();
                return LockOutcome.refused(matching.isEmpty() ? "no instance of " + to + " is registered on server " + identity
                        : "every instance of " + to + " on server " + identity + " (" + matching.size()
                                + ") is locked or out of rotation — try again later");
            }
            InstanceLock held = new InstanceLock(nextLockId++, owner, chosen, System.currentTimeMillis());
            chosen.lock = held;
            anycast.refresh(chosen);
            locks.put(held.id(), held);
            return LockOutcome.locked(held);
        } finally {
            lock.unlock();
        }
    }

    /** Ends {@code owner}'s lock {@code lockId}; false if it holds no such lock (any more). */
    public boolean unlock(Instance owner, long lockId) {
        lock.lock();
        try {
            InstanceLock held = heldBy(owner, lockId);
            if (held != null) {
                release(held);
            }
            return held != null;
        } finally {
            lock.unlock();
        }
    }

    /** The lock {@code lockId} if {@code owner} holds it, marked as used now; null otherwise. */
    private InstanceLock heldBy(Instance owner, long lockId) {
        InstanceLock held = locks.get(lockId);
        if (held == null || held.owner() != owner) {
            return null;
        }
        held.lastUseAt = System.currentTimeMillis();
        return held;
    }

    private String noLock(long lockId) {
        return "no lock " + lockId + " of yours on server " + identity + ": it ended (unlocked, unused for "
                + seconds(rotationLimits.lockIdle().toMillis()) + ", or its instance went away) — lock an instance again";
    }

    private void release(InstanceLock held) {
        locks.remove(held.id());
        if (held.locked().lock == held) {
            held.locked().lock = null;
            anycast.refresh(held.locked());
        }
    }

    /** The locks {@code instance} holds and the one held on it end when it leaves. */
    private void releaseLocksOf(Instance instance) {
        if (locks.isEmpty()) {
            return;
        }
        List<InstanceLock> ending = new ArrayList<>();
        for (InstanceLock held : locks.values()) {
            if (held.owner() == instance || held.locked() == instance) {
                ending.add(held);
            }
        }
        ending.forEach(this::release);
    }

    /** The instances among {@code candidates} the delivery filters let {@code call} reach. */
    private List<Instance> allowedCallees(Message call, List<Instance> candidates) {
        List<Instance> allowed = new ArrayList<>(candidates.size());
        for (Instance candidate : candidates) {
            if (reflexes.allowDelivery(call, candidate.who())) {
                allowed.add(candidate);
            }
        }
        return allowed;
    }

    /**
     * {@code replier} answers the CALL message {@code messageId}; this also acknowledges it. Only
     * the instance the CALL was delivered to answers it: message ids are sequential, so any
     * other instance could otherwise forge the answer to a call it can guess the id of.
     */
    public void reply(Instance replier, long messageId, byte[] body) {
        lock.lock();
        try {
            boolean inMailbox = replier.mailbox.acknowledge(messageId) != null;
            if (inMailbox) {
                acknowledged++;
            }
            answered(replier);
            PendingCall call = pendingCalls.get(messageId);
            if (call != null && call.callee() == replier) {
                pendingCalls.remove(messageId);
                if (call.caller().registered) {
                    call.caller().sink().replied(call.requestId(), body);
                }
            } else if (!inMailbox) {
                strayReplies++;
                lock.afterUnlock(() -> LOG.debug("ignored a REPLY to message {} from {}: no call delivered to it waits under that id", messageId, replier));
            }
            pump(replier);
        } finally {
            lock.unlock();
        }
    }

    // ---- status ----------------------------------------------------------------------------

    /**
     * Bounds each mailbox: once it holds {@code limit} undelivered messages, new non-persistent
     * copies for it are dropped and counted ({@link BrokerCounters#overflows()}); persistent ones
     * are still taken (they are on disk and must not be lost).
     */
    public void setMailboxLimit(int limit) {
        lock.lock();
        try {
            this.mailboxLimit = Math.max(1, limit);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Bounds the bytes of messages the server holds ({@link HeldMemory}): above three quarters
     * of it senders are slowed down, past it posts are refused, so a stalled consumer cannot
     * exhaust the heap.
     */
    public void setMemoryBound(long bytes) {
        lock.lock();
        try {
            memory.setBound(bytes);
            pages.fitTo(bytes);
        } finally {
            lock.unlock();
        }
    }

    /** Half the heap: what is left holds connections, buffers and the journal's batches. */
    public static long defaultMemoryBound() {
        return Runtime.getRuntime().maxMemory() / 2;
    }

    public boolean isEnabled() {
        lock.lock();
        try {
            return enabled;
        } finally {
            lock.unlock();
        }
    }

    /** A disabled server accepts no registrations and posts nothing locally (it only routes). */
    public void setEnabled(boolean enabled) {
        lock.lock();
        try {
            if (this.enabled != enabled) {
                this.enabled = enabled;
                observer.serverStatusChanged(enabled);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Enables or disables every registered instance matching {@code pattern}: a disabled service
     * gets no new messages (what is already in its mailbox stays). Returns how many changed.
     */
    public int setServiceEnabled(ServiceUser pattern, boolean enable) {
        lock.lock();
        try {
            int changed = 0;
            for (Map.Entry<ServiceUser, List<Instance>> entry : registry.entrySet()) {
                if (pattern.matches(entry.getKey())) {
                    for (Instance instance : entry.getValue()) {
                        if (instance.enabled != enable) {
                            changed++;
                            instance.enabled = enable;
                            anycast.refresh(instance);
                            observer.instanceStatusChanged(instance, enable);
                        }
                    }
                }
            }
            return changed;
        } finally {
            lock.unlock();
        }
    }

    /** Registered services matching {@code pattern}, sorted by service then user. */
    public List<UserEntry> users(ServiceUser pattern) {
        lock.lock();
        try {
            List<UserEntry> users = new ArrayList<>();
            for (Map.Entry<ServiceUser, List<Instance>> entry : registry.entrySet()) {
                if (pattern.matches(entry.getKey())) {
                    boolean anyEnabled = false;
                    int undelivered = 0;
                    int outOfRotation = 0;
                    int locked = 0;
                    for (Instance instance : entry.getValue()) {
                        anyEnabled |= instance.enabled;
                        undelivered += instance.mailbox.undelivered();
                        outOfRotation += instance.outOfRotation != null ? 1 : 0;
                        locked += instance.lock != null ? 1 : 0;
                    }
                    users.add(new UserEntry(entry.getKey(), entry.getValue().size(), anyEnabled, undelivered, identity.toString(),
                            outOfRotation, locked));
                }
            }
            for (ServiceUser local : reflexes.localServices()) {
                if (pattern.matches(local)) {
                    users.add(new UserEntry(local, 1, true, 0, identity.toString()));
                }
            }
            users.sort(Comparator.comparing((UserEntry u) -> u.who().service()).thenComparing(u -> u.who().user()));
            return users;
        } finally {
            lock.unlock();
        }
    }

    /** Undelivered messages in the mailbox of {@code instance} (queued and in flight). */
    public int undelivered(Instance instance) {
        lock.lock();
        try {
            return instance.mailbox.undelivered();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Sets the backlog marks: a post that leaves a consumer's (callback mode) mailbox with
     * {@code high} or more undelivered messages, or {@code highBytes} or more bytes of their
     * bodies, tells its sender to {@link Sink#slowDown()}; {@link #isRelieved()} turns true once
     * every consumer's mailbox is below {@code low} and {@code lowBytes}.
     */
    public void setBacklogMarks(int high, int low, long highBytes, long lowBytes) {
        lock.lock();
        try {
            backlogHigh = Math.max(1, high);
            backlogLow = Math.max(0, Math.min(low, backlogHigh));
            backlogHighBytes = Math.max(1, highBytes);
            backlogLowBytes = Math.max(0, Math.min(lowBytes, backlogHighBytes));
            backlogs.marks(backlogLow, backlogLowBytes);
            for (List<Instance> instances : registry.values()) {
                instances.forEach(backlogs::changed);
            }
            routers.queues().forEach(backlogs::changed);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Whether senders told to slow down may go on: every consumer and router below the low backlog mark, held
     * memory below half the bound, the store's queue of writes nearly empty.
     */
    public boolean isRelieved() {
        lock.lock();
        try {
            return memory.isLow() && ledger.isDrained() && !backlogs.any();
        } finally {
            lock.unlock();
        }
    }

    /**
     * What an activation supervisor weighs before starting a program for {@code service}
     * (org.openmom.server.activation): the seeds waiting for it, and its instances, busy or not.
     */
    public ServiceDemand demand(String service) {
        lock.lock();
        try {
            int instances = 0;
            int busy = 0;
            for (Map.Entry<ServiceUser, List<Instance>> entry : registry.entrySet()) {
                if (entry.getKey().service().equals(service)) {
                    for (Instance instance : entry.getValue()) {
                        instances++;
                        // working on messages with more waiting behind them; one that has not fetched yet is not busy
                        if (!instance.enabled || instance.mailbox.hasQueued() && instance.mailbox.inFlightCount() > 0) {
                            busy++;
                        }
                    }
                }
            }
            return new ServiceDemand(serverMailbox.waitingForService(service), instances, busy);
        } finally {
            lock.unlock();
        }
    }

    /** The persistent seeds waiting in the server mailbox, oldest first. */
    public List<Message> waitingSeeds() {
        lock.lock();
        try {
            return serverMailbox.snapshot();
        } finally {
            lock.unlock();
        }
    }

    public BrokerCounters counters() {
        lock.lock();
        try {
            int instances = 0;
            int waitingSeeds = serverMailbox.size();
            for (List<Instance> list : registry.values()) {
                instances += list.size();
                for (int i = 0; i < list.size(); i++) {
                    // in neither mailbox for now, still waiting: the chunk being read back, those a filter kept
                    waitingSeeds += list.get(i).seedsInTransit + list.get(i).refusedOnHandOffCount();
                }
            }
            return new BrokerCounters(posted, delivered, acknowledged, deadLetters, overflows, waitingSeeds, instances,
                    memory.held(), memory.bound(), memoryRefusals, routing.routedDuplicates(), routing.routedLoops(), strayReplies,
                    storeRefusals, ledger.troubles());
        } finally {
            lock.unlock();
        }
    }

    // ---- administration --------------------------------------------------------------------

    /** Routers: this server's (their queues) and other servers' (their links here) — docs/routers.md. */
    public BrokerRouting routing() {
        return routing;
    }

    /** What administrators read and change beyond the service-facing calls (DESIGN.md §7). */
    public BrokerAdministration administration() {
        return administration;
    }

    /**
     * Tells {@code newObserver} of every change from now on (one observer: the server's watch
     * hub, which fans out). Set before or while serving; {@link BrokerObserver#NONE} to stop.
     */
    public void observe(BrokerObserver newObserver) {
        lock.lock();
        try {
            observer = newObserver == null ? BrokerObserver.NONE : newObserver;
        } finally {
            lock.unlock();
        }
    }

    /**
     * For the broker's collaborators, which it calls under its lock (reflexes above all): runs
     * {@code work} — a log line, which may write to disk — on this thread once the lock is
     * released. Called without the lock (at start, in tests), runs it at once.
     */
    public void afterUnlock(Runnable work) {
        if (lock.isHeldByCurrentThread()) {
            lock.afterUnlock(work);
        } else {
            work.run();
        }
    }

    // The accessors below let BrokerAdministration and BrokerRouting work on the core's state under the same lock.

    HeldMemory memory() {
        return memory;
    }

    BacklogCount backlogs() {
        return backlogs;
    }

    Reflexes reflexes() {
        return reflexes;
    }

    /** Whether the server is enabled; the caller holds the lock. */
    boolean enabledNow() {
        return enabled;
    }

    long newInstanceId() {
        return nextInstanceId++;
    }

    /** The id the next message will have: a caller that sees it grow knows a message was made. */
    long nextMessageId() {
        return nextMessageId;
    }

    /** Calls {@code caller} made will get no answer through it: it went away. */
    void dropCallsOf(Instance caller) {
        pendingCalls.values().removeIf(call -> call.caller() == caller);
    }

    BrokerLock lock() {
        return lock;
    }

    BrokerObserver observer() {
        return observer;
    }

    Map<ServiceUser, List<Instance>> registry() {
        return registry;
    }

    ServerMailbox serverMailbox() {
        return serverMailbox;
    }

    /** The routers' queues (instances whose sink is a router's link), in creation order. */
    Collection<Instance> routerQueues() {
        return routers.queues();
    }

    PersistentLedger ledger() {
        return ledger;
    }

    /** A deleted CALL message will get no reply: its caller learns it at once. */
    void callDeleted(long messageId, String reason) {
        PendingCall call = pendingCalls.remove(messageId);
        if (call != null) {
            call.caller().sink().callFailed(call.requestId(), reason);
        }
    }

    /** Sends what a mailbox may send again after an administrator removed in-flight messages. */
    void resumeDelivery(Instance instance) {
        pump(instance);
        resumeHandOff(instance);
    }

    // ---- internals -------------------------------------------------------------------------

    /**
     * A replayed record: its message whole, or a stub whose {@code bodyLength} bytes lie at
     * {@code bodyOffset} of {@code bodies} (when the server mailbox keeps no more bodies in memory).
     */
    private void recovered(Message message, List<ServiceUser> targets, StoredBodies bodies, long bodyOffset, int bodyLength) {
        nextMessageId = Math.max(nextMessageId, message.id() + 1);
        routing.recovered(message);
        if (targets.isEmpty()) {
            return; // a marker: consumed here, remembered until its sender forgets it
        }
        ledger.recovered(message, targets);
        for (ServiceUser target : targets) {
            if (target.service().equals(ROUTER_SERVICE)) {
                routing.keptFor(target.user(), message);
            } else {
                serverMailbox.keep(message.to().equals(target) ? message : message.withTo(target), bodies, bodyOffset, bodyLength);
            }
        }
    }

    /** Whether some of {@code targets} are the queues of routers, which keep whole messages. */
    private static boolean isForRouters(List<ServiceUser> targets) {
        for (int i = 0; i < targets.size(); i++) {
            if (targets.get(i).service().equals(ROUTER_SERVICE)) {
                return true;
            }
        }
        return false;
    }

    /** Shares one object per distinct address: queued messages then cost no name strings. */
    private ServiceUser intern(ServiceUser name) {
        ServiceUser known = interned.get(name);
        if (known != null) {
            return known;
        }
        if (interned.size() < MAX_INTERNED) {
            interned.put(name, name);
        }
        return name;
    }

    private String internEvent(String event) {
        String known = events.get(event);
        if (known != null) {
            return known;
        }
        if (events.size() < MAX_INTERNED) {
            events.put(event, event);
        }
        return event;
    }

}
