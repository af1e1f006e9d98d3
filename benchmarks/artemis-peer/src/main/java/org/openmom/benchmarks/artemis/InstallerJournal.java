package org.openmom.benchmarks.artemis;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.config.ActiveMQDefaultConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.io.IOCallback;
import org.apache.activemq.artemis.core.io.SequentialFile;
import org.apache.activemq.artemis.core.io.aio.AIOSequentialFileFactory;
import org.apache.activemq.artemis.core.server.JournalType;

/**
 * The journal {@code artemis create} sets up on this disk, for a like-for-like W3: ASYNCIO (libaio)
 * and a {@code journal-buffer-timeout} from its auto-tuning — 250 writes of 4 KiB submitted at
 * once with datasync, the fastest of 5 tries, the timeout being the time per write of that try.
 * Without libaio the broker does not start (ASYNCIO would fall back to NIO without a word).
 */
final class InstallerJournal {
    private static final int WRITES = 250;
    private static final int BLOCK = 4096;
    private static final int TRIES = 5;

    private InstallerJournal() {}

    /** Sets {@code configuration}'s journal as the installer would on {@code journalFolder}'s disk; returns what it chose, in one line. */
    static String apply(ConfigurationImpl configuration, Path journalFolder) throws Exception {
        if (!AIOSequentialFileFactory.isSupported()) {
            throw new IllegalStateException("ASYNCIO needs the native libaio, which is not loaded — install the Debian package"
                    + " libaio1 (libaio1t64 on newer releases), or run the NIO default (W3-nio) only");
        }
        long timeoutNanos = tunedBufferTimeoutNanos(Files.createDirectories(journalFolder));
        configuration.setJournalType(JournalType.ASYNCIO);
        configuration.setJournalBufferTimeout_AIO((int) timeoutNanos);
        return "journal ASYNCIO, journal-buffer-timeout " + timeoutNanos + " ns (tuned as artemis create does)";
    }

    private static long tunedBufferTimeoutNanos(Path folder) throws Exception {
        AIOSequentialFileFactory factory = new AIOSequentialFileFactory(folder.toFile(),
                ActiveMQDefaultConfiguration.getDefaultJournalMaxIoAio());
        factory.setDatasync(true);
        factory.start();
        factory.disableBufferReuse(); // the test's block is released once, by us: a reused one would be freed twice at stop
        factory.setAlignment(BLOCK);
        SequentialFile file = factory.createSequentialFile("journal-test.tmp");
        try {
            ByteBuffer block = factory.newBuffer(BLOCK);
            while (block.hasRemaining()) {
                block.put((byte) 't');
            }
            file.open();
            file.fill(BLOCK * WRITES);
            file.close();
            long fastestMillis = Long.MAX_VALUE;
            for (int attempt = 0; attempt < TRIES; attempt++) {
                fastestMillis = Math.min(fastestMillis, timedWrites(file, block));
            }
            factory.releaseDirectBuffer(block);
            return fastestMillis * 1_000_000L / WRITES;
        } finally {
            file.close();
            file.delete();
            factory.stop();
        }
    }

    /** Milliseconds to write {@link #WRITES} blocks, all submitted before any is awaited. */
    private static long timedWrites(SequentialFile file, ByteBuffer block) throws Exception {
        file.open();
        file.position(0);
        CountDownLatch written = new CountDownLatch(WRITES);
        IOCallback callback = new IOCallback() {
            @Override
            public void done() {
                written.countDown();
            }

            @Override
            public void onError(int errorCode, String errorMessage) {
                System.err.println("artemis: journal test write failed: " + errorMessage);
            }
        };
        long start = System.currentTimeMillis();
        for (int i = 0; i < WRITES; i++) {
            block.position(0);
            file.writeDirect(block, true, callback);
        }
        if (!written.await(5, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the journal test's writes took more than 5 s");
        }
        long millis = System.currentTimeMillis() - start;
        file.close();
        return millis;
    }
}
