package org.openmom.journal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Child process of {@link KillTest}: writes to a journal from four threads as fast as it can and
 * prints the id of every confirmed put on standard output, until it is killed.
 */
public final class CrashingProducer {

    private CrashingProducer() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        PrintStream confirmations = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Journal journal = Journal.open(JournalFiles.of(dir.resolve("killed.journal"), dir.resolve("killed-mirror.journal")),
                JournalOptions.defaults());
        for (int t = 0; t < 4; t++) {
            long base = t * 1_000_000_000L;
            Thread producer = new Thread(() -> {
                java.util.concurrent.Semaphore window = new java.util.concurrent.Semaphore(16);
                for (long id = base; ; id++) {
                    window.acquireUninterruptibly();
                    long confirmed = id;
                    journal.write(new JournalBatch().put(id, KillTest.payload(id))).whenComplete((ok, error) -> {
                        window.release();
                        if (error == null) {
                            confirmations.println(confirmed);
                        }
                    });
                }
            });
            producer.start();
        }
        Thread.sleep(Long.MAX_VALUE);
    }
}
