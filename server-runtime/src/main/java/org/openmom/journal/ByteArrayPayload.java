package org.openmom.journal;

import java.nio.ByteBuffer;
import java.util.Objects;

/** A payload held as an array, see {@link JournalPayload#of}. */
record ByteArrayPayload(byte[] bytes) implements JournalPayload {

    ByteArrayPayload {
        Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public int length() {
        return bytes.length;
    }

    @Override
    public void writeTo(ByteBuffer target) {
        target.put(bytes);
    }
}
