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
    private final HeldMemory memory;

    ServerMailbox(HeldMemory memory) {
        this.memory = memory;
    }

    void keep(Message seed) {
        waiting.add(seed);
        memory.hold(seed);
    }

    /** Removes and returns the waiting seeds a registration of {@code who} may receive. */
    List<Message> takeFor(ServiceUser who) {
        List<Message> taken = new ArrayList<>();
        for (Iterator<Message> it = waiting.iterator(); it.hasNext(); ) {
            Message seed = it.next();
            if (seed.to().matches(who)) {
                taken.add(seed);
                it.remove();
                memory.release(seed);
            }
        }
        return taken;
    }

    /** Puts back seeds a registration could not take (e.g. refused by a delivery filter). */
    void putBack(List<Message> seeds) {
        waiting.addAll(0, seeds);
        seeds.forEach(memory::hold);
    }

    /** Removes every waiting copy of seed {@code messageId} (one per target); returns how many. */
    int remove(long messageId) {
        int before = waiting.size();
        waiting.removeIf(seed -> {
            if (seed.id() != messageId) {
                return false;
            }
            memory.release(seed);
            return true;
        });
        return before - waiting.size();
    }

    boolean contains(long messageId) {
        for (Message seed : waiting) {
            if (seed.id() == messageId) {
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
