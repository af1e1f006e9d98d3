package org.openmom.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * The server's own mailbox: persistent seeds waiting for a matching registration, in arrival
 * order. A waiting seed's {@code to} is exactly the target it waits for. Guarded by the broker lock.
 */
final class ServerMailbox {
    private final List<Message> waiting = new ArrayList<>();

    void keep(Message seed) {
        waiting.add(seed);
    }

    /** Removes and returns the waiting seeds a registration of {@code who} may receive. */
    List<Message> takeFor(ServiceUser who) {
        List<Message> taken = new ArrayList<>();
        for (Iterator<Message> it = waiting.iterator(); it.hasNext(); ) {
            Message seed = it.next();
            if (seed.to().matches(who)) {
                taken.add(seed);
                it.remove();
            }
        }
        return taken;
    }

    /** Puts back seeds a registration could not take (e.g. refused by a delivery filter). */
    void putBack(List<Message> seeds) {
        waiting.addAll(0, seeds);
    }

    /** Removes one waiting seed with this id (a message may wait once per target). */
    boolean remove(long messageId) {
        for (Iterator<Message> it = waiting.iterator(); it.hasNext(); ) {
            if (it.next().id() == messageId) {
                it.remove();
                return true;
            }
        }
        return false;
    }

    int size() {
        return waiting.size();
    }

    List<Message> snapshot() {
        return List.copyOf(waiting);
    }
}
