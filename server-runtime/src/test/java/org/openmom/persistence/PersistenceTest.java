package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

/** Persistent messages across server restarts, with the default journal of DESIGN.md §3. */
@Timeout(60)
class PersistenceTest {
    @TempDir
    Path dir;

    private TestServer start() throws Exception {
        return TestServer.named("P").home(dir).protocols(ProtocolSequence.TCP).start();
    }

    /** Not through the fixture: a test stops the server under its clients, without their BYE. */
    private OpenMomClient connect(TestServer server, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(server.home()).withReconnect(false), server.tcp());
    }

    private static List<String> receive(OpenMomClient client, int count) throws InterruptedException {
        BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
        client.setMessageListener(got::add);
        List<String> bodies = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ReceivedMessage message = got.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("message %d of %d", i + 1, count).isNotNull();
            bodies.add(message.bodyText());
        }
        assertThat(got.poll(200, TimeUnit.MILLISECONDS)).as("no more").isNull();
        return bodies;
    }

    private Path journal() {
        return dir.resolve("data").resolve("P-1.journal");
    }

    @Test
    void persistentMessagesToAnAbsentUserSurviveARestart() throws Exception {
        try (TestServer server = start(); OpenMomClient alice = connect(server, "CHAT", "alice")) {
            for (int i = 0; i < 3; i++) {
                assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "m" + i).persistent()).get(5, TimeUnit.SECONDS).waiting()).isTrue();
            }
            alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "not persistent")).get(5, TimeUnit.SECONDS);
        }
        assertThat(journal()).exists();
        try (TestServer server = start()) {
            assertThat(server.broker().waitingSeeds()).hasSize(3);
            try (OpenMomClient bob = connect(server, "CHAT", "bob")) {
                assertThat(receive(bob, 3)).containsExactly("m0", "m1", "m2");
            }
        }
        try (TestServer server = start()) {
            assertThat(server.broker().waitingSeeds()).as("acknowledged before the restart").isEmpty();
        }
    }

    @Test
    void unacknowledgedPersistentMessagesComeBackAfterARestart() throws Exception {
        try (TestServer server = start()) {
            OpenMomClient bob = connect(server, "CHAT", "bob");
            CountDownLatch got = new CountDownLatch(1);
            CountDownLatch never = new CountDownLatch(1);
            bob.setMessageListener(m -> {
                got.countDown();
                awaitQuietly(never); // still processing when the server stops
            });
            try (OpenMomClient alice = connect(server, "CHAT", "alice")) {
                assertThat(alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "in flight").persistent()).get(5, TimeUnit.SECONDS).recipients()).isEqualTo(1);
            }
            assertThat(got.await(5, TimeUnit.SECONDS)).isTrue();
            server.close();
            never.countDown();
            bob.close();
        }
        try (TestServer server = start(); OpenMomClient bob = connect(server, "CHAT", "bob")) {
            assertThat(receive(bob, 1)).containsExactly("in flight");
        }
    }

    @Test
    void aTornJournalTailIsCutOffAndEverythingBeforeItKept() throws Exception {
        try (TestServer server = start(); OpenMomClient alice = connect(server, "CHAT", "alice")) {
            for (int i = 0; i < 5; i++) {
                alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "kept" + i).persistent()).get(5, TimeUnit.SECONDS);
            }
        }
        // a crash in the middle of writing a record: a few bytes of garbage at the end
        Files.write(journal(), new byte[] {0, 0, 1, 0, 42, 42, 42, 7, 7}, StandardOpenOption.APPEND);
        try (TestServer server = start(); OpenMomClient bob = connect(server, "CHAT", "bob")) {
            assertThat(receive(bob, 5)).containsExactly("kept0", "kept1", "kept2", "kept3", "kept4");
        }
    }

    @Test
    void aJournalThatCannotBeOpenedStopsTheStartWithOneLine() throws Exception {
        Files.createDirectories(journal());  // a folder where the journal file should be
        try {
            start().close();
            throw new AssertionError("the server started");
        } catch (org.openmom.server.pipeline.ServerStartException e) {
            assertThat(e.getMessage()).contains("P-1.journal").doesNotContain("\n");
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
