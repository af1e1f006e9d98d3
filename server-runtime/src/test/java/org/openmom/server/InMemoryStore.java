package org.openmom.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** A store that outlives a Broker object, to test replay without disks. */
final class InMemoryStore implements MessageStore {
    final Map<Long, Map.Entry<Message, List<ServiceUser>>> records = new LinkedHashMap<>();
    double backlog;

    @Override
    public double backlog() {
        return backlog;
    }

    @Override
    public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
        records.put(message.id(), Map.entry(message, targets));
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void remove(long messageId) {
        records.remove(messageId);
    }

    @Override
    public void replay(Replay replay) {
        records.values().forEach(e -> replay.record(e.getKey(), e.getValue()));
    }

    @Override
    public void close() {}
}
