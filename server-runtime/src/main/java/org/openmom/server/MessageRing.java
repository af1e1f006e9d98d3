package org.openmom.server;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;
import org.openmom.model.Message;

/**
 * A queue of messages, both ends open, that is also a list: a message at any position in constant
 * time, and a message by id in logarithmic time while the queue is in id order — which a
 * mailbox's queue nearly always is, its messages arriving in the order one counter gave their
 * ids. An administrator's page at an offset, find or delete in a backlog of a million then costs
 * the page, or a binary search, instead of a walk through the million under the broker lock
 * (issue #19: 6–9 ms each, measured). Once a message comes out of order (one put back in front
 * that is newer than the head, or one routed again behind newer ones) the id search walks, until
 * the queue is empty again.
 *
 * <p>A ring buffer of a power-of-two capacity, like {@link java.util.ArrayDeque}; a removal in the
 * middle moves the shorter side. Not thread-safe (the broker lock guards it).
 */
final class MessageRing extends AbstractList<Message> implements RandomAccess {
    private static final int INITIAL = 16;

    private Message[] items = new Message[INITIAL];
    /** Where the first message is. */
    private int head;
    private int size;
    /** Whether the ids ascend from the first message to the last. */
    private boolean inIdOrder = true;

    @Override
    public int size() {
        return size;
    }

    @Override
    public Message get(int index) {
        checkIndex(index);
        return items[slot(index)];
    }

    void addLast(Message message) {
        if (size == items.length) {
            grow();
        }
        if (size > 0 && items[slot(size - 1)].id() >= message.id()) {
            inIdOrder = false;
        }
        items[slot(size)] = message;
        size++;
        modCount++;
    }

    void addFirst(Message message) {
        if (size == items.length) {
            grow();
        }
        if (size > 0 && items[head].id() <= message.id()) {
            inIdOrder = false;
        }
        head = (head - 1) & (items.length - 1);
        items[head] = message;
        size++;
        modCount++;
    }

    @Override
    public boolean add(Message message) {
        addLast(message);
        return true;
    }

    /** The first message, or null when empty. */
    Message peekFirst() {
        return size == 0 ? null : items[head];
    }

    /** Removes and returns the first message, or null when empty. */
    Message pollFirst() {
        if (size == 0) {
            return null;
        }
        Message first = items[head];
        items[head] = null;
        head = (head + 1) & (items.length - 1);
        shrunk();
        return first;
    }

    /** Removes and returns the last message, or null when empty. */
    Message pollLast() {
        if (size == 0) {
            return null;
        }
        int last = slot(size - 1);
        Message message = items[last];
        items[last] = null;
        shrunk();
        return message;
    }

    /** Removes the message at {@code index}, moving the messages on its shorter side by one (array copies). */
    @Override
    public Message remove(int index) {
        checkIndex(index);
        int gap = slot(index);
        Message removed = items[gap];
        int last = items.length - 1;
        if (index < size / 2) { // the ones before move back by one, the head with them
            if (head <= gap) {
                System.arraycopy(items, head, items, head + 1, gap - head);
            } else {
                System.arraycopy(items, 0, items, 1, gap);
                items[0] = items[last];
                System.arraycopy(items, head, items, head + 1, last - head);
            }
            items[head] = null;
            head = (head + 1) & last;
        } else { // the ones after move forward by one
            int tail = slot(size - 1);
            if (gap <= tail) {
                System.arraycopy(items, gap + 1, items, gap, tail - gap);
            } else {
                System.arraycopy(items, gap + 1, items, gap, last - gap);
                items[last] = items[0];
                System.arraycopy(items, 1, items, 0, tail);
            }
            items[tail] = null;
        }
        shrunk();
        return removed;
    }

    /** Where the message with this id is, or -1: a binary search while the queue is in id order, else a walk. */
    int indexOfId(long id) {
        if (inIdOrder) {
            int low = 0;
            int high = size - 1;
            while (low <= high) {
                int middle = (low + high) >>> 1;
                long there = items[slot(middle)].id();
                if (there < id) {
                    low = middle + 1;
                } else if (there > id) {
                    high = middle - 1;
                } else {
                    return middle;
                }
            }
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if (items[slot(i)].id() == id) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the ids ascend from the first message to the last (then {@link #indexOfId} searches in logarithmic time). */
    boolean isInIdOrder() {
        return inIdOrder;
    }

    @Override
    public void clear() {
        Arrays.fill(items, null);
        head = 0;
        size = 0;
        inIdOrder = true;
        modCount++;
    }

    @Override
    public Object[] toArray() {
        Object[] copy = new Object[size];
        int firstPart = Math.min(size, items.length - head);
        System.arraycopy(items, head, copy, 0, firstPart);
        System.arraycopy(items, 0, copy, firstPart, size - firstPart);
        return copy;
    }

    private void shrunk() {
        size--;
        modCount++;
        if (size == 0) {
            head = 0;
            inIdOrder = true;
        }
    }

    private int slot(int index) {
        return (head + index) & (items.length - 1);
    }

    private void checkIndex(int index) {
        Objects.checkIndex(index, size);
    }

    private void grow() {
        Message[] larger = new Message[items.length * 2];
        int firstPart = items.length - head;
        System.arraycopy(items, head, larger, 0, firstPart);
        System.arraycopy(items, 0, larger, firstPart, head);
        items = larger;
        head = 0;
    }
}
