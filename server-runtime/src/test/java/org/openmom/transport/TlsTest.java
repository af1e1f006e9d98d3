package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
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
import org.openmom.client.ReceivedMessage;
import org.openmom.fileformat.ParseResult;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.testing.TestServer;
import org.openmom.testing.TlsFiles;

/**
 * TLS on TCP (issue #18 item 6), against real servers on loopback: services driven by the
 * Servers List find their trust in the home, an administrator is given it, and a client and a
 * server that disagree about TLS part at once with the reason and the fix — within the client's
 * connect timeout of 30 s here, where waiting would end in "no WELCOME" instead.
 */
@Timeout(120)
class TlsTest {
    /** Long enough that a client left waiting would fail with another message than the one asserted. */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    @TempDir
    Path home;
    @TempDir
    Path serverFiles;

    private TestServer tlsServer() throws Exception {
        return TestServer.named("SAFE").home(home).protocols(ProtocolSequence.TCP).adminSecret("s3cret")
                .tls(TlsFiles.server(serverFiles)).start();
    }

    private ClientOptions client(String user) {
        return ClientOptions.of("CHAT", user).withHome(new OpenMomHome(home)).withReconnect(false).withTimeouts(PATIENT, PATIENT);
    }

    @Test
    void servicesOfTheServersListReachATlsServer_trustingTheCertificateInTheHomesTlsFolder() throws Exception {
        try (TestServer server = tlsServer()) {
            TlsFiles.serverCertificate(home.resolve("files/tls/127.0.0.1.pem"));
            Files.writeString(home.resolve("files/Servers.lst"), "! * *\n127.0.0.1 ncacn_ip_tcp " + server.tcpPort() + " SAFE 1\n");
            try (OpenMomClient bob = OpenMomClient.connect(client("bob"));
                    OpenMomClient alice = OpenMomClient.connect(client("alice"))) {
                BlockingQueue<ReceivedMessage> received = new LinkedBlockingQueue<>();
                bob.setMessageListener(received::add);

                alice.post(Post.to(ServiceUser.of("CHAT", "bob"), "say", "over TLS")).get(20, TimeUnit.SECONDS);

                assertThat(received.poll(20, TimeUnit.SECONDS).bodyText()).isEqualTo("over TLS");
            }
        }
    }

    @Test
    void aServerRoutesToATlsServer_trustingItThroughItsOwnHome() throws Exception {
        Path routerHome = home.resolve("router-home");
        try (TestServer target = tlsServer();
                TestServer router = TestServer.named("EDGE").home(routerHome).protocols(ProtocolSequence.TCP).start()) {
            TlsFiles.serverCertificate(routerHome.resolve("files/tls/127.0.0.1_" + target.tcpPort() + ".pem"));
            ParseResult<RoutesFile> routes = RoutesParser.parse("tls.routes", "ServiceRouter PAY PAYROLL SAFE 1 127.0.0.1 ncacn_ip_tcp "
                    + target.tcpPort());
            router.routers().add(routes.model());
            OpenMomClient payroll = target.polling("PAYROLL", "clerk");
            OpenMomClient sender = router.connect("SHOP", "till");

            sender.post(Post.to(ServiceUser.of("PAYROLL", "clerk"), "pay", "routed over TLS")).get(20, TimeUnit.SECONDS);

            assertThat(payroll.receive(Duration.ofSeconds(20)).bodyText()).isEqualTo("routed over TLS");
        }
    }

    @Test
    void anAdministratorGivenTheTrustFileAdministersOverTls() throws Exception {
        try (TestServer server = tlsServer()) {
            Path trust = TlsFiles.serverCertificate(serverFiles.resolve("trusted.pem"));
            AdminSession session = AdminClient.connect(server.tcp(), TestServer.adminOptions(home).withSecret("s3cret").withTlsTrust(trust))
                    .get(30, TimeUnit.SECONDS);
            try {
                assertThat(session.snapshot().get(20, TimeUnit.SECONDS).server().name()).isEqualTo("SAFE");
            } finally {
                session.close();
            }
        }
    }

    @Test
    void aClientWithoutTlsIsToldTheServerTakesTlsOnly_andHowToTrustIt() throws Exception {
        try (TestServer server = tlsServer()) {
            assertThatThrownBy(() -> OpenMomClient.connect(client("plain"), server.tcp()))
                    .hasMessageContaining("127.0.0.1:" + server.tcpPort())
                    .hasMessageContaining("server SAFE/1 takes TLS connections only")
                    .hasMessageContaining("--tls-trust FILE, or $OPENMOM_HOME/files/tls/HOST.pem")
                    .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        }
    }

    @Test
    void aClientExpectingTlsIsToldThatAPlainServerAnsweredWithoutIt() throws Exception {
        try (TestServer server = TestServer.named("PLAIN").home(home).protocols(ProtocolSequence.TCP).start()) {
            Path trust = TlsFiles.serverCertificate(serverFiles.resolve("trusted.pem"));

            assertThatThrownBy(() -> OpenMomClient.connect(client("tls").withTlsTrust(trust), server.tcp()))
                    .hasMessageContaining("127.0.0.1:" + server.tcpPort())
                    .hasMessageContaining("the server answered without TLS, but " + trust + " asks for TLS there")
                    .hasMessageContaining("--tls-cert")
                    .satisfies(e -> assertThat(e.getMessage().lines()).hasSize(1));
        }
    }

    @Test
    void aServerShowingACertificateTheClientDoesNotTrustIsNotSpokenTo() throws Exception {
        try (TestServer server = tlsServer()) {
            Path other = TlsFiles.otherCertificate(serverFiles.resolve("other.pem"));

            assertThatThrownBy(() -> OpenMomClient.connect(client("wary").withTlsTrust(other), server.tcp()))
                    .hasMessageContaining("127.0.0.1:" + server.tcpPort())
                    .hasMessageContaining("the server's certificate is not trusted")
                    .hasMessageContaining("in " + other);
        }
    }

    @Test
    void aTrustFileThatHoldsNoCertificateIsNamedWithTheFix() throws Exception {
        try (TestServer server = tlsServer()) {
            Path notPem = Files.writeString(serverFiles.resolve("notes.pem"), "not a certificate\n");

            assertThatThrownBy(() -> OpenMomClient.connect(client("careless").withTlsTrust(notPem), server.tcp()))
                    .hasMessageContaining(notPem + ": not a trust file")
                    .hasMessageContaining("the PEM file given to its --tls-cert");
        }
    }
}
