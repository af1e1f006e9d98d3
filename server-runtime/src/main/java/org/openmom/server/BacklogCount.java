package org.openmom.server;

import org.openmom.model.DeliveryMode;

/**
 * How many consumers stand at or above the low backlog marks: what {@link Broker#isRelieved()}
 * asks. Each paused sender asks every 2 ms; counting over every registered instance and router
 * queue at each question made a thousand paused senders of a server with a thousand instances
 * look at a million mailboxes every 2 ms under the broker lock. The count is kept as mailboxes
 * change instead ({@link Instance#loadChanged}), so the question costs the same whatever the
 * number of instances and of paused senders.
 *
 * <p>Members are the registered instances and the routers' queues, from {@link #joined} to
 * {@link #left}; a member is counted while it is a consumer in callback mode (a polling service's
 * mailbox is a store that slows nobody down) whose mailbox holds at least the low mark's messages
 * or bytes. Guarded by the broker lock.
 */
final class BacklogCount {
    private int lowMessages;
    private long lowBytes;
    private int counted;

    BacklogCount(int lowMessages, long lowBytes) {
        this.lowMessages = lowMessages;
        this.lowBytes = lowBytes;
    }

    /** Whether any member's mailbox is at or above the low marks. */
    boolean any() {
        return counted > 0;
    }

    void joined(Instance instance) {
        if (instance.backlogs == null) {
            instance.backlogs = this;
            changed(instance);
        }
    }

    void left(Instance instance) {
        if (instance.backlogs == this) {
            instance.backlogs = null;
            if (instance.atLowBacklogMark) {
                instance.atLowBacklogMark = false;
                counted--;
            }
        }
    }

    /** Whether {@code instance} is a consumer in callback mode whose mailbox holds at least {@code messages} or {@code bytes}. */
    static boolean isBacklogged(Instance instance, int messages, long bytes) {
        return instance.mode() == DeliveryMode.CALLBACK
                && (instance.mailbox.undelivered() >= messages || instance.mailbox.undeliveredBytes() >= bytes);
    }

    /** The member's mailbox changed: it is counted again if it crossed a mark. */
    void changed(Instance instance) {
        boolean backlogged = isBacklogged(instance, lowMessages, lowBytes);
        if (backlogged != instance.atLowBacklogMark) {
            instance.atLowBacklogMark = backlogged;
            counted += backlogged ? 1 : -1;
        }
    }

    /** New low marks; the broker then tells {@link #changed} of every member, whose count may move with them. */
    void marks(int newLowMessages, long newLowBytes) {
        lowMessages = newLowMessages;
        lowBytes = newLowBytes;
    }
}
