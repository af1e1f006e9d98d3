package org.openmom.server;

import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.BrokerAdministration.Removed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One administrator's purge of a target, a chunk per hold of the broker lock, so that every other
 * client goes on while a million messages leave (issue #19). It removes what waited when it
 * started: the messages with an id up to the last one made then ({@link #lastId}), from the
 * mailboxes of the registered instances the target matches, then from the server mailbox. What
 * is posted meanwhile stays; what is delivered and acknowledged between two chunks is simply no
 * longer there to purge, and is not counted.
 *
 * <p>Each step runs under the lock ({@link #step} looks at {@value #CHUNK} messages at most); the
 * caller releases it between steps. A place is done when a step finds nothing to remove among the
 * first messages it looks at: new ones join a queue at its end, so what is left then came after
 * the purge started. (A message re-homed behind {@value #CHUNK} newer ones, its instance gone
 * during the purge, stays too.) Of the removed messages the newest {@code wholeAtMost} are
 * handed on whole, for the trash: the bodies of the paged seeds among them stay in their page
 * files until {@link #readTail} reads them back without the lock, and their copies are dropped
 * after that ({@link #dropTail}).
 */
final class Purge {
    private static final Logger LOG = LoggerFactory.getLogger(Purge.class);
    /**
     * Messages one step looks at, removed or passed over: about the hand-off's chunk
     * ({@link Broker#HAND_OFF_CHUNK}), whose work per seed is alike.
     */
    static final int CHUNK = 250;

    /** A paged seed among the newest removed, and how to read its body back outside the lock. */
    private record PagedTail(int index, Message stub, UnaryOperator<Message> whole) {}

    private final Broker broker;
    private final ServiceUser target;
    private final int wholeAtMost;
    /** The newest message id when the purge started: newer messages are not purged. */
    private final long lastId;
    /** Whether watchers are told per message (a small purge) or once at the end. */
    private final boolean eventEach;
    private final ArrayDeque<Instance> instances = new ArrayDeque<>();
    /** The targets of the server mailbox to purge, listed once the instances are done. */
    private ArrayDeque<ServiceUser> targets;
    private final List<Removed> gone = new ArrayList<>();
    private final ArrayDeque<PagedTail> pagedTail = new ArrayDeque<>();

    /** Under the lock: a purge of {@code target} of what waits now. */
    Purge(Broker broker, ServiceUser target, int wholeAtMost) {
        this.broker = broker;
        this.target = target;
        this.wholeAtMost = wholeAtMost;
        this.lastId = broker.nextMessageId() - 1;
        long waiting = broker.serverMailbox().countAll(target::matches);
        for (List<Instance> same : broker.registry().values()) {
            for (Instance instance : same) {
                if (target.matches(instance.who())) {
                    instances.add(instance);
                    waiting += instance.mailbox.undelivered();
                }
            }
        }
        this.eventEach = waiting <= BrokerAdministration.PURGE_EVENTS;
    }

    /**
     * Under the lock: removes the next chunk. Each place ends with a step that finds nothing more
     * to remove in it (the rest of it, if any, came after the purge started).
     *
     * @return how many it removed, or -1 when nothing is left to purge
     */
    int step() {
        while (!instances.isEmpty() && !instances.peekFirst().registered) {
            instances.pollFirst(); // what it held is re-homed: to a sibling (visited too) or to the server mailbox
        }
        if (!instances.isEmpty()) {
            Instance instance = instances.peekFirst();
            List<Message> taken = instance.mailbox.removeUpTo(lastId, CHUNK);
            if (taken.isEmpty()) {
                instances.pollFirst();
            }
            for (Message message : taken) {
                removed(instance, instance.who(), message);
            }
            broker.resumeDelivery(instance); // what was in flight no longer counts against its window
            return taken.size();
        }
        if (targets == null) {
            targets = new ArrayDeque<>(broker.serverMailbox().targets(target::matches));
        }
        if (targets.isEmpty()) {
            return -1;
        }
        List<Message> taken = broker.serverMailbox().takeUpTo(targets.peekFirst(), lastId, CHUNK);
        if (taken.isEmpty()) {
            targets.pollFirst();
        }
        List<Message> paged = new ArrayList<>();
        // the ledger first, then the copies let go: a seed other targets still need is rewritten
        // whole, its paged body read back while this copy still holds it
        for (Message seed : taken) {
            removed(null, seed.to(), seed);
            if (ServerMailbox.isStub(seed)) {
                paged.add(seed);
            }
        }
        keepTailPaged(taken.size(), paged);
        return taken.size();
    }

    private void removed(Instance from, ServiceUser heldFor, Message message) {
        gone.add(new Removed(heldFor, message));
        if (message.isPersistent()) {
            // one at a time: a walk along the ledger from the chunk's first id to its last would pass
            // over every seed of other targets between them
            broker.ledger().reachedAll(new long[] {message.id()}, List.of(heldFor));
        }
        if (message.isCall()) { // a million purged messages are not looked up among the calls for nothing
            broker.callDeleted(message.id(), "an administrator purged the call before it was answered");
        }
        if (eventEach) {
            broker.observer().deleted(from, message);
        }
    }

    /**
     * The paged seeds of the chunk just removed (its last {@code paged.size()} of {@code removed}
     * are not necessarily the paged ones: they are found by index) keep their bodies while they are
     * among the newest {@code wholeAtMost} removed; older ones let theirs go now.
     */
    private void keepTailPaged(int removed, List<Message> paged) {
        if (!paged.isEmpty()) {
            UnaryOperator<Message> whole = broker.serverMailbox().pagedBodies(paged);
            for (int i = gone.size() - removed; i < gone.size(); i++) {
                Message seed = gone.get(i).message();
                if (ServerMailbox.isStub(seed)) {
                    pagedTail.addLast(new PagedTail(i, seed, whole));
                }
            }
        }
        int firstKept = gone.size() - wholeAtMost;
        while (!pagedTail.isEmpty() && pagedTail.peekFirst().index() < firstKept) {
            broker.serverMailbox().dropCopy(pagedTail.pollFirst().stub());
        }
    }

    /** Under the lock, once every step is done: what watchers of a big purge are told instead of each message. */
    void finish() {
        if (!eventEach) {
            broker.observer().purged(target, gone.size());
        }
    }

    /**
     * Without the lock: the paged seeds among the newest removed, whole again (read from memory or
     * from their page files). One that cannot be read is logged and left out of what {@link #removed}
     * hands on (it is purged all the same, and counted).
     */
    void readTail() {
        for (PagedTail paged : pagedTail) {
            Removed stub = gone.get(paged.index());
            Removed whole = null;
            try {
                whole = new Removed(stub.heldFor(), paged.whole().apply(paged.stub()));
            } catch (UncheckedIOException unreadable) {
                LOG.warn("purged message {} for {} is not kept in the trash: {}", paged.stub().id(), stub.heldFor(),
                        unreadable.getMessage());
            }
            gone.set(paged.index(), whole);
        }
    }

    /**
     * Under the lock: lets the page files go of at most {@code max} of the paged seeds read back.
     *
     * @return whether some are left
     */
    boolean dropTail(int max) {
        for (int i = 0; i < max && !pagedTail.isEmpty(); i++) {
            broker.serverMailbox().dropCopy(pagedTail.pollFirst().stub());
        }
        return !pagedTail.isEmpty();
    }

    /** How many messages it removed. */
    long count() {
        return gone.size();
    }

    /**
     * Every removed message, oldest first per place; the newest {@code wholeAtMost} whole, but for
     * one whose paged body could not be read back.
     */
    List<Removed> removed() {
        return gone.stream().filter(Objects::nonNull).toList();
    }
}
