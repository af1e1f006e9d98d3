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

    void add(Message message) {
        queued.addLast(message);
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
        return inFlight.remove(messageId);
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
        return all;
    }

    /** Removes a message wherever it is (administrative delete). */
    boolean remove(long messageId) {
        if (inFlight.remove(messageId) != null) {
            return true;
        }
        for (Iterator<Message> it = queued.iterator(); it.hasNext(); ) {
            if (it.next().id() == messageId) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    List<Message> snapshot() {
        List<Message> all = new ArrayList<>(undelivered());
        all.addAll(inFlight.values());
        all.addAll(queued);
        return all;
    }
}
