package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmom.testing.Answers.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.AcmeReflexes;
import org.openmom.reflex.ReflexJars;
import org.openmom.testing.TestServer;

/** A running server takes a new configuration (ADMIN_RELOAD), or refuses it and keeps its reflexes. */
@Timeout(60)
class ConfigurationReloadTest {
    private static final String JOURNAL = "LoggingService Journal builtin * data/all.journal\n";
    private static final String NO_SPAM = "MessageFilter CHAT lib/acme.jar * com.acme.NoSpam\n";
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;

    @BeforeEach
    void jar() throws Exception {
        AcmeReflexes.build(home.resolve("lib/acme.jar"));
    }

    /** Posts {@code texts} to bob in order and returns what bob receives until {@code last}. */
    private static String received(OpenMomClient sender, OpenMomClient bob, String... texts) throws Exception {
        for (String text : texts) {
            get(sender.post(Post.to(BOB, "say", text)));
        }
        ReceivedMessage message = bob.receive(Duration.ofSeconds(10));
        return message == null ? "nothing" : message.bodyText();
    }

    @Test
    void aFilterAddedByAReloadActsOnTheNextMessageAndWatchersAreTold() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(JOURNAL).start();
                AdminSession session = server.admin()) {
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            assertThat(received(alice, bob, "spam before")).isEqualTo("spam before");
            BlockingQueue<ChangeEvent> events = new LinkedBlockingQueue<>();
            get(session.watch(WatchRequest.structure(), events::add));

            ReloadResult check = get(session.checkReload(JOURNAL + NO_SPAM));
            assertThat(check.summary()).isEqualTo("1 added, 0 removed, 0 changed");
            assertThat(received(alice, bob, "spam after a check")).as("a check changes nothing").isEqualTo("spam after a check");

            ReloadResult result = get(session.reload(JOURNAL + NO_SPAM));

            assertThat(result.changes().added()).containsExactly("MessageFilter CHAT lib/acme.jar * com.acme.NoSpam");
            assertThat(result.changes().removed()).isEmpty();
            assertThat(result.reflexes()).isEqualTo(2);
            assertThat(received(alice, bob, "spam after", "hello")).as("the new filter dropped the spam").isEqualTo("hello");
            assertThat(get(session.snapshot()).reflexes()).extracting(ReflexInfo::declaration)
                    .containsExactly("LoggingService Journal * data/all.journal", "MessageFilter CHAT * com.acme.NoSpam");
            ChangeEvent event;
            do {
                event = events.poll(10, TimeUnit.SECONDS);
            } while (event != null && event.kind() != ChangeKind.REFLEXES_RELOADED);
            assertThat(event).isNotNull();
            assertThat(event.detail()).isEqualTo("1 added, 0 removed, 0 changed");
        }
    }

    @Test
    void aBrokenConfigurationIsRefusedWithItsProblemsAndTheRunningReflexesGoOn() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(JOURNAL + NO_SPAM).start();
                AdminSession session = server.admin()) {
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");

            assertThatThrownBy(() -> get(session.reload(JOURNAL + "MesageFilter CHAT builtin * AuditLog\n")))
                    .hasMessageContaining("2:1: unknown reflex kind 'MesageFilter'").hasMessageContaining("nothing changed");
            assertThatThrownBy(() -> get(session.reload(JOURNAL + "\n# gone\nMessageFilter CHAT lib/none.jar * com.acme.Gone\n")))
                    .as("the reflex is named at its line of the text given").hasMessageContaining("server.conf:4: MessageFilter 'com.acme.Gone'")
                    .hasMessageContaining("no readable jar").hasMessageContaining("nothing changed");
            assertThatThrownBy(() -> get(session.reload(JOURNAL + "MessageFilter CHAT builtin * Nope\n")))
                    .hasMessageContaining("no built-in reflex of that name");

            assertThat(get(session.snapshot()).reflexes()).hasSize(2);
            assertThat(received(alice, bob, "spam", "still filtered")).isEqualTo("still filtered");
        }
    }

    @Test
    void theFileTheServerStartedWithIsReadAgain() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(JOURNAL + NO_SPAM).start();
                AdminSession session = server.admin()) {
            Files.writeString(home.resolve("server.conf"), JOURNAL + "MessageFilter CHAT builtin * AuditLog\n");

            ReloadResult result = get(session.reload(null));

            assertThat(result.changes().changed())
                    .containsExactly("MessageFilter CHAT lib/acme.jar * com.acme.NoSpam → MessageFilter CHAT builtin * AuditLog");
            OpenMomClient bob = server.polling("CHAT", "bob");
            OpenMomClient alice = server.connect("CHAT", "alice");
            assertThat(received(alice, bob, "spam is fine now")).isEqualTo("spam is fine now");
        }
    }

    @Test
    void aReloadWhoseReflexTakesItsTimeToStartHoldsNoOtherRequestOfTheConnection() throws Exception {
        Path go = home.resolve("go");
        ReflexJars.build(home.resolve("lib/slow.jar"), Map.of("com.acme.SlowStart",
                "package com.acme; public class SlowStart implements org.openmom.reflex.MessageFilter {"
                        + " public SlowStart() throws Exception { while (!java.nio.file.Files.exists(java.nio.file.Path.of(\""
                        + go.toString().replace("\\", "\\\\") + "\"))) { Thread.sleep(10); } }"
                        + " public boolean filter(org.openmom.reflex.MessageDraft m) { return true; } }"));
        try (TestServer server = TestServer.named("S").home(home).configText(JOURNAL).start();
                AdminSession session = server.admin()) {
            CompletableFuture<ReloadResult> reload =
                    session.reload(JOURNAL + "MessageFilter CHAT lib/slow.jar * com.acme.SlowStart\n");

            ServerSnapshot snapshot = get(session.snapshot()); // answered while the reflex is still being made
            assertThat(reload).isNotDone();
            assertThat(snapshot.reflexes()).hasSize(1);

            Files.createFile(go);
            assertThat(get(reload).reflexes()).isEqualTo(2);
        }
    }
}
