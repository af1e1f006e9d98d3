package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ServerCounters;
import org.openmom.admin.client.AdminClient;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.SmallDisk;
import org.openmom.testing.TestServer;

/**
 * A server whose disk fills up (issue #18 item 7): a persistent post the journal cannot store is
 * refused and never delivered, the failure shows in the status, acknowledgements made meanwhile
 * are not lost, and once space returns the journal takes messages again without a restart.
 */
@Timeout(180)
class FullDiskTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final String BODY_PAD = "x".repeat(32 * 1024);

    @TempDir
    Path temp;

    @Test
    void aFullDiskRefusesNewMessagesKeepsAcknowledgementsAndRecoversWhenSpaceReturns() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(temp.resolve("disk"), 24)) {
            Path home = Files.createDirectories(disk.root().resolve("home"));
            List<String> confirmed = new ArrayList<>();
            Set<String> refused = new HashSet<>();
            try (ServerProcess server = ServerProcess.start(home, "-s", "FULL", "-e", "0");
                    OpenMomClient producer = connect(home, server, "LOAD", "p")) {
                disk.fill();
                for (int i = 0; i < 2_000 && refused.size() < 5; i++) {
                    String body = "m" + i + " " + BODY_PAD;
                    try {
                        producer.post(Post.to(SINK, "load", body).persistent()).get(30, TimeUnit.SECONDS);
                        confirmed.add(body);
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).hasMessageContaining("cannot").hasMessageContaining("disk");
                        refused.add(body);
                    }
                }
                assertThat(refused).as("posts refused on the full disk").hasSize(5);

                try (AdminSession admin = admin(home, server)) {
                    ServerCounters counters = admin.snapshot().get(10, TimeUnit.SECONDS).counters();
                    assertThat(counters.storeTroubles()).singleElement().asString().contains("No space left on device");
                    assertThat(counters.storeRefusals()).isGreaterThanOrEqualTo(5);
                }

                // the consumer gets exactly the confirmed messages, and acknowledges them while the disk is full
                try (OpenMomClient sink = connect(home, server, SINK.service(), SINK.user())) {
                    assertThat(receiveAll(sink, confirmed.size())).containsExactlyElementsOf(confirmed);
                }

                disk.free();
                awaitJournalWriting(home, server);
                producer.post(Post.to(SINK, "load", "after the disk came back").persistent()).get(30, TimeUnit.SECONDS);
                assertThat(Files.readString(home.resolve("logs").resolve("FULL-1.log"))).contains("writes work again");
                server.kill();
            }
            try (ServerProcess server = ServerProcess.start(home, "-s", "FULL", "-e", "0");
                    OpenMomClient sink = connect(home, server, SINK.service(), SINK.user())) {
                // acknowledged before the restart: gone; refused: never stored
                assertThat(receiveAll(sink, 1)).containsExactly("after the disk came back");
                server.terminate();
            }
        }
    }

    private static OpenMomClient connect(Path home, ServerProcess server, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", server.tcpPort()));
    }

    private static AdminSession admin(Path home, ServerProcess server) throws Exception {
        return AdminClient.connect(ServerAddress.local("FULL.1"), TestServer.adminOptions(home)).get(10, TimeUnit.SECONDS);
    }

    /** Receives and acknowledges {@code count} messages, then checks nothing more comes. */
    private static List<String> receiveAll(OpenMomClient sink, int count) throws InterruptedException {
        BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
        sink.setMessageListener(got::add);
        List<String> bodies = new ArrayList<>();
        while (bodies.size() < count) {
            ReceivedMessage message = got.poll(10, TimeUnit.SECONDS);
            assertThat(message).as("message %d of %d", bodies.size() + 1, count).isNotNull();
            bodies.add(message.bodyText());
        }
        assertThat(got.poll(1, TimeUnit.SECONDS)).as("a message beyond the expected ones").isNull();
        return bodies;
    }

    private static void awaitJournalWriting(Path home, ServerProcess server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        try (AdminSession admin = admin(home, server)) {
            while (!admin.snapshot().get(10, TimeUnit.SECONDS).counters().storeTroubles().isEmpty()) {
                assertThat(System.nanoTime()).as("the journal still fails 10 s after space returned").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }
}
