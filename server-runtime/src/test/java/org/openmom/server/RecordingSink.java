package org.openmom.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openmom.model.Message;

/** A sink that remembers what the broker handed it (single-threaded tests). */
class RecordingSink implements Sink {
    final List<Message> delivered = new ArrayList<>();
    final Map<Long, byte[]> replies = new ConcurrentHashMap<>();
    final Map<Long, String> failures = new ConcurrentHashMap<>();
    boolean writable = true;
    int slowDowns;

    @Override
    public void registered(Instance instance) {}

    @Override
    public void deliver(Message message) {
        delivered.add(message);
    }

    @Override
    public boolean isWritable() {
        return writable;
    }

    @Override
    public void slowDown() {
        slowDowns++;
    }

    @Override
    public void replied(long requestId, byte[] body) {
        replies.put(requestId, body);
    }

    @Override
    public void callFailed(long requestId, String reason) {
        failures.put(requestId, reason);
    }

    List<String> events() {
        return delivered.stream().map(Message::event).toList();
    }

    long[] ids() {
        return delivered.stream().mapToLong(Message::id).toArray();
    }
}
