package org.openmom.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.testing.ServerProcess;

/**
 * {@code openmom server -x FILE} as administrators run it, in real processes: the routes of the
 * file come back at start, a target that starts later is reached, and persistent messages that
 * waited on the forwarding server survive its SIGKILL.
 */
class RoutesAtStartProcessTest {
    @TempDir
    Path temp;

    @Test
    void routesAreReestablishedAtStartAndWhatWaitedSurvivesAKillOfTheForwardingServer() throws Exception {
        Path homeA = Files.createDirectories(temp.resolve("a"));
        Path homeB = Files.createDirectories(temp.resolve("b"));
        int portA = freePort();
        int portB = freePort();
        // a relative name is looked up in $OPENMOM_HOME/files/, as the guide says
        Files.createDirectories(homeA.resolve("files"));
        Files.writeString(homeA.resolve("files/a.routes"), "# A forwards what it cannot deliver to B\n"
                + "ServerRouter TO-B B 1 127.0.0.1 ncacn_ip_tcp " + portB + "\n");
        String[] serverA = {"-s", "A", "-p", "ncacn_ip_tcp", "-e", String.valueOf(portA), "-x", "a.routes"};

        ServerProcess a = ServerProcess.start(homeA, serverA);
        try (OpenMomClient alice = client(homeA, "alice", portA)) {
            for (int i = 0; i < 20; i++) {
                alice.post(Post.to("CHAT", "bob", "say", ("m" + i).getBytes(StandardCharsets.UTF_8)).persistent()).get(10, TimeUnit.SECONDS);
            }
        }
        a.kill();
        a = ServerProcess.start(homeA, serverA);
        try (ServerProcess b = ServerProcess.start(homeB, "-s", "B", "-p", "ncacn_ip_tcp", "-e", String.valueOf(portB));
             OpenMomClient bob = client(homeB, "bob", portB)) {
            Set<String> received = new HashSet<>();
            ReceivedMessage message;
            while (received.size() < 20 && (message = bob.receive(Duration.ofSeconds(20))) != null) {
                assertThat(received.add(new String(message.body(), StandardCharsets.UTF_8))).as("delivered once").isTrue();
            }
            assertThat(received).hasSize(20);
            assertThat(bob.receive(Duration.ofMillis(500))).as("nothing twice").isNull();
        } finally {
            a.close();
        }
    }

    private static OpenMomClient client(Path home, String user, int port) {
        return OpenMomClient.connect(ClientOptions.of("CHAT", user).withHome(new OpenMomHome(home)).withPolling(true),
                ServerAddress.tcp("127.0.0.1", port));
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
