package org.openmom.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;

@Timeout(30)
class ReconnectTest {
    @TempDir
    Path home;

    private static final class Events implements ConnectionListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void connectionLost(String reason) {
            events.add("lost");
        }

        @Override
        public void connectionRegained(ServerAddress address) {
            events.add("regained " + address);
        }
    }

    private ClientOptions options(TestServer server) {
        return ClientOptions.of("CHAT", "bob").withHome(server.home()).withRetryDelays(Duration.ofMillis(20), Duration.ofMillis(200));
    }

    @Test
    void failsOverToTheNextDeclarationAndRegistersAgain() throws Exception {
        try (TestServer first = TestServer.named("A").home(home).start(); TestServer second = TestServer.named("B").home(home).start()) {
            OpenMomClient client = OpenMomClient.connect(options(first), List.of(first.tcp(), second.tcp()));
            try {
                Events events = new Events();
                client.addConnectionListener(events);
                BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
                client.setMessageListener(got::add);
                assertThat(client.address()).isEqualTo(first.tcp());

                first.close();

                assertThat(events.events.poll(10, TimeUnit.SECONDS)).isEqualTo("lost");
                assertThat(events.events.poll(10, TimeUnit.SECONDS)).isEqualTo("regained " + second.tcp());
                assertThat(second.broker().users(ServiceUser.parse("CHAT/bob"))).hasSize(1);
                client.post(Post.to(ServiceUser.of("CHAT", "bob"), "e", "after failover")).get(5, TimeUnit.SECONDS);
                assertThat(got.poll(5, TimeUnit.SECONDS).bodyText()).isEqualTo("after failover");
            } finally {
                client.close();
            }
        }
    }

    @Test
    void reconnectsToARestartedServer() throws Exception {
        TestServer server = TestServer.named("S").home(home).start();
        int port = server.tcpPort();
        OpenMomClient client = OpenMomClient.connect(options(server), server.tcp());
        try {
            Events events = new Events();
            client.addConnectionListener(events);
            server.close();
            assertThat(events.events.poll(10, TimeUnit.SECONDS)).isEqualTo("lost");

            server = TestServer.named("S").home(home).port(port).start();

            assertThat(events.events.poll(10, TimeUnit.SECONDS)).startsWith("regained");
            assertThat(client.isConnected()).isTrue();
            assertThat(server.broker().users(ServiceUser.parse("CHAT/bob"))).hasSize(1);
        } finally {
            client.close();
            server.close();
        }
    }

    @Test
    void findsItsServersInTheMachinesServersListAndFailsOverAlongIt() throws Exception {
        try (TestServer first = TestServer.named("A").home(home).start(); TestServer second = TestServer.named("B").home(home).start()) {
            java.nio.file.Files.createDirectories(first.home().files());
            java.nio.file.Files.writeString(first.home().serversList(), "# test list\n"
                    + "! OTHER *\n127.0.0.1 ncacn_ip_tcp 1 * *\n"
                    + "! CHAT *\n"
                    + "* ncalrpc A.1 A 1\n"
                    + "127.0.0.1 ncacn_ip_tcp " + second.tcpPort() + " B 1\n");
            OpenMomClient client = OpenMomClient.connect(options(first));
            try {
                Events events = new Events();
                client.addConnectionListener(events);
                assertThat(first.broker().users(ServiceUser.parse("CHAT/bob"))).hasSize(1);
                first.close();
                assertThat(events.events.poll(10, TimeUnit.SECONDS)).isEqualTo("lost");
                assertThat(events.events.poll(10, TimeUnit.SECONDS)).startsWith("regained");
                assertThat(second.broker().users(ServiceUser.parse("CHAT/bob"))).hasSize(1);
            } finally {
                client.close();
            }
        }
    }
}
