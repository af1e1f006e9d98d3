package org.openmom.server;

import java.util.Map;
import java.util.function.LongSupplier;
import org.openmom.model.Message;

/**
 * The bytes of the message copies the broker holds (service mailboxes, routers' queues and the
 * server mailbox) and of what it remembers of routed arrivals, against the server's memory bound. A copy costs its body plus
 * {@link #OVERHEAD_PER_COPY}: the message record and its mailbox slot. Each mailbox copy of a
 * fanned-out message counts, so the figure errs on the high side and the bound holds.
 *
 * <p>Above three quarters of the bound senders are slowed down; once a post would pass the
 * bound it is refused; senders may go on at full speed below half of it. Guarded by the
 * broker lock; {@link #held()} may be read without it (monitoring).
 */
final class HeldMemory {
    /** Measured heap cost of a queued message beyond its body, rounded up (docs/performance.md). */
    static final int OVERHEAD_PER_COPY = 64;
    /** A property's two String objects, their arrays and its map entry, beyond their characters. */
    private static final int PROPERTY_OVERHEAD = 112;

    private volatile long held;
    private volatile long bound;
    /** Held elsewhere, counted too: the page buffers not written yet ({@link SeedPages}). */
    private LongSupplier alsoHeld = () -> 0;

    HeldMemory(long bound) {
        this.bound = bound;
    }

    static long footprint(Message message) {
        return footprint(message.body().length) + propertyBytes(message.properties());
    }

    /**
     * What a message's properties cost on the heap, roughly (two bytes a character, an entry's
     * strings and slot): they are bounded per message, not per server, so they count like the body.
     * Nothing for the many messages without.
     */
    static int propertyBytes(Map<String, String> properties) {
        if (properties.isEmpty()) {
            return 0;
        }
        int bytes = 0;
        for (Map.Entry<String, String> property : properties.entrySet()) {
            bytes += 2 * (property.getKey().length() + property.getValue().length()) + PROPERTY_OVERHEAD;
        }
        return bytes;
    }

    static long footprint(int bodyLength) {
        return (long) bodyLength + OVERHEAD_PER_COPY;
    }

    void hold(Message message) {
        held += footprint(message);
    }

    void release(Message message) {
        held -= footprint(message);
    }

    /** Holds what is not a message copy (what the broker remembers of routed arrivals). */
    void hold(long bytes) {
        held += bytes;
    }

    void release(long bytes) {
        held -= bytes;
    }

    /** Counts what {@code bytes} says is held outside the broker's own copies (set once, before serving). */
    void alsoCount(LongSupplier bytes) {
        alsoHeld = bytes;
    }

    /** Whether one more copy of a {@code bodyLength}-byte message stays within the bound. */
    boolean admits(int bodyLength) {
        return held() + footprint(bodyLength) <= bound;
    }

    /** Senders should slow down. */
    boolean isHigh() {
        return held() >= bound - bound / 4;
    }

    /** Senders may go on at full speed. */
    boolean isLow() {
        return held() < bound / 2;
    }

    long held() {
        return held + alsoHeld.getAsLong();
    }

    long bound() {
        return bound;
    }

    void setBound(long value) {
        bound = Math.max(1, value);
    }
}
