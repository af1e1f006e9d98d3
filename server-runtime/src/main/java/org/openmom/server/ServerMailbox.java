package org.openmom.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * The server's own mailbox: persistent seeds waiting for a matching registration. A waiting
 * seed's {@code to} is exactly the target it waits for, and seeds are kept by that target, each
 * target's in arrival order: a registration finds its own seeds without looking at the others'
 * (a backlog of a million for an absent service costs nothing to the registration of another),
 * and takes them in chunks in linear time. Guarded by the broker lock.
 */
final class ServerMailbox {
    private static final Comparator<ArrayDeque<Message>> OLDEST_FIRST = Comparator.comparingLong(queue -> queue.peekFirst().id());

    /** In the order targets first got a seed: seeds of one id (one per target) list in the order they were kept. */
    private final Map<ServiceUser, ArrayDeque<Message>> byTarget = new LinkedHashMap<>();
    /** The targets that are patterns (e.g. {@code CHAT/*}): the few a registration must also look at. */
    private final Set<ServiceUser> patternTargets = new LinkedHashSet<>();
    private final HeldMemory memory;
    private int size;

    ServerMailbox(HeldMemory memory) {
        this.memory = memory;
    }

    void keep(Message seed) {
        queueOf(seed.to()).addLast(seed);
        size++;
        memory.hold(seed);
    }

    private ArrayDeque<Message> queueOf(ServiceUser target) {
        ArrayDeque<Message> queue = byTarget.get(target);
        if (queue == null) {
            queue = new ArrayDeque<>();
            byTarget.put(target, queue);
            if (target.isPattern()) {
                patternTargets.add(target);
            }
        }
        return queue;
    }

    /** Whether seeds wait that a registration of {@code who} may receive. */
    boolean hasFor(ServiceUser who) {
        return !queuesFor(who).isEmpty();
    }

    /**
     * Removes and returns, oldest first, at most {@code max} of the waiting seeds a registration
     * of {@code who} may receive.
     */
    List<Message> takeFor(ServiceUser who, int max) {
        List<ArrayDeque<Message>> queues = queuesFor(who);
        List<Message> taken = new ArrayList<>(Math.min(max, 1024));
        while (taken.size() < max && !queues.isEmpty()) {
            ArrayDeque<Message> oldest = queues.size() == 1 ? queues.get(0) : queues.stream().min(OLDEST_FIRST).orElseThrow();
            Message seed = oldest.pollFirst();
            taken.add(seed);
            memory.release(seed);
            size--;
            if (oldest.isEmpty()) {
                queues.remove(oldest);
                forget(seed.to());
            }
        }
        return taken;
    }

    /** The non-empty queues of the targets matching {@code who}: its own, and the patterns'. */
    private List<ArrayDeque<Message>> queuesFor(ServiceUser who) {
        List<ArrayDeque<Message>> queues = new ArrayList<>(1 + patternTargets.size());
        ArrayDeque<Message> own = byTarget.get(who);
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
        byTarget.remove(target);
        patternTargets.remove(target);
    }

    /** Removes and returns every seed waiting for a target {@code wanted} accepts (an administrator's purge). */
    List<Message> takeAll(Predicate<ServiceUser> wanted) {
        List<Message> taken = new ArrayList<>();
        for (ServiceUser target : new ArrayList<>(byTarget.keySet())) {
            if (wanted.test(target)) {
                ArrayDeque<Message> queue = byTarget.get(target);
                for (Message seed : queue) {
                    memory.release(seed);
                }
                size -= queue.size();
                taken.addAll(queue);
                forget(target);
            }
        }
        return taken;
    }

    /** Puts back, ahead of the others, seeds a registration could not take (e.g. refused by a delivery filter). */
    void putBack(List<Message> seeds) {
        for (int i = seeds.size() - 1; i >= 0; i--) {
            Message seed = seeds.get(i);
            queueOf(seed.to()).addFirst(seed);
            size++;
            memory.hold(seed);
        }
    }

    /** Removes a seed just kept for {@code target} (its journal refused it), looked for from the newest end. */
    void withdraw(long messageId, ServiceUser target) {
        ArrayDeque<Message> queue = byTarget.get(target);
        if (queue == null) {
            return;
        }
        for (Iterator<Message> it = queue.descendingIterator(); it.hasNext(); ) {
            Message seed = it.next();
            if (seed.id() == messageId) {
                it.remove();
                released(seed, queue);
                return;
            }
        }
    }

    /** Removes every waiting copy of seed {@code messageId} (one per target); returns how many. */
    int remove(long messageId) {
        int removed = 0;
        for (ArrayDeque<Message> queue : new ArrayList<>(byTarget.values())) {
            for (Iterator<Message> it = queue.iterator(); it.hasNext(); ) {
                Message seed = it.next();
                if (seed.id() == messageId) {
                    it.remove();
                    released(seed, queue);
                    removed++;
                    break;
                }
            }
        }
        return removed;
    }

    private void released(Message seed, ArrayDeque<Message> queue) {
        memory.release(seed);
        size--;
        if (queue.isEmpty()) {
            forget(seed.to());
        }
    }

    boolean contains(long messageId) {
        for (ArrayDeque<Message> queue : byTarget.values()) {
            for (Message seed : queue) {
                if (seed.id() == messageId) {
                    return true;
                }
            }
        }
        return false;
    }

    int size() {
        return size;
    }

    /** Every waiting seed, oldest first. */
    List<Message> snapshot() {
        List<Message> all = new ArrayList<>(size);
        byTarget.values().forEach(all::addAll);
        all.sort(Comparator.comparingLong(Message::id));
        return all;
    }
}
