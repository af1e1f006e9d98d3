package org.openmom.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.agrona.collections.Long2ObjectHashMap;
import org.openmom.model.Message;
import org.openmom.model.NamePattern;
import org.openmom.model.ServiceUser;

/**
 * The server's own mailbox: persistent seeds waiting for a matching registration. A waiting
 * seed's {@code to} is exactly the target it waits for, and seeds are kept by that target, each
 * target's in arrival order: a registration finds its own seeds without looking at the others'
 * (a backlog of a million for an absent service costs nothing to the registration of another),
 * and takes them in chunks in linear time.
 *
 * <p><b>Paging.</b> Seeds whose bodies are in memory may hold an eighth of the memory bound; the
 * body of a seed kept beyond that goes to the {@link SeedPages} — or, for a seed replayed at start,
 * stays in the journal it was read from ({@link StoredBodies}) — and the seed waits as a stub (its
 * body {@link SeedPages#PAGED}), a hundred-odd bytes. Copies of one seed for several targets
 * share one paged body. Whoever takes a stub out gets its body back with {@link #pagedIn} (reading
 * it without the broker lock when it is on disk, {@link #onDisk}). Guarded by the broker lock.
 */
final class ServerMailbox {
    private static final Comparator<MessageRing> OLDEST_FIRST = Comparator.comparingLong(queue -> queue.peekFirst().id());

    /** In the order targets first got a seed: seeds of one id (one per target) list in the order they were kept. */
    private final Map<ServiceUser, MessageRing> byTarget = new LinkedHashMap<>();
    /** The targets that are patterns (e.g. {@code CHAT/*}): the few a registration must also look at. */
    private final Set<ServiceUser> patternTargets = new LinkedHashSet<>();
    /**
     * The target {@link #queueOf} gave a queue for last (by identity: names are shared), and that
     * queue: a backlog comes for one target after another, and a replay of a million for one
     * service looked it up a million times.
     */
    private ServiceUser lastTarget;
    private MessageRing lastQueue;
    private final HeldMemory memory;
    private final SeedPages pages;
    /**
     * What a stub costs the heap, counted against the memory bound: the message record, its slot
     * here and in the ledger, and where its body is (measured roughly, rounded up).
     */
    static final int STUB_BYTES = 192;

    /** The paged body of each seed id that waits as a stub. */
    private final IdHashMap<SeedPages.PageRef> paged = new IdHashMap<>();
    /** Footprint of the waiting seeds whose bodies are in memory. */
    private long residentBytes;
    /** At start, replaying the journal: paging waits for the pager rather than keep bodies in memory. */
    private boolean replaying;
    private int size;

    /** Told the stub of each seed whose body was just paged, so that the ledger lets go of its body too. */
    private final Consumer<Message> pagedOutListener;

    ServerMailbox(HeldMemory memory, SeedPages pages, Consumer<Message> pagedOutListener) {
        this.memory = memory;
        this.pages = pages;
        this.pagedOutListener = pagedOutListener;
    }

    /** Keeps a seed last for its target; returns what waits: the seed, or its stub once its body is paged. */
    Message keep(Message seed) {
        return keep(seed, null, 0, seed.body().length);
    }

    /**
     * Keeps a replayed seed whose body ({@code storedLength} bytes) lies at {@code storedAt} of
     * {@code stored} (null if nowhere): beyond the budget it waits as a stub whose body is read back
     * from there, not paged; a stub already (the replay did not read its body) it waits as it is.
     */
    Message keep(Message seed, StoredBodies stored, long storedAt, int storedLength) {
        Message kept = isStub(seed) && stored != null ? storedStub(seed, stored, storedAt, storedLength) : pagedOut(seed, stored, storedAt);
        queueOf(kept.to()).addLast(kept);
        counted(kept, 1);
        return kept;
    }

    /** A replayed stub: its body (shared by its copies for several targets) stays in the store. */
    private Message storedStub(Message stub, StoredBodies stored, long storedAt, int storedLength) {
        SeedPages.PageRef ref = paged.get(stub.id());
        if (ref != null) {
            ref.copies++;
        } else {
            paged.put(stub.id(), new SeedPages.PageRef(stored, storedAt, storedLength));
        }
        return stub;
    }

    /**
     * Whether a replayed seed with a body of {@code bodyLength} bytes would still be kept whole
     * (within the budget), so that its body must be read now rather than left in the store.
     */
    boolean keepsWhole(int bodyLength) {
        return withinBudget(HeldMemory.footprint(bodyLength)); // its properties, if any, are not decoded yet
    }

    /** Whether {@code bytes} more of whole seeds still fit the budget of bodies kept in memory. */
    private boolean withinBudget(long bytes) {
        return residentBytes + bytes <= pages.threshold(memory.bound());
    }

    /** Whether the journal's records are being replayed (see {@link #replaying}). */
    void replaying(boolean value) {
        replaying = value;
    }

    /** The seed, or its stub when its body goes to the page files or stays in the store (over the budget, or a copy of a paged seed). */
    private Message pagedOut(Message seed, StoredBodies stored, long storedAt) {
        byte[] body = seed.body();
        if (body.length == 0) {
            return seed;
        }
        SeedPages.PageRef ref = paged.get(seed.id());
        if (ref != null) {
            ref.copies++;
        } else {
            if (withinBudget(HeldMemory.footprint(seed))) {
                return seed;
            }
            ref = stored != null ? new SeedPages.PageRef(stored, storedAt, body.length) : pages.write(body, replaying);
            if (ref == null) {
                return seed;
            }
            paged.put(seed.id(), ref);
            Message stub = seed.withBody(SeedPages.PAGED);
            pagedOutListener.accept(stub);
            return stub;
        }
        return seed.withBody(SeedPages.PAGED);
    }

    static boolean isStub(Message seed) {
        return seed.body() == SeedPages.PAGED;
    }

    /** Counts a seed in or out ({@code sign} 1 or -1) of the memory held, and of the resident bytes when its body is here. */
    private void counted(Message seed, int sign) {
        size += sign;
        long bytes = isStub(seed) ? STUB_BYTES + HeldMemory.propertyBytes(seed.properties()) : HeldMemory.footprint(seed);
        if (sign > 0) {
            memory.hold(bytes);
        } else {
            memory.release(bytes);
        }
        if (!isStub(seed)) {
            residentBytes += sign * bytes;
        }
    }

    /** Whether the body of this stub must be read from a page file (not under the broker lock). */
    boolean onDisk(Message stub) {
        return isStub(stub) && !pages.inMemory(paged.get(stub.id()));
    }

    /** Where the body of this stub is, to {@link SeedPages#read} it. */
    SeedPages.PageRef pageOf(Message stub) {
        return paged.get(stub.id());
    }

    /**
     * A stub taken out of the mailbox, whole again: with {@code body} when given (read from disk
     * by the caller), else read from memory. Its paged body is released with its last copy.
     */
    Message pagedIn(Message stub, byte[] body) throws IOException {
        SeedPages.PageRef ref = paged.get(stub.id());
        byte[] whole = body != null ? body : pages.read(ref);
        dropCopy(stub);
        return stub.withBody(whole);
    }

    /**
     * The seed whole: a stub with its body read back from its page file. For what administrators
     * read, delete and export, which hand messages on; it reads the file under the broker lock,
     * usually from the page cache.
     *
     * @throws UncheckedIOException when the page file cannot be read
     */
    Message whole(Message seed) {
        return withPagedBody(seed, isStub(seed) ? paged.get(seed.id()) : null);
    }

    /** {@code seed} with the body {@code ref} (if any) points at in a page file. */
    private Message withPagedBody(Message seed, SeedPages.PageRef ref) {
        if (ref == null) {
            return seed;
        }
        try {
            return seed.withBody(pages.read(ref));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the body of waiting message " + seed.id() + " back from its page file: "
                    + e.getMessage(), e);
        }
    }

    /** Whether seed {@code messageId} waits with its body paged. */
    boolean isPaged(long messageId) {
        return paged.containsKey(messageId);
    }

    /** One waiting copy of a paged seed is gone (taken out, then deleted): its body goes with the last one. */
    void dropCopy(Message stub) {
        SeedPages.PageRef ref = paged.get(stub.id());
        if (ref != null && --ref.copies == 0) {
            paged.remove(stub.id());
            pages.release(ref);
        }
    }

    /** Why a new seed that would wait cannot be taken now (the page files are full), or null. */
    String refusal() {
        return pages.refusal();
    }

    private MessageRing queueOf(ServiceUser target) {
        if (target == lastTarget) {
            return lastQueue;
        }
        MessageRing queue = byTarget.get(target);
        if (queue == null) {
            queue = new MessageRing();
            byTarget.put(target, queue);
            if (target.isPattern()) {
                patternTargets.add(target);
            }
        }
        lastTarget = target;
        lastQueue = queue;
        return queue;
    }

    /** Whether seeds wait that a registration of {@code who} may receive. */
    boolean hasFor(ServiceUser who) {
        return !queuesFor(who).isEmpty();
    }

    /** How many seeds wait that a registration of {@code who} may receive. */
    int countFor(ServiceUser who) {
        int count = 0;
        for (MessageRing queue : queuesFor(who)) {
            count += queue.size();
        }
        return count;
    }

    /**
     * How many seeds wait that an instance of {@code service} could receive, whatever its user:
     * those for the service, and those for a pattern matching it (e.g. {@code *}).
     */
    int waitingForService(String service) {
        int waiting = 0;
        for (Map.Entry<ServiceUser, MessageRing> entry : byTarget.entrySet()) {
            if (NamePattern.matches(entry.getKey().service(), service)) {
                waiting += entry.getValue().size();
            }
        }
        return waiting;
    }

    /**
     * Removes and returns, oldest first, at most {@code max} of the waiting seeds a registration
     * of {@code who} may receive.
     */
    List<Message> takeFor(ServiceUser who, int max) {
        List<MessageRing> queues = queuesFor(who);
        List<Message> taken = new ArrayList<>(Math.min(max, 1024));
        while (taken.size() < max && !queues.isEmpty()) {
            MessageRing oldest = queues.size() == 1 ? queues.get(0) : queues.stream().min(OLDEST_FIRST).orElseThrow();
            Message seed = oldest.pollFirst();
            taken.add(seed);
            counted(seed, -1);
            if (oldest.isEmpty()) {
                queues.removeIf(queue -> queue == oldest); // by identity: a ring is a list, equal to another of the same messages
                forget(seed.to());
            }
        }
        return taken;
    }

    /** The non-empty queues of the targets matching {@code who}: its own, and the patterns'. */
    private List<MessageRing> queuesFor(ServiceUser who) {
        List<MessageRing> queues = new ArrayList<>(1 + patternTargets.size());
        MessageRing own = byTarget.get(who);
        if (own != null) {
            queues.add(own);
        }
        for (ServiceUser pattern : patternTargets) {
            if (pattern.matches(who)) {
                queues.add(byTarget.get(pattern));
            }
        }
        return queues;
    }

    private void forget(ServiceUser target) {
        lastTarget = null;
        lastQueue = null;
        byTarget.remove(target);
        patternTargets.remove(target);
    }

    /** The targets {@code wanted} accepts that seeds wait for, in the order they first got one. */
    List<ServiceUser> targets(Predicate<ServiceUser> wanted) {
        List<ServiceUser> targets = new ArrayList<>();
        for (ServiceUser target : byTarget.keySet()) {
            if (wanted.test(target)) {
                targets.add(target);
            }
        }
        return targets;
    }

    /**
     * Removes, among the first {@code visits} seeds waiting for {@code target}, those with an id up
     * to {@code lastId}, oldest first: an administrator's purge of what waited when it started, a
     * chunk per hold of the broker lock. They come as held: the body of a paged one stays in its
     * page file until the caller {@link #dropCopy drops the copy} (after reading it, or not).
     */
    List<Message> takeUpTo(ServiceUser target, long lastId, int visits) {
        MessageRing queue = byTarget.get(target);
        if (queue == null) {
            return List.of();
        }
        List<Message> taken = new ArrayList<>(Math.min(visits, queue.size()));
        int left = visits;
        for (Iterator<Message> it = queue.iterator(); it.hasNext() && left > 0; left--) {
            Message seed = it.next();
            if (seed.id() <= lastId) {
                it.remove();
                counted(seed, -1);
                taken.add(seed);
            }
        }
        if (queue.isEmpty()) {
            forget(target);
        }
        return taken;
    }

    /** How many seeds wait for a target {@code wanted} accepts (what a purge would take), nothing taken. */
    long countAll(Predicate<ServiceUser> wanted) {
        long count = 0;
        for (Map.Entry<ServiceUser, MessageRing> waiting : byTarget.entrySet()) {
            if (wanted.test(waiting.getKey())) {
                count += waiting.getValue().size();
            }
        }
        return count;
    }

    /** Puts back, ahead of the others, seeds a registration could not take (e.g. refused by a delivery filter). */
    void putBack(List<Message> seeds) {
        for (int i = seeds.size() - 1; i >= 0; i--) {
            Message seed = pagedOut(seeds.get(i), null, 0);
            queueOf(seed.to()).addFirst(seed);
            counted(seed, 1);
        }
    }

    /** Removes a seed just kept for {@code target} (its journal refused it). */
    void withdraw(long messageId, ServiceUser target) {
        MessageRing queue = byTarget.get(target);
        int at = queue == null ? -1 : queue.indexOfId(messageId);
        if (at >= 0) {
            released(queue.remove(at), queue);
        }
    }

    /**
     * Removes every waiting copy of seed {@code messageId} from the queues of {@code targets} (the
     * ledger's targets of the seed: those it waits for are among them); returns how many.
     */
    int remove(long messageId, List<ServiceUser> targets) {
        int removed = 0;
        for (int i = 0; i < targets.size(); i++) {
            MessageRing queue = byTarget.get(targets.get(i));
            int at = queue == null ? -1 : queue.indexOfId(messageId);
            if (at >= 0) {
                released(queue.remove(at), queue);
                removed++;
            }
        }
        return removed;
    }

    private void released(Message seed, MessageRing queue) {
        counted(seed, -1);
        if (isStub(seed)) {
            dropCopy(seed);
        }
        if (queue.isEmpty()) {
            forget(seed.to());
        }
    }

    /** Whether seed {@code messageId} waits for one of {@code targets} (the ledger's targets of the seed). */
    boolean contains(long messageId, List<ServiceUser> targets) {
        for (int i = 0; i < targets.size(); i++) {
            MessageRing queue = byTarget.get(targets.get(i));
            if (queue != null && queue.indexOfId(messageId) >= 0) {
                return true;
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /**
     * Every waiting seed, oldest first, as held: a paged one is a stub without its body (see
     * {@link #pagedBodies}), so that a copy of a backlog of a million does not read a million
     * bodies into the heap under the broker lock.
     */
    List<Message> snapshot() {
        List<Message> all = copy();
        all.sort(Comparator.comparingLong(Message::id));
        return all;
    }

    /**
     * Every waiting seed as held, target by target: array copies, not sorted, so that a caller
     * copying a million under the broker lock sorts them after it.
     */
    List<Message> copy() {
        List<Message> all = new ArrayList<>(size);
        for (MessageRing queue : byTarget.values()) {
            all.addAll(queue);
        }
        return all;
    }

    /** As {@link Mailbox#copyPart}, for the seeds waiting for {@code target}, as held (stubs stay stubs). */
    boolean copyPart(ServiceUser target, long afterId, long upToId, int max, List<Message> into) {
        MessageRing queue = byTarget.get(target);
        return queue != null && queue.copyPart(afterId, upToId, max, into);
    }

    /**
     * Makes the paged seeds among {@code seeds} (taken under the lock) whole later, outside the lock
     * and one at a time: a search or an export reads a body from its page file just before it needs
     * it. Reading one that is gone since (delivered or purged, its page released) throws
     * {@link UncheckedIOException}.
     */
    UnaryOperator<Message> pagedBodies(List<Message> seeds) {
        Long2ObjectHashMap<SeedPages.PageRef> refs = new Long2ObjectHashMap<>();
        for (Message seed : seeds) {
            if (isStub(seed)) {
                refs.put(seed.id(), paged.get(seed.id()));
            }
        }
        if (refs.isEmpty()) {
            return UnaryOperator.identity();
        }
        return seed -> withPagedBody(seed, isStub(seed) ? refs.get(seed.id()) : null);
    }
}
