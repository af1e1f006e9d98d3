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
 * <p>A ring buffer of a power-of-two capacity, like {@link java.util.ArrayDeque}, but in chunks of
 * at most 4,096 slots once it is that big: growing adds chunks instead of copying every message
 * into an array twice as big, which under the broker lock took 8–9 ms at a million and up to
 * 126 ms at two (issue #19, measured) — a growth now copies at most one chunk. A chunk the queue
 * has drained is let go, so a backlog's memory leaves with it. A removal in the middle moves the
 * shorter side, by array copies. Not thread-safe (the broker lock guards it).
 */
final class MessageRing extends AbstractList<Message> implements RandomAccess {
    /** Chunks of 2^12 slots (16 KiB of references): a growth's copy is over in microseconds. */
    private static final int CHUNK_SHIFT = 12;
    private static final int INITIAL_SHIFT = 4;

    /** The largest chunk's log2: small queues (most mailboxes) stay in one small array. */
    private final int chunkShift;
    /** The slots, {@code chunks.length << shift} of them: one chunk until it reaches its largest, then more; null for a chunk not in use. */
    private Message[][] chunks;
    /** log2 of the length of a chunk. */
    private int shift;
    /** The capacity less one, and a chunk's length less one (kept: the hot path computes slots with them). */
    private int slotMask;
    private int offsetMask;
    /** Where the first message is (a slot). */
    private int head;
    private int size;
    /** Whether the ids ascend from the first message to the last. */
    private boolean inIdOrder = true;
    /** Slots copied so far by growth and moves (what lets the tests check that no growth copies more than a chunk). */
    private long slotsCopied;

    MessageRing() {
        this(CHUNK_SHIFT);
    }

    /** A ring whose chunks hold {@code 2^chunkShift} slots (small ones let the tests cross chunks with few messages). */
    MessageRing(int chunkShift) {
        this.chunkShift = chunkShift;
        startEmpty();
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Message get(int index) {
        checkIndex(index);
        return at(slot(index));
    }

    void addLast(Message message) {
        if (size == capacity()) {
            grow();
        }
        if (size > 0 && peekLast().id() >= message.id()) {
            inIdOrder = false;
        }
        fill(slot(size), message);
        size++;
        modCount++;
    }

    void addFirst(Message message) {
        if (size == capacity()) {
            grow();
        }
        if (size > 0 && peekFirst().id() <= message.id()) {
            inIdOrder = false;
        }
        head = slot(-1);
        fill(head, message);
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
        return size == 0 ? null : at(head);
    }

    /** Removes and returns the first message, or null when empty. */
    Message pollFirst() {
        if (size == 0) {
            return null;
        }
        int was = head;
        Message first = at(was);
        vacate(was);
        head = slot(1);
        if (offset(was) == chunkLength() - 1) {
            letGoIfDrained(was >>> shift, size - 1);
        }
        shrunk();
        return first;
    }

    /** Removes and returns the last message, or null when empty. */
    Message pollLast() {
        if (size == 0) {
            return null;
        }
        int last = slot(size - 1);
        Message message = at(last);
        vacate(last);
        if (offset(last) == 0) {
            letGoIfDrained(last >>> shift, size - 1);
        }
        shrunk();
        return message;
    }

    /** Removes the message at {@code index}, moving the messages on its shorter side by one. */
    @Override
    public Message remove(int index) {
        checkIndex(index);
        Message removed = at(slot(index));
        if (index < size / 2) { // the ones before move back by one, the head with them
            move(0, 1, index);
            vacate(head);
            head = slot(1);
        } else { // the ones after move forward by one
            move(index + 1, index, size - 1 - index);
            vacate(slot(size - 1));
        }
        shrunk();
        return removed;
    }

    /** Where the message with this id is, or -1: a binary search while the queue is in id order, else a walk. */
    int indexOfId(long id) {
        if (inIdOrder) {
            int at = firstNotBelow(id);
            return at < size && at(slot(at)).id() == id ? at : -1;
        }
        for (int done = 0, run; done < size; done += run) { // a chunk's run at a time
            int from = slot(done);
            Message[] chunk = chunks[from >>> shift];
            int start = offset(from);
            run = runAt(done);
            for (int i = 0; i < run; i++) {
                if (chunk[start + i].id() == id) {
                    return done + i;
                }
            }
        }
        return -1;
    }

    /** For a queue in id order: the first position whose id is at least {@code id} (a binary search), or the size. */
    private int firstNotBelow(long id) {
        int low = 0;
        int high = size;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (at(slot(middle)).id() < id) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
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
            removed.add(get(at));
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
                vacate(slot(i));
            }
            head = slot(found.length);
        } else { // the ones after the first found move forward
            int to = first;
            for (int j = 0; j < found.length; j++) {
                int from = found[j] + 1;
                int length = (j + 1 < found.length ? found[j + 1] : size) - from;
                move(from, to, length);
                to += length;
            }
            for (int i = to; i < size; i++) {
                vacate(slot(i));
            }
        }
        size -= found.length;
        modCount++;
        if (size == 0) {
            emptied();
        }
        return removed;
    }

    /** The positions of the messages with these ids, ascending. */
    private int[] positionsOf(LongHashSet ids) {
        int[] found = new int[Math.min(ids.size(), size)];
        int count = 0;
        if (inIdOrder) {
            for (LongHashSet.LongIterator it = ids.iterator(); it.hasNext(); ) {
                int at = indexOfId(it.nextValue());
                if (at >= 0) {
                    found[count++] = at;
                }
            }
        } else {
            for (int i = 0; i < size && count < found.length; i++) {
                if (ids.contains(get(i).id())) {
                    found[count++] = i;
                }
            }
        }
        int[] positions = Arrays.copyOf(found, count);
        Arrays.sort(positions);
        return positions;
    }

    /**
     * Copies into {@code into}, in queue order, at most {@code max} messages with an id after
     * {@code afterId} and at most {@code upToId}; returns whether the part is full, so that more
     * may follow. In id order the part starts at a binary search and ends at the max (a copy of a
     * million done a part per hold of the broker lock); out of order, every such message is copied
     * in one walk (the rare queue with a message routed again behind newer ones).
     */
    boolean copyPart(long afterId, long upToId, int max, List<Message> into) {
        if (!inIdOrder) {
            copyRange(afterId, upToId, into);
            return false;
        }
        return copyAfter(afterId, upToId, max, into) == max;
    }

    /**
     * For a queue in id order: copies into {@code into}, in order, at most {@code max} messages from
     * the first with an id after {@code afterId} while their ids are at most {@code upToId}; returns
     * how many.
     */
    int copyAfter(long afterId, long upToId, int max, List<Message> into) {
        if (afterId == Long.MAX_VALUE) {
            return 0;
        }
        int copied = 0;
        for (int i = firstNotBelow(afterId + 1); i < size && copied < max; i++) {
            Message message = get(i);
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
            Message message = get(i);
            if (message.id() > afterId && message.id() <= upToId) {
                into.add(message);
            }
        }
    }

    /** The last message, or null when empty. */
    Message peekLast() {
        return size == 0 ? null : at(slot(size - 1));
    }

    /** Whether the ids ascend from the first message to the last (then {@link #indexOfId} searches in logarithmic time). */
    boolean isInIdOrder() {
        return inIdOrder;
    }

    @Override
    public void clear() {
        size = 0;
        startEmpty();
        modCount++;
    }

    @Override
    public Object[] toArray() {
        Object[] copy = new Object[size];
        for (int done = 0, run; done < size; done += run) {
            int from = slot(done);
            run = runAt(done);
            System.arraycopy(chunks[from >>> shift], offset(from), copy, done, run);
        }
        return copy;
    }

    /** How many slots growth and moves have copied since the ring was made. */
    long slotsCopied() {
        return slotsCopied;
    }

    /** How many chunks hold slots now (drained ones are let go). */
    int chunksInUse() {
        int inUse = 0;
        for (Message[] chunk : chunks) {
            inUse += chunk == null ? 0 : 1;
        }
        return inUse;
    }

    private void startEmpty() {
        shift = Math.min(INITIAL_SHIFT, chunkShift);
        chunks = new Message[][] {new Message[1 << shift]};
        reshaped();
        head = 0;
        inIdOrder = true;
    }

    private void shrunk() {
        size--;
        modCount++;
        if (size == 0) {
            emptied();
        }
    }

    /** An empty queue starts again at slot 0, in id order; one that was big lets its chunks go. */
    private void emptied() {
        if (chunks.length > 1) {
            startEmpty();
        }
        head = 0;
        inIdOrder = true;
    }

    /**
     * Lets chunk {@code chunk} go, the queue (of {@code sizeAfter} messages now) having just left
     * it at one end, unless the other end still has messages in it (a queue within a chunk of full).
     */
    private void letGoIfDrained(int chunk, int sizeAfter) {
        if (chunks.length > 1 && sizeAfter <= capacity() - chunkLength()) {
            chunks[chunk] = null;
        }
    }

    /**
     * Copies {@code length} messages from position {@code from} to position {@code to} (positions
     * in the queue, which may wrap around the ring and cross chunks), as runs of array copies; the
     * ranges may overlap.
     */
    private void move(int from, int to, int length) {
        if (to < from) { // forward: from the first of the range, so nothing is overwritten before it is read
            for (int done = 0; done < length; ) {
                int source = slot(from + done);
                int target = slot(to + done);
                int run = Math.min(length - done, chunkLength() - Math.max(offset(source), offset(target)));
                System.arraycopy(chunks[source >>> shift], offset(source), chunks[target >>> shift], offset(target), run);
                done += run;
            }
        } else { // back: from the last of the range
            for (int left = length; left > 0; ) {
                int sourceEnd = offset(slot(from + left - 1)) + 1;
                int targetEnd = offset(slot(to + left - 1)) + 1;
                int run = Math.min(left, Math.min(sourceEnd, targetEnd));
                System.arraycopy(chunks[slot(from + left - 1) >>> shift], sourceEnd - run,
                        chunks[slot(to + left - 1) >>> shift], targetEnd - run, run);
                left -= run;
            }
        }
        slotsCopied += length;
    }

    /** The slot of position {@code index} (which may be -1: the one before the head). */
    private int slot(int index) {
        return (head + index) & slotMask;
    }

    /** How many messages from position {@code done} on lie in one chunk (a run for an array copy or a scan). */
    private int runAt(int done) {
        return Math.min(size - done, chunkLength() - offset(slot(done)));
    }

    private int capacity() {
        return slotMask + 1;
    }

    private int chunkLength() {
        return offsetMask + 1;
    }

    private int offset(int slot) {
        return slot & offsetMask;
    }

    /** After a change of the chunks or their length: the masks that follow from them. */
    private void reshaped() {
        slotMask = (chunks.length << shift) - 1;
        offsetMask = (1 << shift) - 1;
    }

    private Message at(int slot) {
        return chunks[slot >>> shift][offset(slot)];
    }

    private void vacate(int slot) {
        chunks[slot >>> shift][offset(slot)] = null;
    }

    /** Sets a slot the queue did not use, in a chunk that may have been let go. */
    private void fill(int slot, Message message) {
        Message[] chunk = chunks[slot >>> shift];
        if (chunk == null) {
            chunk = new Message[chunkLength()];
            chunks[slot >>> shift] = chunk;
        }
        chunk[offset(slot)] = message;
    }

    private void checkIndex(int index) {
        Objects.checkIndex(index, size);
    }

    /**
     * Doubles the capacity of a full ring: a small one's single array is copied into one twice as
     * long (at most a chunk); a chunked one gets twice the chunk references, in queue order from
     * the head's chunk, whose front part (the queue's last messages, when the head is inside it)
     * moves to a fresh chunk after the others.
     */
    private void grow() {
        if (shift < chunkShift) {
            Message[] larger = new Message[chunkLength() * 2];
            Message[] only = chunks[0];
            int firstPart = only.length - head;
            System.arraycopy(only, head, larger, 0, firstPart);
            System.arraycopy(only, 0, larger, firstPart, head);
            slotsCopied += only.length;
            chunks[0] = larger;
            shift++;
            reshaped();
            head = 0;
            return;
        }
        int count = chunks.length;
        int headChunk = head >>> shift;
        Message[][] more = new Message[count * 2][];
        for (int i = 0; i < count; i++) {
            more[i] = chunks[(headChunk + i) & (count - 1)];
        }
        int wrapped = offset(head); // the last messages, before the head in its chunk
        if (wrapped > 0) {
            more[count] = new Message[chunkLength()];
            System.arraycopy(more[0], 0, more[count], 0, wrapped);
            Arrays.fill(more[0], 0, wrapped, null);
            slotsCopied += wrapped;
        }
        chunks = more;
        reshaped();
        head = wrapped;
    }
}
