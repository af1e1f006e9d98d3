package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.failure;
import static org.openmom.testing.Answers.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/** Search, purge, trash and restore, resubmit/move/copy, export and import, read-only and the audit log on real servers. */
@Timeout(120)
class MessageOperationsTest {
    private static final ServiceUser BOB = ServiceUser.of("ORDERS", "bob");
    private static final String JOURNAL = "LoggingService Journal builtin * data/ops.journal\n";

    @TempDir
    Path home;

    @Test
    void aSearchFindsABodyWordAndAHeaderAndStreamsItsHitsWithTheCount() throws Exception {
        try (TestServer server = TestServer.named("FIND").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            for (int i = 0; i < 500; i++) {
                alice.post(Post.to(BOB, "order", i == 250 ? "{\"item\":\"Zebra\"}" : "{\"item\":\"apple " + i + "\"}").persistent())
                        .get(5, TimeUnit.SECONDS);
            }
            List<SearchHit> hits = Collections.synchronizedList(new ArrayList<>());

            Running<SearchSummary> search = session.search(SearchQuery.text("zebra"), hits::addAll);
            SearchSummary found = get(search.finished());

            assertThat(found.hits()).isEqualTo(1);
            assertThat(found.scanned()).isEqualTo(500);
            assertThat(search.progress()).isEqualTo(new Progress(500, 500));
            assertThat(hits).singleElement().satisfies(hit -> {
                assertThat(hit.where()).isEqualTo("Persistent Message Seeds");
                assertThat(hit.message().to()).isEqualTo(BOB);
                assertThat(new String(hit.message().preview(), StandardCharsets.UTF_8)).contains("Zebra");
            });

            hits.clear();
            SearchSummary capped = get(session.search(SearchQuery.regex("apple \\d+").withMaxHits(100), hits::addAll).finished());
            assertThat(capped.hits()).isEqualTo(100);
            assertThat(capped.capped()).isTrue();
            assertThat(hits).hasSize(100);

            assertThat(failure(session.search(SearchQuery.regex("apple ("), h -> {}).finished()))
                    .contains("not a regular expression").contains("—");
        }
    }

    @Test
    void anExportComesInPartsOfAboutAMegabyteAndASearchCanBeCancelled() throws Exception {
        try (TestServer server = TestServer.named("PARTS").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            byte[] big = new byte[600 * 1024];
            for (int i = 0; i < 5; i++) {
                alice.post(new Post(BOB, "big", org.openmom.model.Message.PERSISTENT, big)).get(5, TimeUnit.SECONDS);
            }
            for (int i = 0; i < 3_000; i++) {
                alice.send(Post.to(BOB, "small", "small " + i).persistent());
            }
            Await.until("all posted", () -> session.snapshot().join().counters().waitingSeeds() == 3_005);
            List<Integer> partBytes = Collections.synchronizedList(new ArrayList<>());

            Running<Long> export = session.export(ExportQuery.of(BOB),
                    part -> partBytes.add(part.stream().mapToInt(m -> m.body().length).sum()));
            long count = get(export.finished());

            assertThat(count).isEqualTo(3_005);
            assertThat(export.progress().fraction()).isEqualTo(1.0);
            assertThat(partBytes).hasSizeGreaterThanOrEqualTo(5).allSatisfy(bytes -> assertThat(bytes).isLessThanOrEqualTo(1 << 20));

            CountDownLatch firstHits = new CountDownLatch(1);
            Running<SearchSummary> search = session.search(SearchQuery.text("small").withMaxHits(SearchQuery.MAX_HITS),
                    hits -> firstHits.countDown());
            assertThat(firstHits.await(10, TimeUnit.SECONDS)).isTrue();
            search.close();
            assertThat(failure(search.finished())).contains("cancelled");
            assertThat(get(session.search(SearchQuery.text("big"), h -> {}).finished()).hits())
                    .as("the server's work thread is free again").isEqualTo(5);
        }
    }

    @Test
    void aPurgeEmptiesAMailboxAndItsSeedsAndRestoreBringsThemBack() throws Exception {
        try (TestServer server = TestServer.named("PURGE").home(home).configText(JOURNAL).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            for (int i = 0; i < 20; i++) {
                alice.post(Post.to(BOB, "order", "order " + i).persistent()).get(5, TimeUnit.SECONDS);
            }
            alice.post(Post.to(ServiceUser.of("ORDERS", "carol"), "order", "carol's").persistent()).get(5, TimeUnit.SECONDS);

            PurgeResult purged = get(session.purge(BOB));

            assertThat(purged.purged()).isEqualTo(20);
            assertThat(purged.trashed()).isEqualTo(20);
            assertThat(get(session.snapshot()).counters().waitingSeeds()).as("carol's stays").isEqualTo(1);
            TrashList trash = get(session.trash(100));
            assertThat(trash.total()).isEqualTo(20);
            assertThat(trash.survivesRestart()).isFalse();
            assertThat(trash.entries().get(0).restoreTo()).isEqualTo(BOB);
            assertThat(trash.entries().get(0).by()).startsWith("ADMIN/tester");

            long oldId = trash.entries().get(0).message().id();
            RestoreResult restored = get(session.restore(List.of(oldId, 987_654L)));
            assertThat(restored.restored()).isEqualTo(1);
            assertThat(restored.notFound()).containsExactly(987_654L);
            assertThat(get(session.trash(100)).total()).isEqualTo(19);
            try (OpenMomClient bob = server.connect(ClientOptions.of("ORDERS", "bob").withPolling(true))) {
                ReceivedMessage back = bob.receive(Duration.ofSeconds(5));
                assertThat(back).isNotNull();
                assertThat(back.from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
                assertThat(back.bodyText()).isEqualTo(new String(trash.entries().get(0).message().preview(), StandardCharsets.UTF_8));
                assertThat(bob.receive(Duration.ofMillis(300))).as("the others stay purged").isNull();
            }
        }
        try (TestServer again = TestServer.named("PURGE").home(home).configText(JOURNAL).start();
                AdminSession session = again.admin()) {
            assertThat(get(session.snapshot()).counters().waitingSeeds()).as("the journal forgot the purged: carol's only").isEqualTo(1);
        }
    }

    @Test
    void aDeleteGoesToTheTrashAndIsRestored() throws Exception {
        try (TestServer server = TestServer.named("UNDO").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            long id = alice.post(Post.to(BOB, "order", "keep me").persistent()).get(5, TimeUnit.SECONDS).messageId();
            assertThat(get(session.delete(null, List.of(id))).deleted()).isEqualTo(1);
            assertThat(get(session.trash(10)).entries()).extracting(e -> e.message().id()).containsExactly(id);

            assertThat(get(session.restore(List.of(id))).restored()).isEqualTo(1);

            assertThat(get(session.snapshot()).counters().waitingSeeds()).isEqualTo(1);
            assertThat(get(session.trash(10)).total()).isZero();
        }
    }

    @Test
    void deadLettersKeepTheirOriginalBodyAndDestinationThroughExportAndImportAndAreResubmittedToAServiceThatRegisteredLater() throws Exception {
        try (TestServer server = TestServer.named("DEAD").home(home)
                .configText(JOURNAL + "DeadLetters * builtin * DeadLetterMailbox\n").start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            for (int i = 0; i < 16; i++) {
                alice.post(Post.to(BOB, "order", "{\"n\":" + i + "}")).get(5, TimeUnit.SECONDS); // ordinary, nobody there
            }
            Await.until("16 dead letters kept", () -> session.snapshot().join().counters().waitingSeeds() == 16);
            assertThat(get(session.snapshot()).counters().deadLetters()).isEqualTo(16);
            long deadId = get(session.mailbox(MailboxQuery.first(MailboxRef.server(MailboxKind.PERSISTENT_MESSAGE_SEEDS), 1)))
                    .messages().get(0).id();
            MessageDetail dead = get(session.message(deadId));
            assertThat(new String(dead.body(), StandardCharsets.UTF_8)).isEqualTo("{\"n\":0}");
            assertThat(dead.isDeadLetter()).isTrue();
            assertThat(dead.properties()).containsEntry(MessageProperties.DEAD_LETTER_TO, "ORDERS/bob")
                    .containsEntry(MessageProperties.DEAD_LETTER_EVENT, "order")
                    .containsEntry(MessageProperties.DEAD_LETTER_FROM, "CHAT/alice");

            List<ExportedMessage> exported = Collections.synchronizedList(new ArrayList<>());
            get(session.export(ExportQuery.ofIds(List.of(deadId)), exported::addAll).finished());
            assertThat(exported).singleElement().satisfies(message -> {
                assertThat(message.body()).isEqualTo("{\"n\":0}".getBytes(StandardCharsets.UTF_8));
                assertThat(message.properties()).containsEntry(MessageProperties.DEAD_LETTER_TO, "ORDERS/bob");
            });
            assertThat(get(session.importMessages(exported)).imported()).isEqualTo(1);
            assertThat(get(session.snapshot()).counters().waitingSeeds()).as("imported, a dead letter again").isEqualTo(17);

            try (OpenMomClient bob = server.connect(ClientOptions.of("ORDERS", "bob").withPolling(true))) {
                TransferResult resubmitted = get(session.resubmitAllDeadLetters());

                assertThat(resubmitted.done()).isEqualTo(17);
                List<String> received = new ArrayList<>();
                for (int i = 0; i < 17; i++) {
                    ReceivedMessage message = bob.receive(Duration.ofSeconds(5));
                    assertThat(message).isNotNull();
                    assertThat(message.event()).isEqualTo("order");
                    assertThat(message.from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
                    assertThat(message.properties()).as("back where it was going: no dead-letter properties")
                            .doesNotContainKeys(MessageProperties.DEAD_LETTER_TO, MessageProperties.DEAD_LETTER_ID);
                    received.add(message.bodyText());
                }
                assertThat(received).contains("{\"n\":0}", "{\"n\":15}");
                assertThat(received.stream().filter("{\"n\":0}"::equals)).as("the original and the imported one").hasSize(2);
            }
            assertThat(get(session.snapshot()).counters().waitingSeeds()).as("no dead letter left").isZero();
        }
    }

    @Test
    void moveAndCopyPostTheMessageToAnotherServiceKeepingItsSenderAndEvent() throws Exception {
        try (TestServer server = TestServer.named("MOVE").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            long first = alice.post(Post.to(BOB, "order", "first").persistent()).get(5, TimeUnit.SECONDS).messageId();
            long second = alice.post(Post.to(BOB, "order", "second").persistent()).get(5, TimeUnit.SECONDS).messageId();
            ServiceUser carol = ServiceUser.of("ORDERS", "carol");

            TransferResult copied = get(session.copy(List.of(first), carol));
            TransferResult moved = get(session.move(List.of(second, 777_777L), carol));

            assertThat(copied.done()).isEqualTo(1);
            assertThat(moved.done()).isEqualTo(1);
            assertThat(moved.notFound()).containsExactly(777_777L);
            assertThat(get(session.message(first)).summary().to()).as("a copy leaves the original").isEqualTo(BOB);
            assertThat(failure(session.message(second))).contains("no message " + second);
            MessageDetail movedCopy = get(session.message(moved.newIds().get(0)));
            assertThat(movedCopy.summary().to()).isEqualTo(carol);
            assertThat(movedCopy.summary().from()).isEqualTo(ServiceUser.of("CHAT", "alice"));
            assertThat(movedCopy.summary().event()).isEqualTo("order");
            assertThat(movedCopy.body()).isEqualTo("second".getBytes(StandardCharsets.UTF_8));
            assertThat(failure(session.move(List.of(first), ServiceUser.of("ORDERS", "*")))).contains("not to the pattern");
        }
    }

    @Test
    void anExportImportedIntoAnotherServerGivesTheSameMessages() throws Exception {
        Path otherHome = home.resolve("other");
        List<ExportedMessage> exported = Collections.synchronizedList(new ArrayList<>());
        try (TestServer server = TestServer.named("EXP").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            for (int i = 0; i < 300; i++) {
                alice.post(new Post(BOB, "order", org.openmom.model.Message.PERSISTENT, new byte[] {(byte) i, 0, (byte) 255})
                        .withProperty("n", Integer.toString(i)).withProperty("trace", "t-" + i)).get(5, TimeUnit.SECONDS);
            }
            long count = get(session.export(ExportQuery.of(BOB), exported::addAll).finished());
            assertThat(count).isEqualTo(300);
        }
        assertThat(exported).hasSize(300);
        try (TestServer other = TestServer.named("IMP").home(otherHome).start();
                AdminSession session = other.admin()) {
            ImportResult imported = get(session.importMessages(exported));
            assertThat(imported.imported()).isEqualTo(300);
            assertThat(imported.refused()).isEmpty();
            List<ExportedMessage> again = Collections.synchronizedList(new ArrayList<>());
            get(session.export(ExportQuery.of(BOB), again::addAll).finished());
            assertThat(again).extracting(m -> m.from() + " " + m.to() + " " + m.event() + " " + m.flags() + " " + java.util.Arrays.toString(m.body()))
                    .containsExactlyElementsOf(exported.stream()
                            .map(m -> m.from() + " " + m.to() + " " + m.event() + " " + m.flags() + " " + java.util.Arrays.toString(m.body()))
                            .toList());
            for (int i = 0; i < exported.size(); i++) {
                ExportedMessage original = exported.get(i);
                assertThat(again.get(i).properties()).as("its own properties, then where it came from").containsExactly(
                        Map.entry("n", Integer.toString(i)), Map.entry("trace", "t-" + i),
                        Map.entry(MessageProperties.IMPORT_ID, Long.toString(original.id())),
                        Map.entry(MessageProperties.IMPORT_FROM, "CHAT/alice"),
                        Map.entry(MessageProperties.IMPORT_POSTED, Long.toString(original.postedAtMillis())));
            }
        }
    }

    @Test
    void aReadOnlySessionIsRefusedEveryChangeWithOneLineAndStillReads() throws Exception {
        try (TestServer server = TestServer.named("RO").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = get(AdminClient.connect(server.local(), TestServer.adminOptions(home).withReadOnly(true)))) {
            long id = alice.post(Post.to(BOB, "order", "stay").persistent()).get(5, TimeUnit.SECONDS).messageId();
            assertThat(session.isReadOnly()).isTrue();

            List<String> refusals = List.of(
                    failure(session.delete(null, List.of(id))),
                    failure(session.purge(BOB)),
                    failure(session.setServerStatus(Status.DISABLED)),
                    failure(session.setServicesStatus(BOB, Status.DISABLED)),
                    failure(session.setLogLevel(LogLevel.values()[0])),
                    failure(session.resubmit(List.of(id))),
                    failure(session.move(List.of(id), ServiceUser.of("ORDERS", "carol"))),
                    failure(session.copy(List.of(id), ServiceUser.of("ORDERS", "carol"))),
                    failure(session.importMessages(List.of())),
                    failure(session.restore(List.of(id))),
                    failure(session.addRouters("ServiceRouter r1 ORDERS 127.0.0.1:1\n")),
                    failure(session.removeRouter("r1")),
                    failure(session.reload(null)),
                    failure(session.post(Post.to(BOB, "order", "more"))));
            assertThat(refusals).allSatisfy(line -> assertThat(line).contains("read-only").doesNotContain("\n"));

            assertThat(get(session.snapshot()).counters().waitingSeeds()).isEqualTo(1);
            assertThat(get(session.message(id)).summary().to()).isEqualTo(BOB);
            assertThat(get(session.search(SearchQuery.text("stay"), h -> {}).finished()).hits()).isEqualTo(1);
            assertThat(get(session.audit(10)).entries()).isEmpty();
        }
    }

    @Test
    void everyChangingActionIsInTheAuditLogWithWhoWhereWhatAndWhenAfterARestartToo() throws Exception {
        long before = System.currentTimeMillis();
        try (TestServer server = TestServer.named("AUD").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            long id = alice.post(Post.to(BOB, "order", "x").persistent()).get(5, TimeUnit.SECONDS).messageId();
            get(session.delete(null, List.of(id)));
            get(session.restore(List.of(id)));
            get(session.purge(BOB));
            get(session.setServerStatus(Status.DISABLED));
            get(session.setServerStatus(Status.ENABLED));

            AuditTail audit = get(session.audit(100));

            assertThat(audit.entries()).extracting(AuditEntry::action).containsExactly(
                    "delete [" + id + "] from everywhere: 1 removed",
                    "restore [" + id + "]: 1 messages",
                    "purge ORDERS/bob: 1 messages",
                    "set server AUD/1 DISABLED",
                    "set server AUD/1 ENABLED");
            assertThat(audit.entries()).allSatisfy(entry -> {
                assertThat(entry.who()).isEqualTo("ADMIN/tester");
                assertThat(entry.from()).isEqualTo("local");
                assertThat(entry.atMillis()).isBetween(before, System.currentTimeMillis());
            });
            assertThat(audit.file()).endsWith("AUD-1.audit");
        }
        try (TestServer again = TestServer.named("AUD").home(home).start(); AdminSession session = again.admin()) {
            assertThat(get(session.audit(100)).entries()).hasSize(5);
        }
    }

    @Test
    void aMillionMessagePurgeIsOneServerSideOperation() throws Exception {
        try (TestServer server = TestServer.named("MILLION").home(home).start();
                OpenMomClient alice = server.connectOnce("CHAT", "alice");
                AdminSession session = server.admin()) {
            byte[] body = "m".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1_000_000; i++) {
                alice.send(new Post(BOB, "m", org.openmom.model.Message.PERSISTENT, body));
            }
            Await.until("a million waiting", () -> session.snapshot().join().counters().waitingSeeds() == 1_000_000);

            long started = System.nanoTime();
            PurgeResult purged = get(session.purge(BOB));
            System.out.printf("purged %d messages in %d ms%n", purged.purged(), (System.nanoTime() - started) / 1_000_000);

            assertThat(purged.purged()).isEqualTo(1_000_000);
            assertThat(get(session.snapshot()).counters().waitingSeeds()).isZero();
            assertThat(get(session.trash(1)).total()).isEqualTo(100_000); // bounded
        }
    }
}
