package org.openmom.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalBatch;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;

/** The broker's persistent messages in a real journal. */
class JournalStoreTest {
    private static final ServiceUser ALICE = ServiceUser.of("CHAT", "alice");
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path dir;

    private JournalStore open(JournalOptions options) throws Exception {
        return new JournalStore(List.of(new JournalStore.LoggingService("*",
                Journal.open(JournalFiles.of(dir.resolve("store.journal")), options))));
    }

    private static int live(JournalStore store) {
        int[] count = new int[1];
        store.replay((message, targets) -> count[0]++);
        return count[0];
    }

    /**
     * A consumer acknowledging faster than the disk commits (found by the torture suite, R3):
     * each acknowledgement was one journal batch, and once the journal's queue was full the
     * removals were dropped, so acknowledged messages came back after the next restart.
     */
    @Test
    void acknowledgementsFasterThanTheDiskAllLeaveTheJournal() throws Exception {
        int messages = 3000;
        try (JournalStore store = open(JournalOptions.defaults())) {
            List<CompletableFuture<Void>> saved = new ArrayList<>();
            for (long id = 1; id <= messages; id++) {
                saved.add(store.save(new Message(id, ALICE, BOB, "say", Message.PERSISTENT,
                        ("message " + id).getBytes(StandardCharsets.UTF_8)), List.of(BOB)));
            }
            CompletableFuture.allOf(saved.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        // a queue of 16 batches: 3000 acknowledgements at once overflow it many times over
        try (JournalStore store = open(JournalOptions.defaults().withMaxPendingBatches(16))) {
            assertThat(live(store)).isEqualTo(messages);
            for (long id = 1; id <= messages; id++) {
                store.remove(id);
            }
        }
        try (JournalStore store = open(JournalOptions.defaults())) {
            assertThat(live(store)).as("acknowledged messages left in the journal").isZero();
        }
    }

    /** A removal queued before a save reaches the disk no later than it: POSTED then proves earlier ACKs durable. */
    @Test
    void aSaveAfterRemovalsIsDurableOnlyWithThem() throws Exception {
        try (JournalStore store = open(JournalOptions.defaults())) {
            store.save(new Message(1, ALICE, BOB, "say", Message.PERSISTENT, new byte[1]), List.of(BOB)).get(10, TimeUnit.SECONDS);
            store.remove(1);
            store.save(new Message(2, ALICE, BOB, "say", Message.PERSISTENT, new byte[1]), List.of(BOB)).get(10, TimeUnit.SECONDS);
            // the journal's index shows what was committed when the save completed
            List<Long> ids = new ArrayList<>();
            store.replay((message, targets) -> ids.add(message.id()));
            assertThat(ids).containsExactly(2L);
        }
    }

    /** What replay hands back, comparable with equals (a message's body is an array). */
    private record Replayed(long id, ServiceUser from, ServiceUser to, String event, int flags, String body,
                            List<ServiceUser> targets) {
        Replayed(Message message, List<ServiceUser> targets) {
            this(message.id(), message.from(), message.to(), message.event(), message.flags(),
                    new String(message.body(), StandardCharsets.UTF_8), targets);
        }
    }

    private static List<Replayed> replayed(JournalStore store) {
        List<Replayed> all = new ArrayList<>();
        store.replay((message, targets) -> all.add(new Replayed(message, targets)));
        return all;
    }

    @Test
    void savedMessagesComeBackWithTheirTargetsAfterReopening() throws Exception {
        Message message = new Message(41, ALICE, ServiceUser.of("CHAT", "*"), "dît €", Message.PERSISTENT | Message.GLOBAL,
                "a body".getBytes(StandardCharsets.UTF_8));
        List<ServiceUser> targets = List.of(BOB, ServiceUser.of("LOG", "søren"));
        try (JournalStore store = open(JournalOptions.defaults())) {
            store.save(message, targets).get(10, TimeUnit.SECONDS);
        }
        try (JournalStore store = open(JournalOptions.defaults())) {
            assertThat(replayed(store)).containsExactly(new Replayed(message, targets));
        }
    }

    /**
     * The most specific Key logs a service's messages, whatever the order of the lines (issue #18
     * item 12: with {@code *} first, a CHAT journal was never written).
     */
    @Test
    void theMostSpecificKeyLogsAServicesMessages() throws Exception {
        Journal all = Journal.open(JournalFiles.of(dir.resolve("all.journal")), JournalOptions.defaults());
        Journal chatStar = Journal.open(JournalFiles.of(dir.resolve("chat-star.journal")), JournalOptions.defaults());
        Journal chat = Journal.open(JournalFiles.of(dir.resolve("chat.journal")), JournalOptions.defaults());
        try (JournalStore store = new JournalStore(List.of(new JournalStore.LoggingService("*", all),
                new JournalStore.LoggingService("CH*", chatStar), new JournalStore.LoggingService("CHAT", chat)))) {
            store.save(new Message(1, ALICE, BOB, "say", Message.PERSISTENT, new byte[1]), List.of(BOB)).get(10, TimeUnit.SECONDS);
            store.save(new Message(2, ALICE, ServiceUser.of("CHART", "x"), "say", Message.PERSISTENT, new byte[1]),
                    List.of(ServiceUser.of("CHART", "x"))).get(10, TimeUnit.SECONDS);
            store.save(new Message(3, ALICE, ServiceUser.of("NEWS", "x"), "say", Message.PERSISTENT, new byte[1]),
                    List.of(ServiceUser.of("NEWS", "x"))).get(10, TimeUnit.SECONDS);

            assertThat(chat.stats().liveRecords()).as("CHAT").isEqualTo(1);
            assertThat(chatStar.stats().liveRecords()).as("CHART in CH*").isEqualTo(1);
            assertThat(all.stats().liveRecords()).as("NEWS in *").isEqualTo(1);
        }
    }

    /** Journals written before records were encoded on the journal's thread: built with DataOutputStream. */
    @Test
    void aJournalOfRecordsWrittenAsArraysStillReplays() throws Exception {
        ByteArrayOutputStream record = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(record)) {
            out.writeByte(1);
            out.writeInt(Message.PERSISTENT);
            for (String text : List.of("CHAT", "alice", "CHAT", "bob", "say")) {
                out.writeUTF(text);
            }
            out.writeShort(1);
            out.writeUTF("CHAT");
            out.writeUTF("bob");
            out.writeInt(5);
            out.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        try (Journal journal = Journal.open(JournalFiles.of(dir.resolve("store.journal")), JournalOptions.defaults())) {
            journal.write(new JournalBatch().put(9, record.toByteArray())).get(10, TimeUnit.SECONDS);
        }
        try (JournalStore store = open(JournalOptions.defaults())) {
            assertThat(replayed(store)).containsExactly(
                    new Replayed(9, ALICE, BOB, "say", Message.PERSISTENT, "hello", List.of(BOB)));
        }
    }
}
