package org.openmom.journal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A journal's master file as it was when its live records were read, readable from any thread
 * while someone uses it. Records are only ever appended to a journal file, so bytes read at a
 * record's offset stay that record; a compaction that replaces the file meanwhile leaves this one
 * open (its disk space is given back when the last user lets go). A replay hands it on, so that
 * the bodies of waiting messages are read back from the journal instead of being copied to page
 * files at start (docs/performance.md, "Paging").
 */
public final class PinnedRecords {
    private final JournalChannels channels;
    private final AtomicInteger users = new AtomicInteger(1);
    private final AtomicBoolean closed = new AtomicBoolean();

    /** Takes over one reference to {@code channels}, given back with the last {@link #release}. */
    PinnedRecords(JournalChannels channels) {
        this.channels = channels;
    }

    /** {@code length} bytes at {@code offset} of the master file. */
    public byte[] read(long offset, int length) throws IOException {
        byte[] bytes = new byte[length];
        ByteBuffer target = ByteBuffer.wrap(bytes);
        while (target.hasRemaining()) {
            if (channels.master().read(target, offset + target.position()) < 0) {
                throw new IOException("journal file ended at " + (offset + target.position()) + " inside a record");
            }
        }
        return bytes;
    }

    /** One more user. */
    public void retain() {
        users.incrementAndGet();
    }

    /** One user fewer; the last one closes the file (unless the journal still has it open). */
    public void release() {
        if (users.decrementAndGet() == 0) {
            close();
        }
    }

    /** Lets go of the file now, whoever still uses it (the server stops): their reads fail from now on. */
    public void close() {
        if (closed.compareAndSet(false, true)) {
            channels.release();
        }
    }
}
