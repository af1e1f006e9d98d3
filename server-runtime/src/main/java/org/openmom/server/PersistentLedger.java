package org.openmom.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * Which targets each persistent message still has to reach, mirrored into the
 * {@link MessageStore}. Touched only under the broker lock, which also keeps the store's
 * calls in broker order.
 */
final class PersistentLedger {
    private final MessageStore store;
    private final Map<Long, Pending> pending = new HashMap<>();

    private static final class Pending {
        final Message message;
        final List<ServiceUser> targets;

        Pending(Message message, List<ServiceUser> targets) {
            this.message = message;
            this.targets = targets;
        }
    }

    PersistentLedger(MessageStore store) {
        this.store = store;
    }

    CompletableFuture<Void> record(Message message, List<ServiceUser> targets) {
        List<ServiceUser> copy = new ArrayList<>(targets);
        pending.put(message.id(), new Pending(message, copy));
        return store.save(message, List.copyOf(copy));
    }

    /** A record replayed from the store: known again without writing it back. */
    void recovered(Message message, List<ServiceUser> targets) {
        pending.put(message.id(), new Pending(message, new ArrayList<>(targets)));
    }

    /** A waiting seed addressed to {@code from} now sits in the mailbox of {@code to}. */
    void retarget(long messageId, ServiceUser from, ServiceUser to) {
        Pending entry = pending.get(messageId);
        if (entry == null || from.equals(to)) {
            return;
        }
        int at = entry.targets.indexOf(from);
        if (at >= 0) {
            entry.targets.set(at, to);
        } else {
            entry.targets.add(to);
        }
        store.save(entry.message, List.copyOf(entry.targets));
    }

    /** {@code who} acknowledged (or an administrator deleted) its copy. */
    void reached(long messageId, ServiceUser who) {
        Pending entry = pending.get(messageId);
        if (entry == null) {
            return;
        }
        entry.targets.remove(who);
        if (entry.targets.isEmpty()) {
            pending.remove(messageId);
            store.remove(messageId);
        } else {
            store.save(entry.message, List.copyOf(entry.targets));
        }
    }

    int size() {
        return pending.size();
    }
}
