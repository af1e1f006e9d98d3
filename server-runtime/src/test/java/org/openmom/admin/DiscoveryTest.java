package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.get;
import static org.openmom.testing.TestServer.adminOptions;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.client.AdminClient;
import org.openmom.model.ProtocolSequence;
import org.openmom.testing.TestServer;

/** The Explorer's connect dialog finds every matching running server (guide: "Connect a set of OpenMOM servers"). */
@Timeout(60)
class DiscoveryTest {
    @TempDir
    Path home;

    private void serversList(String text) throws Exception {
        Files.createDirectories(home.resolve("files"));
        Files.writeString(home.resolve("files/Servers.lst"), text);
    }

    private static int deadPort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }

    @Test
    void theServersListFindsTwoServersOfThisMachineAndReportsADeadEndpoint() throws Exception {
        int dead = deadPort();
        try (TestServer alpha = TestServer.named("ALPHA").home(home).start();
                TestServer beta = TestServer.named("BETA").home(home).start()) {
            serversList("! ADMIN *\n* ncalrpc * * *\n127.0.0.1 ncacn_ip_tcp " + dead + " * *\n");
            // a recorded server whose socket is gone: an automatic place that does not answer is skipped
            Files.writeString(home.resolve("run/GHOST.1.json"), "{\"name\":\"GHOST\",\"role\":1,\"pid\":"
                    + ProcessHandle.current().pid() + ",\"protocols\":[\"ncalrpc\"],\"endpoints\":[\"ncalrpc:GHOST.1\"]}");

            List<DiscoveredServer> found = get(AdminClient.discover(DiscoveryCriteria.defaults(), adminOptions(home)));

            assertThat(found).filteredOn(DiscoveredServer::isReachable).extracting(DiscoveredServer::label)
                    .containsExactlyInAnyOrder("ALPHA/1 at local:ALPHA.1", "BETA/1 at local:BETA.1");
            assertThat(found).filteredOn(s -> !s.isReachable()).singleElement().satisfies(failed -> {
                assertThat(failed.address().toString()).isEqualTo("127.0.0.1:" + dead);
                assertThat(failed.error()).startsWith("127.0.0.1:" + dead + ": ");
            });
            for (DiscoveredServer server : found) {
                if (server.isReachable()) {
                    try (AdminSession session = get(AdminClient.connect(server.address(), adminOptions(home)))) {
                        assertThat(session.server().name()).isEqualTo(server.name());
                    }
                }
            }
        }
    }

    @Test
    void theDialogsFieldsNarrowTheServersList() throws Exception {
        try (TestServer alpha = TestServer.named("ALPHA").home(home).start();
                TestServer beta = TestServer.named("BETA").home(home).start()) {
            serversList("! ADMIN *\n* ncalrpc * * *\n");
            DiscoveryCriteria onlyBeta = new DiscoveryCriteria("BE*", 0, "*", null, null);

            List<DiscoveredServer> found = get(AdminClient.discover(onlyBeta, adminOptions(home)));

            assertThat(found).extracting(DiscoveredServer::label).containsExactly("BETA/1 at local:BETA.1");
            assertThat(get(AdminClient.discover(new DiscoveryCriteria("*", 2, "*", null, null), adminOptions(home))))
                    .as("no server has role 2").isEmpty();
        }
    }

    @Test
    void aGivenHostAndEndpointIsProbedDirectly() throws Exception {
        try (TestServer alpha = TestServer.named("ALPHA").home(home).start()) {
            DiscoveryCriteria criteria = new DiscoveryCriteria("*", 0, "127.0.0.1", ProtocolSequence.TCP,
                    Integer.toString(alpha.tcpPort()));

            List<DiscoveredServer> found = get(AdminClient.discover(criteria, adminOptions(home)));

            assertThat(found).singleElement().satisfies(server -> {
                assertThat(server.name()).isEqualTo("ALPHA");
                assertThat(server.address().toString()).isEqualTo("127.0.0.1:" + alpha.tcpPort());
            });
            int dead = deadPort();
            List<DiscoveredServer> none = get(AdminClient.discover(
                    new DiscoveryCriteria("*", 0, "127.0.0.1", ProtocolSequence.TCP, Integer.toString(dead)), adminOptions(home)));
            assertThat(none).singleElement().satisfies(failed -> assertThat(failed.isReachable()).isFalse());
        }
    }

    @Test
    void withoutAServersListThisMachinesLocalServersAreFound() throws Exception {
        try (TestServer alpha = TestServer.named("ALPHA").home(home).start()) {
            DiscoveryCriteria localOnly = new DiscoveryCriteria("*", 0, "*", ProtocolSequence.LOCAL, "*");
            assertThat(get(AdminClient.discover(localOnly, adminOptions(home)))).extracting(DiscoveredServer::label)
                    .containsExactly("ALPHA/1 at local:ALPHA.1");
        }
    }
}
