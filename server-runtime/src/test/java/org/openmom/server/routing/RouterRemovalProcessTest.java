package org.openmom.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.client.AdminClient;
import org.openmom.admin.AdminSession;
import org.openmom.admin.RouterInfo;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.PostResult;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.testing.ServerProcess;
import org.openmom.testing.TestServer;

/**
 * An administrator removes a router holding thousands of persistent messages, and the server is
 * killed (SIGKILL) while they are routed again a chunk at a time: after the restart every one
 * waits for its service — those already routed again as such in the journal, the others as
 * messages of a router that is gone, routed again at start — and arrives once, in order.
 */
@Timeout(180)
class RouterRemovalProcessTest {
    private static final int MESSAGES = 5_000;

    @TempDir
    Path temp;

    @Test
    void messagesOfARemovedRouterSurviveAKillWhileTheyAreRoutedAgain() throws Exception {
        Path home = Files.createDirectories(temp.resolve("a"));
        int port = freePort();
        String[] server = {"-s", "A", "-p", "*", "-e", String.valueOf(port)}; // TCP for the clients, local for the administrator

        ServerProcess a = ServerProcess.start(home, server);
        try (AdminSession admin = AdminClient.connect(ServerAddress.local("A.1"), TestServer.adminOptions(home)).get(30, TimeUnit.SECONDS);
                OpenMomClient alice = client(home, "alice", port)) {
            // its target never answers: what the router takes waits in its queue
            admin.addRouters("ServiceRouter R1 CHAT B 1 127.0.0.1 ncacn_ip_tcp " + freePort()).get(30, TimeUnit.SECONDS);
            List<CompletableFuture<PostResult>> posted = new ArrayList<>(MESSAGES);
            for (int i = 0; i < MESSAGES; i++) {
                posted.add(alice.post(Post.to("CHAT", "bob", "say", ("m" + i).getBytes(StandardCharsets.UTF_8)).persistent()));
            }
            CompletableFuture.allOf(posted.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

            RouterInfo removed = admin.removeRouter("R1").get(30, TimeUnit.SECONDS);
            a.kill();
            assertThat(removed.waiting()).isEqualTo(MESSAGES);
        } finally {
            a.close();
        }

        a = ServerProcess.start(home, server);
        try (OpenMomClient bob = client(home, "bob", port)) {
            for (int i = 0; i < MESSAGES; i++) {
                ReceivedMessage message = bob.receive(Duration.ofSeconds(20));
                assertThat(message).as("message " + i).isNotNull();
                assertThat(new String(message.body(), StandardCharsets.UTF_8)).as("in order, once each").isEqualTo("m" + i);
            }
            assertThat(bob.receive(Duration.ofMillis(500))).as("nothing twice").isNull();
        } finally {
            a.close();
        }
    }

    private static OpenMomClient client(Path home, String user, int port) {
        return OpenMomClient.connect(ClientOptions.of("CHAT", user).withHome(new OpenMomHome(home)).withPolling(true), ServerAddress.tcp("127.0.0.1", port));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
