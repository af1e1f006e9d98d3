package org.openmom.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.journal.Journal;
import org.openmom.journal.JournalFiles;
import org.openmom.journal.JournalOptions;
import org.openmom.model.Message;
import org.openmom.model.ServiceUser;
import org.openmom.server.persistence.JournalStore.LoggingService;

/**
 * The store's side of a change of the Logging Services, on real journals: which journal each
 * message ends in, and which copy a start loads after a move a stop interrupted.
 */
@Timeout(60)
class JournalMoveTest {
    private static final ServiceUser SENDER = ServiceUser.of("APP", "sender");
    private final ReentrantLock brokerLock = new ReentrantLock();
    private final Consumer<Runnable> underLock = work -> {
        brokerLock.lock();
        try {
            work.run();
        } finally {
            brokerLock.unlock();
        }
    };

    @TempDir
    Path dir;

    private Journal journal(String name) throws Exception {
        return Journal.open(JournalFiles.of(dir.resolve(name)), JournalOptions.defaults());
    }

    private static Message message(long id, String service, String body) {
        return new Message(id, SENDER, ServiceUser.of(service, "u"), "e", Message.PERSISTENT, body.getBytes(StandardCharsets.UTF_8));
    }

    private void save(JournalStore store, Message message) throws Exception {
        var written = new java.util.concurrent.CompletableFuture[1];
        underLock.accept(() -> written[0] = store.saveNew(message, List.of(message.to())));
        written[0].get(10, TimeUnit.SECONDS);
    }

    /** Saves messages {@code first..last} for {@code service(id)}, a few hundred at a time as a busy broker does. */
    private void saveAll(JournalStore store, long first, long last, java.util.function.LongFunction<String> service) throws Exception {
        for (long from = first; from <= last; from += 500) {
            long to = Math.min(last, from + 499);
            List<java.util.concurrent.CompletableFuture<Void>> written = new ArrayList<>();
            long start = from;
            underLock.accept(() -> {
                for (long id = start; id <= to; id++) {
                    Message message = message(id, service.apply(id), "m" + id);
                    written.add(store.saveNew(message, List.of(message.to())));
                }
            });
            java.util.concurrent.CompletableFuture.allOf(written.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Every message the journal holds, by id: its body. */
    private Map<Long, String> contents(String name) throws Exception {
        Map<Long, String> bodies = new HashMap<>();
        try (Journal journal = journal(name)) {
            journal.forEachLive((id, record) -> {
                try {
                    MessageRecords.decode(id, record, new ReplayedNames(),
                            (message, targets) -> bodies.put(id, new String(message.body(), StandardCharsets.UTF_8)));
                } catch (java.io.IOException e) {
                    bodies.put(id, "unreadable");
                }
            });
        }
        return bodies;
    }

    private JournalsInUse inUse() {
        return new JournalsInUse(dir.resolve("S-1.journals"), "S/1");
    }

    private static void awaitSettled(Path file) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!Files.readString(file).contains("\nsettled\n") && System.nanoTime() < deadline) {
            Thread.sleep(10); // the move runs on its own thread
        }
        assertThat(Files.readString(file)).contains("\nsettled\n");
    }

    @Test
    void aKeySplitMovesTheMessagesOfTheNewKeyOnlyAndKeepsTheOthers() throws Exception {
        Journal all = journal("all.journal");
        JournalStore store = new JournalStore(List.of(new LoggingService("*", all)), List.of(), inUse(), false);
        store.attach(underLock);
        saveAll(store, 1, 2_500, id -> id % 2 == 0 ? "CHAT" : "NEWS");
        Journal chat = journal("chat.journal");

        store.change(List.of(new LoggingService("CHAT", chat), new LoggingService("*", all)));
        save(store, message(2_501, "CHAT", "after"));
        awaitSettled(dir.resolve("S-1.journals"));
        store.close();

        Map<Long, String> inChat = contents("chat.journal");
        Map<Long, String> inAll = contents("all.journal");
        assertThat(inChat).hasSize(1_251).containsEntry(2_500L, "m2500").containsEntry(2_501L, "after");
        assertThat(inAll).hasSize(1_250).containsEntry(1L, "m1").doesNotContainKey(2L);
    }

    @Test
    void aMessageAcknowledgedOrRewrittenWhileItMovesIsNeitherBroughtBackNorLeftBehind() throws Exception {
        Journal old = journal("old.journal");
        JournalStore store = new JournalStore(List.of(new LoggingService("*", old)), List.of(), inUse(), false);
        store.attach(underLock);
        saveAll(store, 1, 5_000, id -> "CHAT");
        Journal fresh = journal("new.journal");

        store.change(List.of(new LoggingService("*", fresh)));
        List<java.util.concurrent.CompletableFuture<Void>> rewrites = new ArrayList<>();
        underLock.accept(() -> {
            for (long id = 1; id <= 5_000; id += 2) {
                store.remove(id); // acknowledged while the move runs
            }
            rewrites.add(store.save(message(4_000, "CHAT", "rewritten"), List.of(ServiceUser.of("CHAT", "u"))));
        });
        rewrites.get(0).get(10, TimeUnit.SECONDS);
        awaitSettled(dir.resolve("S-1.journals"));
        store.close();

        Map<Long, String> moved = contents("new.journal");
        assertThat(moved).hasSize(2_500).containsEntry(4_000L, "rewritten").containsEntry(2L, "m2").doesNotContainKey(1L);
        assertThat(contents("old.journal")).as("the old journal gave up everything").isEmpty();
        assertThat(Files.readString(dir.resolve("S-1.journals"))).doesNotContain("old.journal").contains("new.journal");
    }

    @Test
    void aStartAfterAnInterruptedMoveLoadsEachMessageOnceTheNewerCopyFirstAndFinishesTheMove() throws Exception {
        // what a kill between "copied to new" and "removed from old" leaves: ids 2 and 3 in both
        JournalStore before = new JournalStore(List.of(new LoggingService("*", journal("old.journal"))));
        before.attach(underLock);
        for (long id = 1; id <= 3; id++) {
            save(before, message(id, "CHAT", "old copy " + id));
        }
        before.close();
        JournalStore partial = new JournalStore(List.of(new LoggingService("*", journal("new.journal"))));
        partial.attach(underLock);
        save(partial, message(2, "CHAT", "new copy 2"));
        save(partial, message(3, "CHAT", "new copy 3"));
        partial.close();
        Files.writeString(dir.resolve("S-1.journals"), "moving\n*\t" + dir.resolve("new.journal") + "\n-\t" + dir.resolve("old.journal")
                + "\n");

        JournalsInUse.Written lastTime = inUse().read();
        Journal configured = journal("new.journal");
        List<LoggingService> services = List.of(new LoggingService("*", configured));
        JournalStore store = new JournalStore(services, LoggingServiceJournals.openLeaving(lastTime, services), inUse(),
                !LoggingServiceJournals.sameAsLastTime(lastTime, services));
        Map<Long, String> loaded = new HashMap<>();
        List<Long> order = new ArrayList<>();
        store.replay((message, targets) -> {
            order.add(message.id());
            loaded.put(message.id(), new String(message.body(), StandardCharsets.UTF_8));
        });
        store.attach(underLock);
        awaitSettled(dir.resolve("S-1.journals"));
        store.close();

        assertThat(order).as("each message once").hasSize(3).doesNotHaveDuplicates();
        assertThat(loaded).containsEntry(1L, "old copy 1").containsEntry(2L, "new copy 2").containsEntry(3L, "new copy 3");
        assertThat(contents("new.journal")).containsOnlyKeys(1L, 2L, 3L).containsEntry(2L, "new copy 2");
        assertThat(contents("old.journal")).isEmpty();
    }

    @Test
    void messagesNoKeyLogsAnyMoreStayInTheirJournalWhichClosesWithTheLastOne() throws Exception {
        Journal all = journal("all.journal");
        JournalStore store = new JournalStore(List.of(new LoggingService("*", all)), List.of(), inUse(), false);
        store.attach(underLock);
        save(store, message(1, "NEWS", "news"));
        save(store, message(2, "CHAT", "chat"));
        Journal chat = journal("chat.journal");

        store.change(List.of(new LoggingService("CHAT", chat)));
        awaitSettled(dir.resolve("S-1.journals"));
        assertThat(Files.readString(dir.resolve("S-1.journals"))).as("kept open: it holds the NEWS message")
                .contains("-\t" + dir.resolve("all.journal"));

        underLock.accept(() -> store.remove(1));
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (Files.readString(dir.resolve("S-1.journals")).contains("all.journal") && System.nanoTime() < deadline) {
            Thread.sleep(10); // it closes on the store's background thread
        }
        assertThat(Files.readString(dir.resolve("S-1.journals"))).doesNotContain("all.journal");
        store.close();
        assertThat(contents("all.journal")).isEmpty();
        assertThat(contents("chat.journal")).containsOnlyKeys(2L);
    }
}
