package org.openmom.journal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Closes journal files no one uses any more, on a thread of its own (see
 * {@link JournalChannels#release}): whoever lets go of a file last is on a path that must not
 * wait for the disk to take back a replaced gigabyte.
 */
final class FileCloser {
    private static final ExecutorService THREAD = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "openmom-file-closer");
        thread.setDaemon(true);
        return thread;
    });

    private FileCloser() {}

    static void close(Runnable closing) {
        THREAD.execute(closing);
    }
}
