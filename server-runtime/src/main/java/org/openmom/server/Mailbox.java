package org.openmom.server;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.function.IntConsumer;
import org.agrona.collections.Long2ObjectHashMap;
import org.agrona.collections.LongHashSet;
import org.openmom.model.Message;

/**
 * The mailbox of one registered instance: messages waiting to be sent, then in flight until
 * the service acknowledges them. A message leaves the mailbox only on ACK (at-least-once).
 * Not thread-safe: owned by the {@link Broker} and touched only under its lock.
 *
 * <p>Messages in flight are kept in delivery order, and found by id in a map with primitive keys:
 * no boxed id or map entry is made per message. A service acknowledges in delivery order almost
 * always, so the acknowledged message is the oldest in flight and leaves at once; one
 * acknowledged out of order is searched for by id, and an id that is not in flight here costs
 * one map lookup. Both queues are {@link MessageRing}s: an administrator's page at an offset
 * costs the page, and a find or delete by id a binary search, in a mailbox of a million.
 */
final class Mailbox {
    /** In id order nearly always: found by id with a binary search, paged by position (see {@link MessageRing}). */
    private final MessageRing queued = new MessageRing();
    private final MessageRing inFlight = new MessageRing();
    private final Long2ObjectHashMap<Message> inFlightById = new Long2ObjectHashMap<>();
    private final HeldMemory memory;
    /** Bytes of the bodies not yet acknowledged: the backlog in bytes, which flow control follows too. */
    private long undeliveredBytes;
    /** Told the number of undelivered messages each time it changes (the anycast choice follows it). */
    private final IntConsumer loadWatch;

    Mailbox(HeldMemory memory, IntConsumer loadWatch) {
        this.memory = memory;
        this.loadWatch = loadWatch;
    }

    void add(Message message) {
        queued.addLast(message);
        memory.hold(message);
        undeliveredBytes += message.body().length;
        loadWatch.accept(undelivered());
    }

    boolean hasQueued() {
        return !queued.isEmpty();
    }

    int inFlightCount() {
        return inFlight.size();
    }

    /** Moves the oldest queued message in flight and returns it. */
    Message startNext() {
        Message next = queued.pollFirst();
        inFlight.addLast(next);
        inFlightById.put(next.id(), next);
        return next;
    }

    /** Puts the messages in flight back in front of the queue, in their order: they will be sent again. */
    void requeueInFlight() {
        for (int i = inFlight.size() - 1; i >= 0; i--) {
            queued.addFirst(inFlight.get(i));
        }
        inFlight.clear();
        inFlightById.clear();
    }

    /** The acknowledged message, or null when it was not in flight here. */
    Message acknowledge(long messageId) {
        return released(removeInFlight(messageId));
    }

    private Message removeInFlight(long messageId) {
        Message sent = inFlightById.remove(messageId);
        if (sent != null) {
            if (inFlight.peekFirst() == sent) { // the oldest, almost always
                inFlight.pollFirst();
            } else {
                inFlight.remove(inFlight.indexOfId(messageId));
            }
        }
        return sent;
    }

    /** Messages not yet acknowledged, in flight or waiting: the load used by anycast. */
    int undelivered() {
        return queued.size() + inFlight.size();
    }

    long undeliveredBytes() {
        return undeliveredBytes;
    }

    /**
     * Removes the oldest {@code max} messages (those in flight, then queued ones), oldest first: a
     * removed router's queue routed again a chunk at a time, in its order.
     */
    List<Message> takeOldest(int max) {
        int count = Math.min(max, undelivered());
        List<Message> taken = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Message oldest = inFlight.pollFirst();
            if (oldest != null) {
                inFlightById.remove(oldest.id());
            } else {
                oldest = queued.pollFirst();
            }
            memory.release(oldest);
            undeliveredBytes -= oldest.body().length;
            taken.add(oldest);
        }
        loadWatch.accept(undelivered());
        return taken;
    }

    /**
     * Removes the newest {@code max} messages (queued ones, then those in flight), returned oldest
     * first: a mailbox emptied a chunk at a time from its end puts each chunk in front of the last.
     */
    List<Message> takeNewest(int max) {
        int count = Math.min(max, undelivered());
        Message[] taken = new Message[count];
        for (int i = count - 1; i >= 0; i--) {
            Message newest = queued.pollLast();
            if (newest == null) {
                newest = inFlight.pollLast();
                inFlightById.remove(newest.id());
            }
            memory.release(newest);
            undeliveredBytes -= newest.body().length;
            taken[i] = newest;
        }
        loadWatch.accept(undelivered());
        return Arrays.asList(taken);
    }

    /**
     * Removes, among the first {@code visits} messages (in flight, then queued), those with an id up
     * to {@code lastId}, and returns them in that order: an administrator's purge of what waited
     * when it started, a chunk per hold of the broker lock. Newer ones, passed over, stay.
     */
    List<Message> removeUpTo(long lastId, int visits) {
        List<Message> taken = new ArrayList<>(Math.min(visits, undelivered()));
        int left = visits;
        for (Iterator<Message> it = inFlight.iterator(); it.hasNext() && left > 0; left--) {
            Message message = it.next();
            if (message.id() <= lastId) {
                it.remove();
                inFlightById.remove(message.id());
                taken.add(message);
            }
        }
        for (Iterator<Message> it = queued.iterator(); it.hasNext() && left > 0; left--) {
            Message message = it.next();
            if (message.id() <= lastId) {
                it.remove();
                taken.add(message);
            }
        }
        for (Message message : taken) {
            memory.release(message);
            undeliveredBytes -= message.body().length;
        }
        if (!taken.isEmpty()) {
            loadWatch.accept(undelivered());
        }
        return taken;
    }

    /** Removes a message wherever it is (administrative delete); returns it, or null when absent. */
    Message remove(long messageId) {
        Message sent = removeInFlight(messageId);
        return released(sent != null ? sent : removeQueued(messageId));
    }

    /**
     * Removes the messages with these ids wherever they are (an administrator's delete of a
     * selection), all at once ({@link MessageRing#removeIds}). Returns those found, by id.
     */
    Long2ObjectHashMap<Message> removeAll(List<Long> messageIds) {
        Long2ObjectHashMap<Message> found = new Long2ObjectHashMap<>();
        LongHashSet queuedIds = new LongHashSet();
        for (long messageId : messageIds) {
            Message sent = removeInFlight(messageId);
            if (sent != null) {
                found.put(messageId, released(sent));
            } else {
                queuedIds.add(messageId);
            }
        }
        for (Message removed : queued.removeIds(queuedIds)) {
            found.put(removed.id(), released(removed));
        }
        return found;
    }

    /** Removes a message not yet sent (one in flight stays: it has been delivered); returns it, or null. */
    Message withdraw(long messageId) {
        return released(removeQueued(messageId));
    }

    private Message removeQueued(long messageId) {
        int at = queued.indexOfId(messageId);
        return at < 0 ? null : queued.remove(at);
    }

    private Message released(Message gone) {
        if (gone != null) {
            memory.release(gone);
            undeliveredBytes -= gone.body().length;
            loadWatch.accept(undelivered());
        }
        return gone;
    }

    /** The message with this id, in flight or queued, or null. */
    Message find(long messageId) {
        Message sent = inFlightById.get(messageId);
        if (sent != null) {
            return sent;
        }
        int at = queued.indexOfId(messageId);
        return at < 0 ? null : queued.get(at);
    }

    /**
     * Visits one page of the mailbox in delivery order (in flight first, then queued) or its
     * reverse, without copying the mailbox: the cost is the page (and the window in flight), not
     * the offset.
     */
    void page(int offset, int limit, boolean newestFirst, PageVisitor visitor) {
        int total = undelivered();
        int skipped = Math.max(0, offset);
        int count = Math.max(0, Math.min(limit, total - skipped));
        // positions in delivery order, in flight first: [from, from + count)
        int from = newestFirst ? total - skipped - count : skipped;
        int sent = inFlight.size();
        for (int step = 0; step < count; step++) {
            int at = newestFirst ? from + count - 1 - step : from + step;
            if (at < sent) {
                visitor.visit(inFlight.get(at), true);
            } else {
                visitor.visit(queued.get(at - sent), false);
            }
        }
    }

    @FunctionalInterface
    interface PageVisitor {
        void visit(Message message, boolean inFlight);
    }

    /**
     * Copies into {@code into}, in delivery order, messages whose ids are after {@code afterId} and
     * at most {@code upToId}: a part of a copy made a part per hold of the broker lock, each
     * resuming after the last id the one before copied. While the mailbox is in id order (in
     * flight, then queued — nearly always) the part is at most {@code max} messages found by a
     * binary search, and the result says whether more may follow; otherwise every such message
     * is copied now, in a walk, and the result is false.
     */
    boolean copyPart(long afterId, long upToId, int max, List<Message> into) {
        boolean inIdOrder = inFlight.isInIdOrder() && queued.isInIdOrder()
                && (inFlight.isEmpty() || queued.isEmpty() || inFlight.peekLast().id() < queued.peekFirst().id());
        if (!inIdOrder) {
            inFlight.copyRange(afterId, upToId, into);
            queued.copyRange(afterId, upToId, into);
            return false;
        }
        int copied = inFlight.copyAfter(afterId, upToId, max, into);
        copied += queued.copyAfter(afterId, upToId, max - copied, into);
        return copied == max;
    }
}
