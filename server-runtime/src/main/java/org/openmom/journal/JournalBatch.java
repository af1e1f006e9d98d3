package org.openmom.journal;

import java.util.Arrays;

/**
 * Puts and removes that reach the disk together: after a crash either all of them are in the
 * journal or none. Operations apply in the order they were added, so a later put of the same id
 * overwrites an earlier one and a remove of an id that is not live does nothing.
 *
 * <p>The journal keeps references to the payloads and encodes them only on its writer thread:
 * neither the batch nor its payloads may be changed after {@link Journal#write} (the batch is
 * sealed then and refuses further operations).
 */
public final class JournalBatch {

    /**
     * The first operation lives in fields: most batches (one per saved message) have no other,
     * and arrays of one element were two more objects per message.
     */
    private long firstId;
    /** {@code null} marks a remove, here and in {@link #laterPayloads}. */
    private JournalPayload firstPayload;
    /** Ids of the operations after the first; made when a second one comes, unless sized up front. */
    private long[] laterIds;
    /** Made at the first put after the first operation: batches of thousands of removals need none. */
    private JournalPayload[] laterPayloads;
    private int size;
    private int bodyBytes = JournalFormat.BODY_PREFIX_BYTES;
    private boolean sealed;
    private boolean refusedWhileDiskFails;

    public JournalBatch() {
        this(4);
    }

    /** A batch with room for {@code expectedOps} operations before it grows. */
    public JournalBatch(int expectedOps) {
        if (expectedOps > 1) {
            laterIds = new long[expectedOps - 1];
        }
    }

    /** Stores {@code payload} under {@code id}, replacing any earlier payload of that id. */
    public JournalBatch put(long id, byte[] payload) {
        return put(id, payload == null ? null : JournalPayload.of(payload));
    }

    /**
     * Stores {@code payload} under {@code id}, replacing any earlier payload of that id; the
     * journal's writer thread encodes it.
     */
    public JournalBatch put(long id, JournalPayload payload) {
        if (payload == null) {
            throw new IllegalArgumentException("payload of id " + id + " is null; use remove(id) to delete a record");
        }
        if (payload.length() < 0) {
            throw new IllegalArgumentException("payload of id " + id + " has a negative length " + payload.length());
        }
        add(id, payload, JournalFormat.PUT_HEADER_BYTES + (long) payload.length());
        return this;
    }

    /** Deletes {@code id}; nothing happens if it is not live. */
    public JournalBatch remove(long id) {
        add(id, null, JournalFormat.REMOVE_BYTES);
        return this;
    }

    /**
     * Marks a batch that should rather be refused than wait while the disk fails (a new message:
     * its sender is told and may retry). Other batches (removals, rewrites of what is stored) wait
     * for the disk and reach it in order once it works again: refusing them would bring
     * acknowledged messages back after a restart.
     */
    public JournalBatch refusedWhileDiskFails() {
        refusedWhileDiskFails = true;
        return this;
    }

    boolean isRefusedWhileDiskFails() {
        return refusedWhileDiskFails;
    }

    /** Number of operations. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private void add(long id, JournalPayload payload, long opBytes) {
        if (sealed) {
            throw new IllegalStateException("batch already handed to Journal.write; build a new batch");
        }
        if (bodyBytes + opBytes > JournalFormat.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("batch would exceed " + JournalFormat.MAX_BODY_BYTES + " bytes");
        }
        if (size == 0) {
            firstId = id;
            firstPayload = payload;
        } else {
            addLater(size - 1, id, payload);
        }
        size++;
        bodyBytes += (int) opBytes;
    }

    private void addLater(int index, long id, JournalPayload payload) {
        if (laterIds == null) {
            laterIds = new long[4];
        } else if (index == laterIds.length) {
            laterIds = Arrays.copyOf(laterIds, index * 2);
        }
        laterIds[index] = id;
        if (payload != null) {
            if (laterPayloads == null) {
                laterPayloads = new JournalPayload[laterIds.length];
            } else if (laterPayloads.length < laterIds.length) {
                laterPayloads = Arrays.copyOf(laterPayloads, laterIds.length);
            }
            laterPayloads[index] = payload;
        }
    }

    /** Returns whether this call sealed it (false if it was already handed to a journal). */
    boolean seal() {
        boolean wasOpen = !sealed;
        sealed = true;
        return wasOpen;
    }

    /** The journal refused the batch without looking at it: the caller may retry or extend it. */
    void unseal() {
        sealed = false;
    }

    /** Encoded size of the record body (op count and ops). */
    int bodyBytes() {
        return bodyBytes;
    }

    /** Encoded size of the whole record, header included. */
    int recordBytes() {
        return JournalFormat.RECORD_HEADER_BYTES + bodyBytes;
    }

    long id(int op) {
        return op == 0 ? firstId : laterIds[op - 1];
    }

    /** The payload of operation {@code op}, {@code null} if it is a remove. */
    JournalPayload payload(int op) {
        if (op == 0) {
            return firstPayload;
        }
        int index = op - 1;
        return laterPayloads == null || index >= laterPayloads.length ? null : laterPayloads[index];
    }
}
