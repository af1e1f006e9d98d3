package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.persistence.JournalStore;

/**
 * A restart leaves the bodies of a replayed backlog beyond the memory budget in the journal,
 * where they are read back when needed, instead of copying them to page files (issue #19): no page
 * file is written, the backlog arrives whole and in order, also when the journal is compacted
 * while it drains, and what administrators read of it is whole.
 */
@Timeout(60)
class StoredBodiesTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final int BODY_BYTES = 1024;

    @TempDir
    Path folder;
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = opened.size() - 1; i >= 0; i--) {
            opened.get(i).close();
        }
    }

    /** A server's broker on a real journal, paging beyond 256 KiB of waiting bodies. */
    private Broker start(JournalOptions options) throws Exception {
        JournalStore store = new JournalStore(List.of(new JournalStore.LoggingService("*",
                Journal.open(JournalFiles.of(folder.resolve("S-1.journal")), options))));
        SeedPages pages = SeedPages.in(folder, "S-1");
        pages.setThreshold(256 << 10);
        opened.add(store);
        opened.add(pages);
        Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, store, pages);
        broker.setMemoryBound(64 << 20);
        return broker;
    }

    private void stop() throws Exception {
        close();
        opened.clear();
    }

    private static byte[] body(int n) {
        byte[] body = new byte[BODY_BYTES];
        Arrays.fill(body, (byte) ('a' + n % 26));
        byte[] label = ("seed " + n + " ").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(label, 0, body, 0, label.length);
        return body;
    }

    private static Instance register(Broker broker, ServiceUser who, Sink sink) {
        Registration registration = broker.register(who, new byte[0], DeliveryMode.CALLBACK, Integer.MAX_VALUE, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    private static List<byte[]> postBacklog(Broker broker, int count) {
        Instance producer = register(broker, ServiceUser.of("PROD", "p"), new RecordingSink());
        List<byte[]> bodies = new ArrayList<>();
        List<CompletableFuture<PostOutcome>> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            bodies.add(body(i));
            posted.add(broker.post(producer, SINK, "e", Message.PERSISTENT, bodies.get(i)));
        }
        posted.forEach(outcome -> assertThat(outcome.join().refusal()).isNull());
        return bodies;
    }

    private List<Path> pageFiles() throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".page")).toList();
        }
    }

    private static final class ThreadSafeSink extends RecordingSink {
        final List<Message> received = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void deliver(Message message) {
            received.add(message);
        }
    }

    /** Receives the backlog, acknowledging as it comes; {@code meanwhile} runs once a third has arrived. */
    private static List<Message> drain(Broker broker, int expected, Runnable meanwhile) throws InterruptedException {
        ThreadSafeSink sink = new ThreadSafeSink();
        Instance consumer = register(broker, SINK, sink);
        int[] acknowledged = {0};
        boolean[] ran = {false};
        awaitUntil("the whole backlog delivered", () -> {
            List<Message> received;
            synchronized (sink.received) {
                received = List.copyOf(sink.received.subList(acknowledged[0], sink.received.size()));
            }
            broker.acknowledge(consumer, received.stream().mapToLong(Message::id).toArray());
            acknowledged[0] += received.size();
            if (!ran[0] && acknowledged[0] >= expected / 3) {
                ran[0] = true;
                meanwhile.run();
            }
            return acknowledged[0] == expected;
        });
        return sink.received;
    }

    private static void awaitUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(condition.getAsBoolean()).as(what).isTrue();
    }

    @Test
    void aRestartReadsTheBacklogBackFromTheJournalWithoutWritingPageFiles() throws Exception {
        List<byte[]> bodies = postBacklog(start(JournalOptions.defaults()), 3_000);
        stop();

        Broker after = start(JournalOptions.defaults());
        assertThat(after.counters().waitingSeeds()).isEqualTo(3_000);
        assertThat(pageFiles()).as("page files written at start").isEmpty();

        List<Message> received = drain(after, 3_000, () -> {});
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(received.get(i).body()).as("body %d", i).isEqualTo(bodies.get(i));
        }
        assertThat(pageFiles()).isEmpty();
    }

    @Test
    void aBacklogDrainedWhileItsJournalIsCompactedArrivesWhole() throws Exception {
        // compacted as soon as a quarter of a file of 1 MiB or more is dead: once a third has drained
        JournalOptions compacting = JournalOptions.defaults().withCompaction(0.25, 1 << 20);
        List<byte[]> bodies = postBacklog(start(compacting), 4_000);
        stop();

        Broker after = start(compacting);
        Journal journal = journalOf(after);
        List<Message> received = drain(after, 4_000, () -> {
            try {
                awaitUntil("a compaction of the journal", () -> journal.stats().compactions() > 0);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < bodies.size(); i++) {
            assertThat(received.get(i).body()).as("body %d", i).isEqualTo(bodies.get(i));
        }
    }

    @Test
    void whatAdministratorsFindOrDeleteOfAReplayedBacklogIsWhole() throws Exception {
        List<byte[]> bodies = postBacklog(start(JournalOptions.defaults()), 2_000);
        stop();

        Broker after = start(JournalOptions.defaults());
        BrokerAdministration admin = after.administration();
        long newest = after.nextMessageId() - 1; // beyond the budget: its body is in the journal
        assertThat(admin.find(newest)).hasValueSatisfying(found -> assertThat(found.message().body()).isEqualTo(bodies.get(1_999)));
        List<BrokerAdministration.Removed> removed = new ArrayList<>();
        assertThat(admin.deleteEverywhere(newest - 1, removed::add)).isEqualTo(1);
        assertThat(removed).singleElement().satisfies(gone -> assertThat(gone.message().body()).isEqualTo(bodies.get(1_998)));
        BrokerAdministration.Place copy = admin.sectionCopy(BrokerAdministration.SeedSection.PERSISTENT_MESSAGE_SEEDS);
        assertThat(copy.messages()).hasSize(1_999);
        Message last = copy.messages().get(copy.messages().size() - 1);
        assertThat(copy.withBody(last)).hasValueSatisfying(whole -> assertThat(whole.body()).isEqualTo(bodies.get(1_999)));
    }

    private Journal journalOf(Broker broker) {
        return ((JournalStore) opened.get(opened.size() - 2)).services().get(0).journal();
    }
}
