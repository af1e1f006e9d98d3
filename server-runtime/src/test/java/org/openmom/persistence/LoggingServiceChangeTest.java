package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmom.testing.Answers.get;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TestServer;

/**
 * A running server's Logging Services change (a reload, or an edit between two runs) and every
 * confirmed persistent message is kept: the messages move to the journal of their Key.
 */
@Timeout(120)
class LoggingServiceChangeTest {
    private static final String ALL = "LoggingService Journal builtin * data/all.journal\n";
    private static final String OTHER = "LoggingService Journal builtin * data/other.journal\n";
    private static final ServiceUser BOB = ServiceUser.of("CHAT", "bob");

    @TempDir
    Path home;

    private Path conf() {
        return home.resolve("server.conf");
    }

    private Path inUse(String server) {
        return home.resolve("data").resolve(server + "-1.journals");
    }

    private static void awaitSettled(Path inUse) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!Files.readString(inUse).contains("\nsettled\n") && System.nanoTime() < deadline) {
            Thread.sleep(20); // the move runs in the background
        }
        assertThat(Files.readString(inUse)).contains("\nsettled\n");
    }

    private static void postPersistent(OpenMomClient sender, ServiceUser to, String prefix, int count) throws Exception {
        List<CompletableFuture<PostResult>> confirmed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            confirmed.add(sender.post(Post.to(to, "say", prefix + i).persistent()));
        }
        for (CompletableFuture<PostResult> confirmation : confirmed) {
            get(confirmation);
        }
    }

    /** What {@code receiver} gets until nothing more comes for a moment, acknowledged. */
    private static List<String> receiveAll(OpenMomClient receiver) throws InterruptedException {
        BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
        receiver.setMessageListener(got::add);
        List<String> bodies = new ArrayList<>();
        for (ReceivedMessage message = got.poll(10, TimeUnit.SECONDS); message != null; message = got.poll(1, TimeUnit.SECONDS)) {
            bodies.add(message.bodyText());
        }
        return bodies;
    }

    private static Set<String> numbered(String prefix, int count) {
        Set<String> bodies = new HashSet<>();
        for (int i = 0; i < count; i++) {
            bodies.add(prefix + i);
        }
        return bodies;
    }

    @Test
    void aReloadToAnotherJournalKeepsEveryConfirmedMessageAndTheOldJournalCloses() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(ALL).start();
                AdminSession session = server.admin()) {
            OpenMomClient alice = server.connect("CHAT", "alice");
            postPersistent(alice, BOB, "before ", 3_000);

            Files.writeString(conf(), OTHER);
            get(session.reload(null));
            postPersistent(alice, BOB, "after ", 10);
            awaitSettled(inUse("S"));

            assertThat(Files.readString(inUse("S"))).contains("other.journal").doesNotContain("all.journal");
        }
        try (TestServer again = TestServer.named("S").home(home).config(conf()).start()) {
            List<String> received = receiveAll(again.connect("CHAT", "bob"));
            Set<String> expected = numbered("before ", 3_000);
            expected.addAll(numbered("after ", 10));
            assertThat(received).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void messagesAcknowledgedWhileTheyMoveDoNotComeBack() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(ALL).start();
                AdminSession session = server.admin()) {
            postPersistent(server.connect("CHAT", "alice"), BOB, "m", 3_000);

            get(session.reload(OTHER));
            Files.writeString(conf(), OTHER);
            assertThat(receiveAll(server.connect("CHAT", "bob"))).as("bob takes everything while it moves")
                    .doesNotHaveDuplicates().hasSize(3_000);
            awaitSettled(inUse("S"));
        }
        try (TestServer again = TestServer.named("S").home(home).config(conf()).start()) {
            assertThat(again.broker().waitingSeeds()).as("acknowledged before the restart").isEmpty();
        }
    }

    @Test
    void aRestartWithAnEditedLoggingServiceDeliversTheMessagesOfTheOldJournal() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(ALL).start()) {
            postPersistent(server.connect("CHAT", "alice"), BOB, "m", 100);
        }
        Files.writeString(conf(), OTHER); // edited while the server was stopped

        try (TestServer again = TestServer.named("S").home(home).config(conf()).start()) {
            assertThat(receiveAll(again.connect("CHAT", "bob"))).containsExactlyInAnyOrderElementsOf(numbered("m", 100));
            awaitSettled(inUse("S"));
        }
        try (TestServer third = TestServer.named("S").home(home).config(conf()).start()) {
            assertThat(third.broker().waitingSeeds()).isEmpty();
            assertThat(Files.readString(inUse("S"))).doesNotContain("all.journal");
        }
    }

    @Test
    void aReloadThatChangesTheMirrorsOfAnOpenJournalIsRefusedWithTheFix() throws Exception {
        try (TestServer server = TestServer.named("S").home(home).configText(ALL).start();
                AdminSession session = server.admin()) {
            assertThatThrownBy(() -> get(session.reload("LoggingService Journal builtin * ~data/mirror.journal\n" + ALL)))
                    .hasMessageContaining("cannot add or drop a mirror of an open journal")
                    .hasMessageContaining("restart the server with the new file")
                    .hasMessageContaining("nothing changed");
        }
    }

    @Test
    void aServerKilledWhileMessagesMoveLosesAndDuplicatesNothing() throws Exception {
        Files.writeString(conf(), ALL);
        ServiceUser sink = ServiceUser.of("SINK", "s");
        try (ServerProcess server = ServerProcess.start(home, "-s", "MOVE", "-c", conf().toString(), "-e", "0");
                AdminSession session = AdminClient.connect(ServerAddress.local("MOVE.1"), TestServer.adminOptions(home))
                        .get(10, TimeUnit.SECONDS);
                OpenMomClient producer = connect(server, "LOAD", "producer")) {
            postPersistent(producer, sink, "m", 20_000);
            Files.writeString(conf(), OTHER);
            get(session.reload(null));
            server.kill(); // most likely while the 20,000 messages move
        }
        try (ServerProcess again = ServerProcess.start(home, "-s", "MOVE", "-c", conf().toString(), "-e", "0");
                OpenMomClient consumer = connect(again, "SINK", "s")) {
            assertThat(receiveAll(consumer)).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(numbered("m", 20_000));
        }
    }

    private OpenMomClient connect(ServerProcess server, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", server.tcpPort()));
    }
}
