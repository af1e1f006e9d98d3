package org.openmom.journal;

import java.util.Arrays;

/**
 * Puts and removes that reach the disk together: after a crash either all of them are in the
 * journal or none. Operations apply in the order they were added, so a later put of the same id
 * overwrites an earlier one and a remove of an id that is not live does nothing.
 *
 * <p>The journal keeps references to the payload arrays, it does not copy them before the write:
 * neither the batch nor its payloads may be changed after {@link Journal#write} (the batch is
 * sealed then and refuses further operations).
 */
public final class JournalBatch {

    private long[] ids;
    /** Payload per operation; {@code null} marks a remove. */
    private byte[][] payloads;
    private int size;
    private int bodyBytes = JournalFormat.BODY_PREFIX_BYTES;
    private boolean sealed;

    public JournalBatch() {
        this(4);
    }

    /** A batch with room for {@code expectedOps} operations before it grows. */
    public JournalBatch(int expectedOps) {
        int capacity = Math.max(1, expectedOps);
        ids = new long[capacity];
        payloads = new byte[capacity][];
    }

    /** Stores {@code payload} under {@code id}, replacing any earlier payload of that id. */
    public JournalBatch put(long id, byte[] payload) {
        if (payload == null) {
            throw new IllegalArgumentException("payload of id " + id + " is null; use remove(id) to delete a record");
        }
        add(id, payload, JournalFormat.PUT_HEADER_BYTES + payload.length);
        return this;
    }

    /** Deletes {@code id}; nothing happens if it is not live. */
    public JournalBatch remove(long id) {
        add(id, null, JournalFormat.REMOVE_BYTES);
        return this;
    }

    /** Number of operations. */
    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    private void add(long id, byte[] payload, int opBytes) {
        if (sealed) {
            throw new IllegalStateException("batch already handed to Journal.write; build a new batch");
        }
        if ((long) bodyBytes + opBytes > JournalFormat.MAX_BODY_BYTES) {
            throw new IllegalArgumentException("batch would exceed " + JournalFormat.MAX_BODY_BYTES + " bytes");
        }
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            payloads = Arrays.copyOf(payloads, size * 2);
        }
        ids[size] = id;
        payloads[size] = payload;
        size++;
        bodyBytes += opBytes;
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
        return ids[op];
    }

    /** The payload of operation {@code op}, {@code null} if it is a remove. */
    byte[] payload(int op) {
        return payloads[op];
    }
}
