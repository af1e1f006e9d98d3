package org.openmom.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Which targets each persistent message still has to reach, mirrored into the
 * {@link MessageStore}. Touched only under the broker lock, which also keeps the store's
 * calls in broker order.
 */
final class PersistentLedger {
    private final MessageStore store;
    /** Whether a consumed message stays in the store as a marker (a routed arrival its sender has not forgotten). */
    private final Predicate<Message> keptAsMarker;
    /**
     * By id, so administrators page persistent seeds in posting order without sorting. An entry
     * is the {@link Message} itself when its one target is its own address (nearly every waiting
     * seed: no second object each), else a {@link Pending} with its targets.
     */
    private final IdOrderedMap<Object> pending = new IdOrderedMap<>();
    private int globalCount;
    private static final byte[] NO_BODY = new byte[0];

    /** A message with targets other than its own address. */
    private static final class Pending {
        /** A stub ({@link SeedPages#PAGED} body) while its body is paged. */
        final Message message;
        /**
         * Immutable: the store reads the list it was given later, on the journal's thread, so one
         * list serves both and a save needs no copy.
         */
        final List<ServiceUser> targets;

        Pending(Message message, List<ServiceUser> targets) {
            this.message = message;
            this.targets = targets;
        }
    }

    private static Object entryOf(Message message, List<ServiceUser> targets) {
        return targets.size() == 1 && targets.get(0).equals(message.to()) ? message : new Pending(message, targets);
    }

    private static Message messageOf(Object entry) {
        return entry instanceof Pending more ? more.message : (Message) entry;
    }

    private static List<ServiceUser> targetsOf(Object entry) {
        return entry instanceof Pending more ? more.targets : List.of(((Message) entry).to());
    }

    /** A stub whole again, its body read back from its page file, for those who read the ledger's messages. */
    private final UnaryOperator<Message> whole;

    PersistentLedger(MessageStore store, Predicate<Message> keptAsMarker, UnaryOperator<Message> whole) {
        this.store = store;
        this.keptAsMarker = keptAsMarker;
        this.whole = whole;
    }

    /** The store's queue of writes is a quarter full: senders of persistent messages should slow down. */
    boolean isBacklogged() {
        return store.backlog() >= 0.25;
    }

    /** The store has nearly caught up with its queue of writes. */
    boolean isDrained() {
        return store.backlog() < 0.05;
    }

    /** What keeps the store from writing now (see {@link MessageStore#troubles}). */
    List<String> troubles() {
        return store.troubles();
    }

    /** Why the store cannot take a new persistent message now, or null (see {@link MessageStore#refusal}). */
    String refusal(Message message) {
        return store.refusal(message);
    }

    CompletableFuture<Void> record(Message message, List<ServiceUser> targets) {
        List<ServiceUser> copy = List.copyOf(targets);
        put(message, copy);
        return store.saveNew(message, copy);
    }

    /** A record replayed from the store: known again without writing it back. */
    void recovered(Message message, List<ServiceUser> targets) {
        put(message, List.copyOf(targets));
    }

    private void put(Message message, List<ServiceUser> targets) {
        if (pending.put(message.id(), entryOf(message, targets)) == null && message.isGlobal()) {
            globalCount++;
        }
    }

    private void drop(long messageId) {
        Object gone = pending.remove(messageId);
        if (gone != null && messageOf(gone).isGlobal()) {
            globalCount--;
        }
    }

    /** An administrator deleted the seed: it leaves the journal whatever targets it still had. */
    boolean forget(long messageId) {
        if (!pending.containsKey(messageId)) {
            return false;
        }
        drop(messageId);
        store.remove(messageId);
        return true;
    }

    /** Whether message {@code messageId} is still to reach some target (without reading a paged body back). */
    boolean holds(long messageId) {
        return pending.containsKey(messageId);
    }

    /** The targets message {@code messageId} is still to reach (a waiting seed's among them), or none when it is not held. */
    List<ServiceUser> targets(long messageId) {
        Object entry = pending.get(messageId);
        return entry == null ? List.of() : targetsOf(entry);
    }

    /** The message, whole (a paged body is read back). */
    Message message(long messageId) {
        Object entry = pending.get(messageId);
        return entry == null ? null : whole.apply(messageOf(entry));
    }

    /**
     * Persistent seeds, global or not, by id (newest first when asked), without copying; those
     * whose body is paged as stubs (make whole only what is handed on: {@link ServerMailbox#whole}).
     */
    Iterable<Message> seeds(boolean newestFirst) {
        return messagesOf(pending.values(newestFirst));
    }

    /**
     * {@link #seeds} from just after seed {@code afterId} on (0 or {@link Long#MAX_VALUE}, by
     * {@code newestFirst}, for the first): a walk of a million done a part per hold of the broker
     * lock starts each part where the last one ended, whatever left the ledger between.
     */
    Iterable<Message> seedsAfter(long afterId, boolean newestFirst) {
        return messagesOf(pending.valuesAfter(afterId, newestFirst));
    }

    private static Iterable<Message> messagesOf(Iterable<Object> entries) {
        return () -> new Iterator<>() {
            private final Iterator<Object> each = entries.iterator();

            @Override
            public boolean hasNext() {
                return each.hasNext();
            }

            @Override
            public Message next() {
                return messageOf(each.next());
            }
        };
    }

    int count(boolean global) {
        return global ? globalCount : pending.size() - globalCount;
    }

    /** A waiting seed addressed to {@code from} (the whole {@code message}) now sits in the mailbox of {@code to}. */
    void retarget(Message message, ServiceUser from, ServiceUser to) {
        if (!from.equals(to)) {
            retarget(message, from, List.of(to));
        }
    }

    /** What target {@code from} had to receive now goes to {@code to} (a removed router's queue, routed again). */
    void retarget(Message message, ServiceUser from, List<ServiceUser> to) {
        Object entry = pending.get(message.id());
        if (entry == null) {
            return;
        }
        List<ServiceUser> changed = new ArrayList<>(targetsOf(entry));
        changed.remove(from);
        changed.addAll(to);
        changeTo(wholeAgain(messageOf(entry), message), List.copyOf(changed));
    }

    /**
     * The seed's body is now in a page file: the ledger keeps a stub of it too, the mailbox's own
     * {@code copy} when that is a stub of the same message (the common single target: one object
     * per waiting seed, not two), else one of its own (see {@link ServerMailbox}).
     */
    void pagedOut(Message copy) {
        Object entry = pending.get(copy.id());
        if (entry == null || ServerMailbox.isStub(messageOf(entry))) {
            return;
        }
        Message held = messageOf(entry);
        Message stub = ServerMailbox.isStub(copy) && copy.to().equals(held.to()) ? copy : held.withBody(SeedPages.PAGED);
        pending.put(stub.id(), entry instanceof Pending more ? new Pending(stub, more.targets) : stub);
    }

    /**
     * {@code held} with its body back from {@code copy}, a whole copy of the message (a mailbox's,
     * or one read back from a page file), when it is a stub: the record is about to be rewritten.
     * Other copies may still wait paged; the ledger keeps the body until the message is done.
     */
    private static Message wholeAgain(Message held, Message copy) {
        return ServerMailbox.isStub(held) && !ServerMailbox.isStub(copy) ? held.withBody(copy.body()) : held;
    }

    /** The message now has these targets left (not none): the ledger and the store's record say so. */
    private void changeTo(Message message, List<ServiceUser> targets) {
        pending.put(message.id(), entryOf(message, targets));
        save(message, targets);
    }

    /** Rewrites a record: never with a paged body, which would store an empty one. */
    private void save(Message message, List<ServiceUser> targets) {
        if (ServerMailbox.isStub(message)) {
            throw new IllegalStateException("message " + message.id() + " would be rewritten in the journal without its paged body");
        }
        store.save(message, targets);
    }

    /** Drops the marker record of a consumed routed arrival (its sender forgot it). */
    void removeMarker(long messageId) {
        if (!pending.containsKey(messageId)) {
            store.remove(messageId);
        }
    }

    /** Completes once every removal so far is on disk. */
    CompletableFuture<Void> removalsDurable() {
        return store.removalsDurable();
    }

    /** {@code who} acknowledged (or an administrator deleted) its copy, {@code message}. */
    void reached(Message message, ServiceUser who) {
        long messageId = message.id();
        Object entry = pending.get(messageId);
        if (entry == null) {
            return;
        }
        Message held = wholeAgain(messageOf(entry), message);
        List<ServiceUser> left = without(targetsOf(entry), who);
        if (left.isEmpty()) {
            drop(messageId);
            consumed(held);
        } else {
            changeTo(held, left);
        }
    }

    /** Every target was reached: the record leaves the store, or stays as a marker. */
    private void consumed(Message message) {
        if (keptAsMarker.test(message)) {
            store.save(message.withBody(NO_BODY), List.of()); // known again if its sender sends it once more
        } else {
            store.remove(message.id());
        }
    }

    /**
     * {@link #reached} for many messages at once (an administrator's purge), {@code ids} ascending
     * (an id may repeat, for another target): one walk along the ledger instead of two lookups
     * each, which for a million purged seeds is most of the purge's time. A message left with
     * other targets is rewritten whole (a paged body is read back for it).
     */
    void reachedAll(long[] ids, List<ServiceUser> whos) {
        if (ids.length == 0) {
            return;
        }
        pending.walkFrom(ids[0], at -> {
            for (int i = 0; i < ids.length && at.hasValue(); i++) {
                while (at.hasValue() && at.id() < ids[i]) {
                    at.advance();
                }
                if (!at.hasValue() || at.id() != ids[i]) {
                    continue;
                }
                Object entry = at.value();
                Message held = messageOf(entry);
                List<ServiceUser> left = without(targetsOf(entry), whos.get(i));
                if (!left.isEmpty()) {
                    Message whole = this.whole.apply(held);
                    at.replace(entryOf(whole, left));
                    save(whole, left);
                    continue; // the same id may come again for another of its targets
                }
                at.remove();
                if (held.isGlobal()) {
                    globalCount--;
                }
                consumed(held);
            }
        });
    }

    /** {@code targets} less the first {@code who}; the common last acknowledgement copies nothing. */
    private static List<ServiceUser> without(List<ServiceUser> targets, ServiceUser who) {
        int at = targets.indexOf(who);
        if (at < 0) {
            return targets;
        }
        if (targets.size() == 1) {
            return List.of();
        }
        List<ServiceUser> rest = new ArrayList<>(targets);
        rest.remove(at);
        return List.copyOf(rest);
    }

    int size() {
        return pending.size();
    }
}
