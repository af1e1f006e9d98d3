package org.openmom.journal;

import java.nio.ByteBuffer;

/**
 * The payload of a put, written by the journal's writer thread straight into its (direct, reused)
 * write buffer. A caller that has its data in another form (a message and its targets) thus never
 * builds a byte array of the record: for large payloads that copy was most of what a persistent
 * write allocated.
 *
 * <p>{@link #writeTo} runs after {@link Journal#write} has returned, on the writer thread: whatever
 * it reads must not change once the batch is written.
 */
public interface JournalPayload {

    /** The exact number of bytes {@link #writeTo} writes; the same on every call. */
    int length();

    /**
     * Writes {@link #length()} bytes at {@code target}'s position, advancing it. The target has room
     * for exactly that many; writing more or fewer (or throwing) is a bug, and fails this write.
     */
    void writeTo(ByteBuffer target);

    /** A payload that is already an array (not copied: the array must not change either). */
    static JournalPayload of(byte[] bytes) {
        return new ByteArrayPayload(bytes);
    }
}
