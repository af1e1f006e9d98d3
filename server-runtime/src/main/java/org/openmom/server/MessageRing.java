package org.openmom.server;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import org.agrona.collections.LongHashSet;
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
 * middle moves the shorter side, by array copies. Not thread-safe (the broker lock guards it).
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

    /** Removes the message at {@code index}, moving the messages on its shorter side by one. */
    @Override
    public Message remove(int index) {
        checkIndex(index);
        Message removed = items[slot(index)];
        if (index < size / 2) { // the ones before move back by one, the head with them
            move(0, 1, index);
            items[head] = null;
            head = (head + 1) & (items.length - 1);
        } else { // the ones after move forward by one
            move(index + 1, index, size - 1 - index);
            items[slot(size - 1)] = null;
        }
        shrunk();
        return removed;
    }

    /** Where the message with this id is, or -1: a binary search while the queue is in id order, else a walk. */
    int indexOfId(long id) {
        if (inIdOrder) {
            return binarySearch(id);
        }
        for (int i = 0; i < size; i++) {
            if (items[slot(i)].id() == id) {
                return i;
            }
        }
        return -1;
    }

    private int binarySearch(long id) {
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

    /**
     * Removes the messages with these ids (those it holds) and returns them in queue order: found
     * by binary searches while in id order, else in one walk; then the runs between them on the
     * shorter side move once each, by array copies. A thousand ids deep in a queue of a million are not a thousand
     * removals that each move half of it.
     */
    List<Message> removeIds(LongHashSet ids) {
        int[] found = positionsOf(ids);
        if (found.length == 0) {
            return List.of();
        }
        List<Message> removed = new ArrayList<>(found.length);
        for (int at : found) {
            removed.add(items[slot(at)]);
        }
        int first = found[0];
        int last = found[found.length - 1];
        if (last < size - first) { // the ones before the last found move back, the head with them
            int end = last + 1;
            for (int j = found.length - 1; j >= 0; j--) {
                int from = j == 0 ? 0 : found[j - 1] + 1;
                int length = found[j] - from;
                end -= length;
                move(from, end, length);
            }
            for (int i = 0; i < found.length; i++) {
                items[slot(i)] = null;
            }
            head = (head + found.length) & (items.length - 1);
        } else { // the ones after the first found move forward
            int to = first;
            for (int j = 0; j < found.length; j++) {
                int from = found[j] + 1;
                int length = (j + 1 < found.length ? found[j + 1] : size) - from;
                move(from, to, length);
                to += length;
            }
            for (int i = to; i < size; i++) {
                items[slot(i)] = null;
            }
        }
        size -= found.length;
        modCount++;
        if (size == 0) {
            head = 0;
            inIdOrder = true;
        }
        return removed;
    }

    /** The positions of the messages with these ids, ascending. */
    private int[] positionsOf(LongHashSet ids) {
        int[] found = new int[Math.min(ids.size(), size)];
        int count = 0;
        if (inIdOrder) {
            for (LongHashSet.LongIterator it = ids.iterator(); it.hasNext(); ) {
                int at = binarySearch(it.nextValue());
                if (at >= 0) {
                    found[count++] = at;
                }
            }
        } else {
            for (int i = 0; i < size && count < found.length; i++) {
                if (ids.contains(items[slot(i)].id())) {
                    found[count++] = i;
                }
            }
        }
        int[] positions = Arrays.copyOf(found, count);
        Arrays.sort(positions);
        return positions;
    }

    /**
     * For a queue in id order: copies into {@code into}, in order, at most {@code max} messages from
     * the first with an id after {@code afterId} (a binary search) while their ids are at most
     * {@code upToId}; returns how many.
     */
    int copyAfter(long afterId, long upToId, int max, List<Message> into) {
        int low = 0;
        int high = size;
        while (low < high) { // the first position whose id is after afterId
            int middle = (low + high) >>> 1;
            if (items[slot(middle)].id() <= afterId) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        int copied = 0;
        for (int i = low; i < size && copied < max; i++) {
            Message message = items[slot(i)];
            if (message.id() > upToId) {
                break;
            }
            into.add(message);
            copied++;
        }
        return copied;
    }

    /** Copies into {@code into}, in queue order, every message with an id after {@code afterId} and at most {@code upToId} (a walk). */
    void copyRange(long afterId, long upToId, List<Message> into) {
        for (int i = 0; i < size; i++) {
            Message message = items[slot(i)];
            if (message.id() > afterId && message.id() <= upToId) {
                into.add(message);
            }
        }
    }

    /** The last message, or null when empty. */
    Message peekLast() {
        return size == 0 ? null : items[slot(size - 1)];
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

    /**
     * Copies {@code length} messages from position {@code from} to position {@code to} (positions
     * in the queue, which may wrap around the array), as runs of array copies; the ranges may
     * overlap.
     */
    private void move(int from, int to, int length) {
        if (to < from) { // forward: from the first of the range, so nothing is overwritten before it is read
            for (int done = 0; done < length; ) {
                int source = slot(from + done);
                int target = slot(to + done);
                int run = Math.min(length - done, Math.min(items.length - source, items.length - target));
                System.arraycopy(items, source, items, target, run);
                done += run;
            }
        } else { // back: from the last of the range
            for (int left = length; left > 0; ) {
                int sourceEnd = slot(from + left - 1) + 1;
                int targetEnd = slot(to + left - 1) + 1;
                int run = Math.min(left, Math.min(sourceEnd, targetEnd));
                System.arraycopy(items, sourceEnd - run, items, targetEnd - run, run);
                left -= run;
            }
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
