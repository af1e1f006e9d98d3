package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.server.persistence.JournalStore;
import org.openmom.testing.TestServer;

/**
 * A producer with many confirmed persistent posts in flight, a consumer acknowledging as fast
 * as it can, and a journal whose queue of writes is short: the server slows the producer
 * down instead of letting the journal refuse writes.
 */
@Timeout(120)
class JournalBackPressureTest {
    private static final int MESSAGES = 4_000;

    @TempDir
    Path dir;

    @Test
    void aShortJournalQueueSlowsTheProducerAndRefusesNothing() throws Exception {
        Journal journal = Journal.open(JournalFiles.of(dir.resolve("short.journal")),
                JournalOptions.defaults().withMaxPendingBatches(256));
        JournalStore store = new JournalStore(List.of(new JournalStore.LoggingService("*", journal)));
        try (TestServer server = TestServer.named("BP").home(dir).store(store).start();
             OpenMomClient consumer = OpenMomClient.connect(ClientOptions.of("SINK", "s").withHome(server.home()), server.tcp());
             OpenMomClient producer = OpenMomClient.connect(ClientOptions.of("LOAD", "p").withHome(server.home())
                     .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60)), server.tcp())) {
            CountDownLatch received = new CountDownLatch(MESSAGES);
            consumer.setMessageListener(message -> received.countDown());
            Queue<String> refusals = new ConcurrentLinkedQueue<>();
            Semaphore inFlight = new Semaphore(1_000);
            byte[] body = new byte[1024];
            for (int i = 0; i < MESSAGES; i++) {
                inFlight.acquire();
                producer.post(Post.to("SINK", "s", "load", body).persistent()).whenComplete((result, error) -> {
                    if (error != null) {
                        refusals.add(error.getMessage());
                    }
                    inFlight.release();
                });
            }
            inFlight.acquire(1_000);

            assertThat(refusals).as("posts refused").isEmpty();
            assertThat(received.await(60, TimeUnit.SECONDS)).as("every message delivered").isTrue();
            assertThat(journal.stats().rejected()).as("batches the journal refused").isZero();
        }
    }
}
