package org.openmom.server.persistence;

import java.io.IOException;
import org.openmom.journal.PinnedRecords;
import org.openmom.server.StoredBodies;

/** The bodies of the records a journal's replay read, in its file as it was then. */
final class JournalBodies implements StoredBodies {
    private PinnedRecords file;

    /** These bodies, in {@code pinned}: the file every record of one replay comes with. */
    JournalBodies in(PinnedRecords pinned) {
        file = pinned;
        return this;
    }

    @Override
    public byte[] read(long offset, int length) throws IOException {
        return file.read(offset, length);
    }

    @Override
    public void retain() {
        file.retain();
    }

    @Override
    public void release() {
        file.release();
    }

    @Override
    public void close() {
        if (file != null) { // null when the journal held no record
            file.close();
        }
    }
}
