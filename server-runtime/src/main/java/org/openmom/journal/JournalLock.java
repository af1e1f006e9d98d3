package org.openmom.journal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a second server (or a second open in this one) away from a journal: two writers would
 * interleave records and destroy it. An OS lock on {@code <master>.lock}, not on the master itself,
 * because compaction replaces the master file. The lock file stays; only the lock matters.
 */
final class JournalLock {

    private static final Logger log = LoggerFactory.getLogger(JournalLock.class);

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private JournalLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    static JournalLock acquire(Path master) throws JournalException {
        Path path = master.resolveSibling(master.getFileName() + ".lock");
        FileChannel channel = null;
        try {
            Files.createDirectories(path.getParent());
            channel = FileChannel.open(path, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), FileOps.ownerOnly(path));
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(master, null);
            }
            return new JournalLock(path, channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(master, e);
        } catch (IOException e) {
            closeQuietly(channel);
            throw Recovery.failure(path, e);
        } catch (JournalException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static JournalException inUse(Path master, Exception cause) {
        return new JournalException("journal " + master + " is already open in another server or logging service; "
                + "fix: stop the other server, or give this logging service its own file", cause);
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            log.warn("Releasing the lock {} failed: {}", path, e.toString());
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing with a better message
            }
        }
    }
}
