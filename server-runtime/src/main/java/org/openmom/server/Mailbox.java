package org.openmom.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openmom.model.Message;

/**
 * The mailbox of one registered instance: messages waiting to be sent, then in flight until
 * the service acknowledges them. A message leaves the mailbox only on ACK (at-least-once).
 * Not thread-safe: owned by the {@link Broker} and touched only under its lock.
 */
final class Mailbox {
    private final ArrayDeque<Message> queued = new ArrayDeque<>();
    private final Map<Long, Message> inFlight = new LinkedHashMap<>();
    private final HeldMemory memory;

    Mailbox(HeldMemory memory) {
        this.memory = memory;
    }

    void add(Message message) {
        queued.addLast(message);
        memory.hold(message);
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
        inFlight.put(next.id(), next);
        return next;
    }

    /** The acknowledged message, or null when it was not in flight here. */
    Message acknowledge(long messageId) {
        return released(inFlight.remove(messageId));
    }

    /** Messages not yet acknowledged, in flight or waiting: the load used by anycast. */
    int undelivered() {
        return queued.size() + inFlight.size();
    }

    /** Empties the mailbox: in-flight messages first (they are the oldest), then queued ones. */
    List<Message> drain() {
        List<Message> all = new ArrayList<>(undelivered());
        all.addAll(inFlight.values());
        all.addAll(queued);
        inFlight.clear();
        queued.clear();
        all.forEach(memory::release);
        return all;
    }

    /** Removes a message wherever it is (administrative delete); returns it, or null when absent. */
    Message remove(long messageId) {
        Message sent = inFlight.remove(messageId);
        if (sent != null) {
            return released(sent);
        }
        for (Iterator<Message> it = queued.iterator(); it.hasNext(); ) {
            Message next = it.next();
            if (next.id() == messageId) {
                it.remove();
                return released(next);
            }
        }
        return null;
    }

    private Message released(Message gone) {
        if (gone != null) {
            memory.release(gone);
        }
        return gone;
    }

    /** The message with this id, or null; {@code inFlight} says where it was found. */
    Message find(long messageId) {
        Message sent = inFlight.get(messageId);
        if (sent != null) {
            return sent;
        }
        for (Message next : queued) {
            if (next.id() == messageId) {
                return next;
            }
        }
        return null;
    }

    boolean isInFlight(long messageId) {
        return inFlight.containsKey(messageId);
    }

    /**
     * Visits one page of the mailbox in delivery order (in flight first, then queued) or its
     * reverse, without copying the mailbox: the cost is the offset plus the page.
     */
    void page(int offset, int limit, boolean newestFirst, PageVisitor visitor) {
        int skip = offset;
        int left = limit;
        if (!newestFirst) {
            for (Message message : inFlight.values()) {
                if (left == 0) {
                    return;
                }
                if (skip > 0) {
                    skip--;
                } else {
                    visitor.visit(message, true);
                    left--;
                }
            }
        }
        Iterator<Message> waiting = newestFirst ? queued.descendingIterator() : queued.iterator();
        while (waiting.hasNext() && left > 0) {
            Message message = waiting.next();
            if (skip > 0) {
                skip--;
            } else {
                visitor.visit(message, false);
                left--;
            }
        }
        if (newestFirst && left > 0) {
            // in flight is bounded by the window, so reversing it costs little
            List<Message> sent = new ArrayList<>(inFlight.values());
            for (int i = sent.size() - 1; i >= 0 && left > 0; i--) {
                if (skip > 0) {
                    skip--;
                } else {
                    visitor.visit(sent.get(i), true);
                    left--;
                }
            }
        }
    }

    /** Every message, in flight then queued, without copying. */
    void forEach(PageVisitor visitor) {
        for (Message message : inFlight.values()) {
            visitor.visit(message, true);
        }
        for (Message message : queued) {
            visitor.visit(message, false);
        }
    }

    @FunctionalInterface
    interface PageVisitor {
        void visit(Message message, boolean inFlight);
    }

    List<Message> snapshot() {
        List<Message> all = new ArrayList<>(undelivered());
        all.addAll(inFlight.values());
        all.addAll(queued);
        return all;
    }
}
