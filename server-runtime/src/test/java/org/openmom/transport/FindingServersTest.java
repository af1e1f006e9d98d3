package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.Post;
import org.openmom.client.ServerAddress;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.server.pipeline.ServerSettings;
import org.openmom.server.pipeline.ServerStartException;
import org.openmom.testing.TestServer;

/** Automatic endpoints and probing (DESIGN.md §4), and logging services from a configuration file. */
@Timeout(60)
class FindingServersTest {
    @TempDir
    Path dir;

    private ServerSettings settings(String name, int role) {
        return ServerSettings.defaults(new ServerIdentity(name, role), new OpenMomHome(dir)).withTcp("127.0.0.1", null);
    }

    @Test
    void automaticEndpointsAreFoundByProbingForTheServersNameAndRole() throws Exception {
        String name = "AUTO" + UUID.randomUUID().toString().substring(0, 8);
        try (OpenMomServer first = OpenMomServer.start(settings(name, 1), null, null);
                OpenMomServer second = OpenMomServer.start(settings(name, 2), null, null)) {
            assertThat(first.tcpPort()).isBetween(AutomaticPorts.FIRST, AutomaticPorts.LAST);
            assertThat(second.tcpPort()).isBetween(AutomaticPorts.FIRST, AutomaticPorts.LAST);
            assertThat(first.endpoints()).extracting(Object::toString).contains("ncalrpc:" + name + ".1");

            ClientOptions options = ClientOptions.of("A", "a").withHome(new OpenMomHome(dir)).withReconnect(false);
            ServerAddress anyTcpRole2 = new ServerAddress(ProtocolSequence.TCP, "127.0.0.1", "*", name, 2);
            try (OpenMomClient client = OpenMomClient.connect(options, anyTcpRole2)) {
                client.post(Post.to(ServiceUser.of("X", "x"), "e", "")).get(5, TimeUnit.SECONDS);
                assertThat(second.broker().counters().posted()).isEqualTo(1);
            }
            ServerAddress anyLocalRole1 = new ServerAddress(ProtocolSequence.LOCAL, "*", "*", name, 1);
            try (OpenMomClient client = OpenMomClient.connect(options, anyLocalRole1)) {
                client.post(Post.to(ServiceUser.of("X", "x"), "e", "")).get(5, TimeUnit.SECONDS);
                assertThat(first.broker().counters().posted()).isEqualTo(1);
            }
            ServerAddress everywhere = new ServerAddress(ProtocolSequence.ALL, "*", "*", name, 0);
            try (OpenMomClient client = OpenMomClient.connect(options, everywhere)) {
                assertThat(client.address().protocol()).isEqualTo(ProtocolSequence.ALL);
            }
            ServerAddress nobody = new ServerAddress(ProtocolSequence.ALL, "*", "*", name + "-none", 0);
            assertThatThrownBy(() -> OpenMomClient.connect(options, nobody)).isInstanceOf(OpenMomException.class);
        }
    }

    @Test
    void aSecondServerWithTheSameLocalNameIsRefused() throws Exception {
        ServerSettings local = settings("TWICE", 1).withProtocols(EnumSet.of(ProtocolSequence.LOCAL));
        try (OpenMomServer first = OpenMomServer.start(local, null, null)) {
            ServerSettings again = local.withLocalName("TWICE.1");
            // its journal is locked too, so use another data file through a configuration
            Path config = Files.writeString(dir.resolve("other.conf"), "LoggingService Journal builtin * other.journal\n");
            assertThatThrownBy(() -> OpenMomServer.start(again, config, null))
                    .isInstanceOf(ServerStartException.class)
                    .hasMessageContaining("already running");
        }
    }

    @Test
    void loggingServicesOfTheConfigurationWriteTheirJournalsAndMirrors() throws Exception {
        Path config = Files.writeString(dir.resolve("server.conf"),
                "# chat messages in their own journal, with a mirror\n"
                        + "LoggingService ChatLog builtin CHAT ~chat-mirror.journal\n"
                        + "LoggingService ChatLog builtin CHAT chat.journal\n"
                        + "LoggingService RestLog builtin * rest.journal\n");
        try (TestServer server = TestServer.named("CONF").home(dir).protocols(ProtocolSequence.TCP).config(config).start();
                OpenMomClient client = server.connectOnce("A", "a")) {
            client.post(Post.to(ServiceUser.of("CHAT", "bob"), "e", "chat").persistent()).get(5, TimeUnit.SECONDS);
            client.post(Post.to(ServiceUser.of("MAIL", "bob"), "e", "mail").persistent()).get(5, TimeUnit.SECONDS);
        }
        assertThat(dir.resolve("chat.journal")).exists();
        assertThat(dir.resolve("chat-mirror.journal")).exists();
        assertThat(dir.resolve("rest.journal")).exists();
        try (TestServer server = TestServer.named("CONF").home(dir).protocols(ProtocolSequence.TCP).config(config).start()) {
            assertThat(server.broker().waitingSeeds()).extracting(m -> m.to().service()).containsExactly("CHAT", "MAIL");
        }
    }

    @Test
    void aBrokenConfigurationStopsTheStartWithFileLineAndColumn() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.conf"), "LogingService * builtin * x.journal\n");
        assertThatThrownBy(() -> OpenMomServer.start(settings("BAD", 1), config, null))
                .isInstanceOf(ServerStartException.class)
                .hasMessageContaining("bad.conf:1:");
    }
}
