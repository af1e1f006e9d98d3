package org.openmom.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
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
 * Three server processes in a ring A → B → C → A, each started with its routes file (-x), as an
 * administrator would run them: a message goes along the ring to the one server with its
 * recipient, and a global message reaches every server once.
 */
class RingOfProcessesTest {
    private static final String[] NAMES = {"A", "B", "C"};

    @TempDir
    Path temp;

    private final List<ServerProcess> servers = new ArrayList<>();
    private final List<OpenMomClient> clients = new ArrayList<>();
    private final int[] ports = new int[NAMES.length];

    @AfterEach
    void stop() throws InterruptedException {
        clients.forEach(OpenMomClient::close);
        for (ServerProcess server : servers) {
            server.close();
        }
    }

    private void startRing() throws Exception {
        for (int i = 0; i < NAMES.length; i++) {
            ports[i] = freePort();
        }
        for (int i = 0; i < NAMES.length; i++) {
            int next = (i + 1) % NAMES.length;
            Path home = Files.createDirectories(temp.resolve(NAMES[i]));
            Path routes = Files.writeString(home.resolve("ring.routes"),
                    "ServerRouter NEXT " + NAMES[next] + " 1 127.0.0.1 ncacn_ip_tcp " + ports[next] + "\n");
            servers.add(ServerProcess.start(home, "-s", NAMES[i], "-p", "ncacn_ip_tcp", "-e", String.valueOf(ports[i]),
                    "-x", routes.toString()));
        }
    }

    private OpenMomClient client(int server, String service, String user) {
        OpenMomClient client = OpenMomClient.connect(ClientOptions.of(service, user)
                .withHome(new OpenMomHome(temp.resolve(NAMES[server]))).withPolling(true), ServerAddress.tcp("127.0.0.1", ports[server]));
        clients.add(client);
        return client;
    }

    @Test
    void aMessageGoesAlongTheRingToItsRecipient() throws Exception {
        startRing();
        OpenMomClient carol = client(2, "CHAT", "carol");
        OpenMomClient alice = client(0, "CHAT", "alice");

        alice.post(Post.to("CHAT", "carol", "say", "round".getBytes(StandardCharsets.UTF_8)).persistent()).get(10, TimeUnit.SECONDS);

        ReceivedMessage got = carol.receive(Duration.ofSeconds(20));
        assertThat(got).isNotNull();
        assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("round");
        assertThat(carol.receive(Duration.ofMillis(500))).isNull();
    }

    @Test
    void aGlobalMessageReachesEveryServerOfTheRingOnce() throws Exception {
        startRing();
        List<OpenMomClient> readers = List.of(client(0, "NEWS", "a"), client(1, "NEWS", "b"), client(2, "NEWS", "c"));
        OpenMomClient editor = client(1, "EDITOR", "ed");

        editor.post(Post.to("NEWS", "*", "flash", "extra".getBytes(StandardCharsets.UTF_8)).global()).get(10, TimeUnit.SECONDS);

        for (OpenMomClient reader : readers) {
            ReceivedMessage got = reader.receive(Duration.ofSeconds(20));
            assertThat(got).as("the global message on " + reader.who()).isNotNull();
            assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("extra");
        }
        for (OpenMomClient reader : readers) {
            assertThat(reader.receive(Duration.ofMillis(500))).as("once only for " + reader.who()).isNull();
        }
    }

    private static int freePort() throws java.io.IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
