package org.openmom.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open master and mirror files of one generation of a journal. Reference counted because a
 * compaction replaces them while a reader (the compactor, {@link Journal#forEachLive}) may still
 * read the old generation: the files close when the last user releases them. Renamed-over files
 * stay readable through their open channels until then.
 */
final class JournalChannels {

    private static final Logger log = LoggerFactory.getLogger(JournalChannels.class);

    private final List<Path> paths;
    private final List<FileChannel> channels;
    private final AtomicInteger references = new AtomicInteger(1);

    /** Takes ownership of {@code channels}, master first, parallel to {@code paths}. */
    JournalChannels(List<Path> paths, List<FileChannel> channels) {
        this.paths = List.copyOf(paths);
        this.channels = List.copyOf(channels);
    }

    FileChannel master() {
        return channels.get(0);
    }

    /** Master first, then the mirrors. */
    List<FileChannel> all() {
        return channels;
    }

    List<Path> paths() {
        return paths;
    }

    /** Adds a user; false if the files are already closed. */
    boolean retain() {
        while (true) {
            int count = references.get();
            if (count == 0) {
                return false;
            }
            if (references.compareAndSet(count, count + 1)) {
                return true;
            }
        }
    }

    /**
     * Drops a user; the last one has the files closed on the {@link FileCloser}'s thread: closing
     * the last descriptor of a file a compaction replaced gives its disk blocks back, which took
     * 50–90 ms for a gigabyte, and the last user may be the journal's writer (every commit waits
     * for it) or a drain under the broker lock.
     */
    void release() {
        if (references.decrementAndGet() == 0) {
            FileCloser.close(this::closeAll);
        }
    }

    /** {@link #release}, the last one closing the files on this thread (the journal is closing). */
    void releaseNow() {
        if (references.decrementAndGet() == 0) {
            closeAll();
        }
    }

    private void closeAll() {
        for (int i = 0; i < channels.size(); i++) {
            try {
                channels.get(i).close();
            } catch (IOException e) {
                log.warn("Closing journal file {} failed: {}", paths.get(i), e.toString());
            }
        }
    }
}
