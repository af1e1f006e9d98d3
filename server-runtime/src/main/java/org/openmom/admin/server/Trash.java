package org.openmom.admin.server;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/**
 * What administrators deleted or purged, kept for a while so that it can be restored: bounded
 * in count, in bytes of bodies and in time (the oldest go first). Kept in memory only: a restart
 * empties it, which {@link org.openmom.admin.TrashList#survivesRestart()} says. Thread-safe.
 */
final class Trash {
    /** A trashed message: where a restore posts it again, who removed it and when. */
    record Item(Message message, ServiceUser restoreTo, String by, long deletedAt) {}

    static final int DEFAULT_MAX_ENTRIES = 100_000;
    static final long DEFAULT_MAX_BYTES = 64L << 20;
    static final Duration DEFAULT_RETENTION = Duration.ofHours(24);

    private final int maxEntries;
    private final long maxBytes;
    private final Duration retention;
    private final Clock clock;
    /** Oldest first. */
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private long bytes;

    Trash(int maxEntries, long maxBytes, Duration retention, Clock clock) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
        this.retention = retention;
        this.clock = clock;
    }

    static Trash withDefaults() {
        return new Trash(DEFAULT_MAX_ENTRIES, DEFAULT_MAX_BYTES, DEFAULT_RETENTION, Clock.systemUTC());
    }

    /** Keeps a removed message; a body bigger than the whole trash is not kept. @return whether it was kept */
    synchronized boolean add(Message message, ServiceUser restoreTo, String by) {
        long size = message.body().length;
        if (size > maxBytes) {
            return false;
        }
        items.addLast(new Item(message, restoreTo, by, clock.millis()));
        bytes += size;
        while (items.size() > maxEntries || bytes > maxBytes) {
            dropOldest();
        }
        return true;
    }

    /** The newest {@code max} items, newest first. */
    synchronized List<Item> newest(int max) {
        expire();
        List<Item> newest = new ArrayList<>(Math.min(max, items.size()));
        for (Iterator<Item> it = items.descendingIterator(); it.hasNext() && newest.size() < max; ) {
            newest.add(it.next());
        }
        return newest;
    }

    synchronized int size() {
        expire();
        return items.size();
    }

    /** Takes out every item of these (old) message ids, oldest first. */
    synchronized List<Item> take(Collection<Long> messageIds) {
        expire();
        Set<Long> wanted = Set.copyOf(messageIds);
        List<Item> taken = new ArrayList<>();
        for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
            Item item = it.next();
            if (wanted.contains(item.message().id())) {
                it.remove();
                bytes -= item.message().body().length;
                taken.add(item);
            }
        }
        return taken;
    }

    /** Puts back items a restore could not post (the server refused them), as they were. */
    synchronized void putBack(List<Item> notRestored) {
        for (Item item : notRestored) {
            items.addLast(item);
            bytes += item.message().body().length;
        }
    }

    long expiresAt(Item item) {
        return item.deletedAt() + retention.toMillis();
    }

    int maxEntries() {
        return maxEntries;
    }

    long maxBytes() {
        return maxBytes;
    }

    Duration retention() {
        return retention;
    }

    private void expire() {
        long oldestKept = clock.millis() - retention.toMillis();
        while (!items.isEmpty() && items.peekFirst().deletedAt() < oldestKept) {
            dropOldest();
        }
    }

    private void dropOldest() {
        Item oldest = items.pollFirst();
        bytes -= oldest.message().body().length;
    }
}
