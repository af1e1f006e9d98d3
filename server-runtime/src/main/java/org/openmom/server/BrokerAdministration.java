package org.openmom.server;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.agrona.collections.Long2ObjectHashMap;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * What administrators read and change in the broker core: instances with their state, pages of
 * mailboxes (a router's queue is paged and deleted from like the mailbox of an instance) and of
 * the server mailbox, one message wherever it is, deletes and instance statuses. Works under the
 * broker's lock like every broker call (same lock order) and keeps each hold short: pages of a
 * mailbox are visited in place; what scales with the backlog — a purge, a walk of the ledger to a
 * page or for a copy, the copies for a search — is done a chunk or a mailbox per hold
 * ({@link BrokerLock#inChunks}), so that no administrator stops the other clients.
 */
public final class BrokerAdministration {
    private final Broker broker;
    private long deleted;

    /** The sections of the server mailbox (guide: "Mailbox"). */
    public enum SeedSection {
        /** Ordinary (not persistent, not global) messages still in some mailbox or router, once per id. */
        MESSAGE_SEEDS,
        /** Persistent seeds (not global) not yet acknowledged by every target, waiting ones included. */
        PERSISTENT_MESSAGE_SEEDS,
        /** Global messages that came from another server through a router, still held here. */
        GLOBAL_MESSAGES,
        /** Global seeds posted here and still held (persistent, or in some mailbox or router). */
        GLOBAL_MESSAGE_SEEDS
    }

    /** One registered instance as administrators see it. */
    /**
     * @param rotation       why anycast skips it (out of rotation, or locked by whom), or null
     * @param handOffBacklog waiting seeds still to be handed to it from the server mailbox ({@code Broker#handOffBacklog})
     */
    public record InstanceState(long id, ServiceUser who, boolean administration, boolean enabled, long registeredAt,
            String remoteAddress, int undelivered, int inFlight, DeliveryMode mode, String rotation, int handOffBacklog) {}

    /** A message of a page; {@code inFlight}: sent to the service, not yet acknowledged. */
    public record Entry(Message message, boolean inFlight) {}

    /** A page and the size of what it was cut from. */
    public record Slice(int total, List<Entry> entries) {}

    /**
     * Where a message is.
     *
     * @param instanceIds    the service instances (and routers' queues) whose mailbox holds it
     * @param waiting        whether its seed waits in the server mailbox for a recipient
     * @param persistentSeed whether its persistent seed is still held (journaled)
     */
    public record Whereabouts(Message message, List<Long> instanceIds, boolean waiting, boolean persistentSeed) {}

    /**
     * A message an administrator removed, and for whom it was held: the (service, user) of the
     * mailbox it left, or its own address for a seed (where a restore posts it again).
     */
    public record Removed(ServiceUser heldFor, Message message) {}

    /** What a purge would remove: the messages in the mailboxes of the instances matched, and the seeds waiting. */
    public record Waiting(int instances, long inMailboxes, long seeds) {}

    /**
     * The messages of one place, copied by reference (messages are immutable): a service
     * instance's mailbox or router queue ({@code instanceId} &gt; 0), or the seeds waiting in the
     * server mailbox ({@code instanceId} 0, {@code who} null). {@code whole} gives a message with
     * its body: a paged seed is held without it, and read back from its page file only then,
     * outside the broker lock.
     */
    public record Place(long instanceId, ServiceUser who, List<Message> messages, UnaryOperator<Message> whole) {
        /** {@code held} with its body; empty when the body left its page file since the copy (delivered or purged meanwhile). */
        public Optional<Message> withBody(Message held) {
            try {
                return Optional.of(whole.apply(held));
            } catch (UncheckedIOException gone) {
                return Optional.empty();
            }
        }
    }

    BrokerAdministration(Broker broker) {
        this.broker = broker;
    }

    /** Every registered instance, by service, user, then registration. */
    public List<InstanceState> instances() {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            List<InstanceState> states = new ArrayList<>();
            for (List<Instance> same : broker.registry().values()) {
                for (Instance instance : same) {
                    states.add(state(instance));
                }
            }
            states.sort(Comparator.comparing((InstanceState s) -> s.who().service())
                    .thenComparing(s -> s.who().user()).thenComparingLong(InstanceState::id));
            return states;
        } finally {
            lock.unlock();
        }
    }

    /** Messages and seeds administrators deleted since start. */
    public long deletedCount() {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            return deleted;
        } finally {
            lock.unlock();
        }
    }

    /**
     * A page of one instance's mailbox or of one router's queue, or empty when no instance or
     * router queue {@code instanceId} exists.
     */
    public Optional<Slice> mailbox(long instanceId, int offset, int limit, boolean newestFirst) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            Instance instance = holder(instanceId);
            if (instance == null) {
                return Optional.empty();
            }
            List<Entry> entries = new ArrayList<>(Math.min(limit, 1024));
            instance.mailbox.page(offset, limit, newestFirst, (message, inFlight) -> entries.add(new Entry(message, inFlight)));
            return Optional.of(new Slice(instance.mailbox.undelivered(), entries));
        } finally {
            lock.unlock();
        }
    }

    /**
     * A page of a section of the server mailbox. Persistent seeds are paged in place from the
     * ledger (ordered by id), the walk to the page {@value LedgerWalk#PART} seeds per hold of the
     * lock; ordinary and global seeds are gathered from the mailboxes and the routers' queues,
     * which costs one pass over the messages they hold.
     */
    public Slice seeds(SeedSection section, int offset, int limit, boolean newestFirst) {
        if (section == SeedSection.PERSISTENT_MESSAGE_SEEDS) {
            return persistentPage(offset, limit, newestFirst);
        }
        List<Message> byId = gathered(section);
        return locked(() -> listPage(byId, offset, limit, newestFirst, broker.serverMailbox()::whole));
    }

    /**
     * A whole section of the server mailbox, oldest first, copied by reference for an export: paged
     * seeds without their bodies, which the place's {@code whole} reads back one at a time outside
     * the lock (a section of a million paged seeds is not read into the heap at once). The
     * persistent seeds are copied {@value LedgerWalk#PART} per hold of the lock.
     */
    public Place sectionCopy(SeedSection section) {
        if (section == SeedSection.PERSISTENT_MESSAGE_SEEDS) {
            return persistentCopy();
        }
        List<Message> seeds = gathered(section);
        return new Place(0, null, seeds, partBodies(seeds));
    }

    /** The messages of a section other than the persistent seeds, by id: a mailbox per hold of the lock, the ledger a part per hold. */
    private List<Message> gathered(SeedSection section) {
        return switch (section) {
            case MESSAGE_SEEDS -> held(m -> !m.isPersistent() && !m.isGlobal());
            case GLOBAL_MESSAGES -> globals(true);
            case GLOBAL_MESSAGE_SEEDS -> globals(false);
            case PERSISTENT_MESSAGE_SEEDS -> throw new IllegalArgumentException("the persistent seeds are walked a part at a time");
        };
    }

    /** A page of the persistent seeds (not global), walked to a part per hold of the lock. */
    private Slice persistentPage(int offset, int limit, boolean newestFirst) {
        LedgerWalk walk = new LedgerWalk(broker.ledger(), newestFirst);
        List<Entry> entries = new ArrayList<>(Math.min(limit, 1024));
        int[] skip = {offset};
        int[] total = {0};
        broker.lock().inChunks(() -> {
            total[0] = broker.ledger().count(false);
            return walk.part(seed -> {
                if (seed.isGlobal()) {
                    return true;
                }
                if (skip[0] > 0) {
                    skip[0]--;
                    return true;
                }
                if (entries.size() < limit) {
                    entries.add(new Entry(broker.serverMailbox().whole(seed), false));
                }
                return entries.size() < limit;
            });
        });
        return new Slice(total[0], entries);
    }

    /**
     * The persistent seeds (not global) as held, copied a part per hold of the lock, with how to
     * read the paged bodies back: each part notes where its own paged bodies are.
     */
    private Place persistentCopy() {
        LedgerWalk walk = new LedgerWalk(broker.ledger(), false);
        List<Message> seeds = new ArrayList<>();
        PartBodies bodies = new PartBodies();
        broker.lock().inChunks(() -> {
            int first = seeds.size();
            boolean more = walk.part(seed -> {
                if (!seed.isGlobal()) {
                    seeds.add(seed);
                }
                return true;
            });
            bodies.add(seeds.subList(first, seeds.size()), broker.serverMailbox());
            return more;
        });
        return new Place(0, null, seeds, bodies);
    }

    /** How to read back the paged bodies of {@code byId}, noted a part per hold of the lock. */
    private PartBodies partBodies(List<Message> byId) {
        PartBodies bodies = new PartBodies();
        for (int from = 0; from < byId.size(); from += LedgerWalk.PART) {
            List<Message> part = byId.subList(from, Math.min(from + LedgerWalk.PART, byId.size()));
            if (part.stream().anyMatch(ServerMailbox::isStub)) {
                broker.underLock(() -> bodies.add(part, broker.serverMailbox()));
            }
        }
        return bodies;
    }

    /**
     * The global messages held here, by id: those that came from another server ({@code routed})
     * or those posted here. Persistent ones from the ledger, the others from the mailboxes.
     */
    private List<Message> globals(boolean routed) {
        List<Message> globals = held(m -> !m.isPersistent() && m.isGlobal() && m.isRouted() == routed);
        LedgerWalk walk = new LedgerWalk(broker.ledger(), false);
        broker.lock().inChunks(() -> walk.part(seed -> {
            if (seed.isGlobal() && seed.isRouted() == routed) {
                globals.add(seed);
            }
            return true;
        }));
        globals.sort(Comparator.comparingLong(Message::id));
        return globals;
    }

    /** Messages held in mailboxes and routers' queues matching {@code wanted}, once per id, by id. */
    private List<Message> held(Predicate<Message> wanted) {
        List<Message> found = new ArrayList<>();
        for (Place mailbox : mailboxCopies()) {
            for (Message message : mailbox.messages()) {
                if (wanted.test(message)) {
                    found.add(message);
                }
            }
        }
        // mostly sorted runs (one per mailbox): the merge sort is close to linear here
        found.sort(Comparator.comparingLong(Message::id));
        List<Message> distinct = new ArrayList<>(found.size());
        long last = Long.MIN_VALUE;
        for (Message message : found) {
            if (message.id() != last) {
                distinct.add(message);
                last = message.id();
            }
        }
        return distinct;
    }

    private static Slice listPage(List<Message> byId, int offset, int limit, boolean newestFirst, UnaryOperator<Message> whole) {
        List<Entry> entries = new ArrayList<>();
        int size = byId.size();
        for (int i = offset; i < size && entries.size() < limit; i++) {
            entries.add(new Entry(whole.apply(byId.get(newestFirst ? size - 1 - i : i)), false));
        }
        return new Slice(size, entries);
    }

    /** Where message {@code messageId} is, if the server still holds it anywhere. */
    public Optional<Whereabouts> find(long messageId) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            Message found = broker.ledger().message(messageId);
            boolean persistentSeed = found != null;
            List<Long> instanceIds = new ArrayList<>();
            for (Instance instance : holders()) {
                Message copy = instance.mailbox.find(messageId);
                if (copy != null) {
                    instanceIds.add(instance.id());
                    found = found == null ? copy : found;
                }
            }
            // only a persistent seed waits: the server mailbox is looked through for no other
            boolean waiting = persistentSeed && broker.serverMailbox().contains(messageId, broker.ledger().targets(messageId));
            if (found == null) {
                return Optional.empty();
            }
            return Optional.of(new Whereabouts(found, instanceIds, waiting, persistentSeed));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes messages from the mailbox of one instance or from one router's queue, all under one
     * hold of the lock: the instance cannot go away half-way, so a request either finds it and
     * deletes what is there, or changes nothing (an administrator told "refused" after part of
     * the messages went would think them still there — found by torture R8). A persistent
     * message no other target still needs leaves the journal.
     *
     * @return the ids that were not there
     * @throws IllegalArgumentException when no instance or router queue {@code instanceId} exists
     */
    public List<Long> deleteFromMailbox(long instanceId, List<Long> messageIds) {
        return deleteFromMailbox(instanceId, messageIds, removed -> {});
    }

    /** As above, telling {@code removed} (under the lock: keep it short) what left. */
    public List<Long> deleteFromMailbox(long instanceId, List<Long> messageIds, Consumer<Removed> removed) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            Instance instance = holder(instanceId);
            if (instance == null) {
                throw new IllegalArgumentException("no service instance or router queue " + instanceId + " is registered on server "
                        + broker.identity() + " (it went away?) — refresh");
            }
            List<Long> notFound = new ArrayList<>();
            Long2ObjectHashMap<Message> found = instance.mailbox.removeAll(messageIds);
            for (long messageId : messageIds) {
                Message message = found.remove(messageId); // an id given twice is removed once
                if (message == null) {
                    notFound.add(messageId);
                    continue;
                }
                removedFrom(instance, message);
                removed.accept(new Removed(instance.who(), message));
                if (message.isPersistent()) {
                    broker.ledger().reached(message, instance.who());
                }
            }
            broker.resumeDelivery(instance);
            return notFound;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Deletes the seed {@code messageId} and every copy of it: from every service mailbox and
     * router queue, from the server mailbox, and from the journal.
     *
     * @return how many places held it (each mailbox counts one; the server mailbox one)
     */
    public int deleteEverywhere(long messageId) {
        return deleteEverywhere(messageId, removed -> {});
    }

    /**
     * As above, telling {@code removed} (under the lock: keep it short) what left: the copy of
     * each mailbox, or the seed alone when no mailbox held a copy.
     */
    public int deleteEverywhere(long messageId, Consumer<Removed> removed) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            int count = 0;
            Message seen = null;
            for (Instance instance : holders()) {
                Message message = instance.mailbox.remove(messageId);
                if (message != null) {
                    removedFrom(instance, message);
                    removed.accept(new Removed(instance.who(), message));
                    seen = message;
                    count++;
                    broker.resumeDelivery(instance);
                }
            }
            Message seed = broker.ledger().message(messageId);
            // only a persistent seed waits: the server mailbox is looked through for no other
            if (seed != null && broker.serverMailbox().remove(messageId, broker.ledger().targets(messageId)) > 0) {
                count++;
                removedFrom(null, seed);
            }
            if (broker.ledger().forget(messageId) && count == 0) {
                count++;
                removedFrom(null, seed);
            }
            Message kept = seed != null ? seed : seen;
            if (seen == null && kept != null) {
                removed.accept(new Removed(kept.to(), kept));
            }
            return count;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Removes what waits for {@code target} now: the messages in the mailboxes of the instances it
     * matches, then the seeds waiting in the server mailbox for an address it matches; persistent
     * ones leave the journal. Done a chunk per hold of the lock, letting others have it between two
     * chunks ({@link Purge}): messages posted meanwhile are not purged, and one delivered and
     * acknowledged between two chunks is no longer there to purge. Watchers are told per message
     * only for small purges: past {@value #PURGE_EVENTS} they get one resync instead of a million
     * events. Returns when it is done.
     *
     * @param wholeAtMost the last this many removed are handed on whole (what the trash can keep);
     *                    the paged seeds before them come without their bodies, not read back for nothing
     * @param removed     told what left, once the purge is done (not under the lock)
     * @return how many it removed
     */
    public long purge(ServiceUser target, int wholeAtMost, Consumer<Removed> removed) {
        BrokerLock lock = broker.lock();
        Purge purge;
        lock.lock();
        try {
            purge = new Purge(broker, target, wholeAtMost);
        } finally {
            lock.unlock();
        }
        lock.inChunks(() -> {
            int chunk = purge.step();
            if (chunk < 0) {
                purge.finish();
                return false;
            }
            deleted += chunk;
            return true;
        });
        purge.readTail();
        lock.inChunks(() -> purge.dropTail(Purge.CHUNK));
        purge.removed().forEach(removed);
        return purge.count();
    }

    /** What {@link #purge} would remove now: sizes added up under the lock, nothing read or changed. */
    public Waiting waitingFor(ServiceUser target) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            int instances = 0;
            long inMailboxes = 0;
            for (Instance instance : registered()) {
                if (target.matches(instance.who())) {
                    instances++;
                    inMailboxes += instance.mailbox.undelivered();
                }
            }
            return new Waiting(instances, inMailboxes, broker.serverMailbox().countAll(target::matches));
        } finally {
            lock.unlock();
        }
    }

    /** Completes once every journal removal so far is on disk (see {@link MessageStore#removalsDurable}). */
    public CompletableFuture<Void> removalsDurable() {
        return broker.ledger().removalsDurable();
    }

    /** Purges with more removed messages than this tell watchers once, not per message. */
    static final int PURGE_EVENTS = 1_000;

    /**
     * The messages of every service mailbox and router queue, and the seeds waiting in the
     * server mailbox, copied by reference, so that a search or an export reads them without
     * holding the broker: each mailbox, and the seeds of each target, {@value LedgerWalk#PART} per
     * hold of the lock ({@link #copiedInParts}); the seeds sorted by id after it, and where their
     * paged bodies are noted a part per hold.
     */
    public List<Place> places() {
        List<Place> places = mailboxCopies();
        List<Message> seeds = new ArrayList<>();
        for (ServiceUser target : locked(() -> broker.serverMailbox().targets(any -> true))) {
            seeds.addAll(copiedInParts((afterId, upToId, max, into) -> broker.serverMailbox().copyPart(target, afterId, upToId, max, into)));
        }
        seeds.sort(Comparator.comparingLong(Message::id));
        places.add(new Place(0, null, seeds, partBodies(seeds)));
        return places;
    }

    /** Every service mailbox and router queue still there, each copied a part per hold of the lock. */
    private List<Place> mailboxCopies() {
        List<Place> copies = new ArrayList<>();
        for (Instance holder : locked(this::holders)) {
            boolean[] gone = {false};
            List<Message> messages = copiedInParts((afterId, upToId, max, into) -> {
                gone[0] = !holder.registered;
                return !gone[0] && holder.mailbox.copyPart(afterId, upToId, max, into);
            });
            if (!gone[0] || !messages.isEmpty()) {
                copies.add(new Place(holder.id(), holder.who(), messages, UnaryOperator.identity()));
            }
        }
        return copies;
    }

    /** Copies a part of a queue into {@code into}: see {@link Mailbox#copyPart}. */
    @FunctionalInterface
    private interface PartCopy {
        boolean copy(long afterId, long upToId, int max, List<Message> into);
    }

    /**
     * A copy of one queue made a part per hold of the lock, each part resuming after the last id
     * of the one before (a million messages in one hold took 8–13 ms, measured): what it held
     * when the copy began, less what left it meanwhile — those posted since, with newer ids, are
     * left out, so a busy queue does not keep the copy going.
     */
    private List<Message> copiedInParts(PartCopy part) {
        List<Message> copy = new ArrayList<>();
        long[] upToId = {-1};
        broker.lock().inChunks(() -> {
            if (upToId[0] < 0) {
                upToId[0] = broker.nextMessageId() - 1;
            }
            long afterId = copy.isEmpty() ? Long.MIN_VALUE : copy.get(copy.size() - 1).id();
            return part.copy(afterId, upToId[0], LedgerWalk.PART, copy);
        });
        return copy;
    }

    /** What {@code read} gives under the lock. */
    private <T> T locked(Supplier<T> read) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private void removedFrom(Instance instance, Message message) {
        deleted++;
        if (message == null) {
            return;
        }
        broker.callDeleted(message.id(), "an administrator deleted the call before it was answered");
        broker.observer().deleted(instance, message);
    }

    /**
     * Enables or disables one instance: a disabled one gets no new messages.
     *
     * @return its new state, or empty when no instance {@code instanceId} is registered
     */
    public Optional<InstanceState> setEnabled(long instanceId, boolean enable) {
        BrokerLock lock = broker.lock();
        lock.lock();
        try {
            Instance instance = instance(instanceId);
            if (instance == null) {
                return Optional.empty();
            }
            if (instance.enabled != enable) {
                instance.enabled = enable;
                broker.rotationChanged(instance);
                broker.observer().instanceStatusChanged(instance, enable);
            }
            return Optional.of(state(instance));
        } finally {
            lock.unlock();
        }
    }

    /** The registered instance {@code instanceId}, or null. */
    private Instance instance(long instanceId) {
        return byId(instanceId, registered());
    }

    /** The registered instance or router queue {@code instanceId}, or null. */
    private Instance holder(long instanceId) {
        return byId(instanceId, holders());
    }

    private static Instance byId(long instanceId, List<Instance> candidates) {
        for (Instance instance : candidates) {
            if (instance.id() == instanceId) {
                return instance;
            }
        }
        return null;
    }

    private List<Instance> registered() {
        List<Instance> registered = new ArrayList<>();
        broker.registry().values().forEach(registered::addAll);
        return registered;
    }

    /** Whatever holds messages: every registered instance, then every router's queue. */
    private List<Instance> holders() {
        List<Instance> holders = registered();
        holders.addAll(broker.routerQueues());
        return holders;
    }

    private InstanceState state(Instance instance) {
        return new InstanceState(instance.id(), instance.who(), instance.isAdministration(), instance.enabled,
                instance.registeredAt(), instance.remoteAddress(), instance.mailbox.undelivered(),
                instance.mailbox.inFlightCount(), instance.mode(), rotation(instance), broker.handOffBacklog(instance));
    }

    private static String rotation(Instance instance) {
        if (instance.lock != null) {
            return "locked by " + instance.lock.owner();
        }
        return instance.outOfRotation == null ? null : "out of rotation: " + instance.outOfRotation;
    }
}
