package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.testing.Answers.failure;
import static org.openmom.testing.Answers.get;
import static org.openmom.testing.TestServer.adminOptions;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.client.AdminClient;
import org.openmom.testing.TestServer;
import org.openmom.testing.RawPeer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** Who may administer a server (DESIGN.md §7): local always, TCP only with the admin secret, others never. */
@Timeout(60)
class AdminPermissionTest {
    private static final String SECRET = "s3cret-for-tests";

    @TempDir
    Path home;

    @Test
    void aServiceThatIsNotAnAdministratorGetsAnErrorForEveryAdminFrameAndKeepsItsConnection() throws Exception {
        try (TestServer server = TestServer.named("PERM").home(home).adminSecret(SECRET).start(); RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("CHAT").user("eve"));
            assertThat(peer.read().type()).isEqualTo(FrameType.REGISTERED);
            for (FrameType type : FrameType.values()) {
                if (!type.isAdminRequest()) {
                    continue; // every administration request, the purge, search, export and audit ones too
                }
                peer.send(Header.of(type).req(7));
                Header answer = peer.read();
                assertThat(answer.type()).isEqualTo(FrameType.ERROR);
                assertThat(answer.req()).isEqualTo(7);
                assertThat(answer.reason()).contains("administration services only");
            }
            peer.send(Header.of(FrameType.PING));
            assertThat(peer.readUntil(FrameType.PONG)).as("the connection is still served").isNotNull();
        }
    }

    @Test
    void anAdminFrameBeforeRegisteringIsRefusedToo() throws Exception {
        try (TestServer server = TestServer.named("PERM").home(home).adminSecret(SECRET).start(); RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.ADMIN_SNAPSHOT).req(3));
            Header answer = peer.read();
            assertThat(answer.type()).isEqualTo(FrameType.ERROR);
            assertThat(answer.reason()).contains("register with admin=true");
        }
    }

    @Test
    void tcpAdministrationOfAServerWithoutSecretIsRefusedWithHowToEnableIt() throws Exception {
        try (TestServer server = TestServer.named("NOSECRET").home(home).start()) {
            String refusal = failure(AdminClient.connect(server.tcp(), adminOptions(home).withSecret("anything")));
            assertThat(refusal).startsWith("127.0.0.1:" + server.tcpPort() + ": ")
                    .contains("refuses administration over TCP")
                    .contains("--admin-secret-file")
                    .contains("local:NOSECRET.1");
        }
    }

    @Test
    void tcpAdministrationWithoutTheRightSecretIsRefused() throws Exception {
        try (TestServer server = TestServer.named("SECRET").home(home).adminSecret(SECRET).start()) {
            assertThat(failure(AdminClient.connect(server.tcp(), adminOptions(home))))
                    .contains("wrong or missing admin secret").contains("--admin-secret-file");
            assertThat(failure(AdminClient.connect(server.tcp(), adminOptions(home).withSecret("guess"))))
                    .contains("wrong or missing admin secret");
        }
    }

    @Test
    void tcpAdministrationWithTheSecretFileIsAccepted() throws Exception {
        Path secretFile = home.resolve("admin.secret");
        java.nio.file.Files.writeString(secretFile, SECRET + "\n");
        try (TestServer server = TestServer.named("SECRET").home(home).adminSecret(SECRET).start();
                AdminSession session = get(AdminClient.connect(server.tcp(), adminOptions(home).withSecretFile(secretFile)))) {
            assertThat(session.server().name()).isEqualTo("SECRET");
            assertThat(session.address().toString()).isEqualTo("127.0.0.1:" + server.tcpPort());
            ServerSnapshot snapshot = get(session.snapshot());
            assertThat(snapshot.administrationServices()).extracting(s -> s.who().toString()).containsExactly("ADMIN/tester");
            assertThat(snapshot.administrationServices().get(0).remoteAddress()).startsWith("127.0.0.1:");
        }
        assertThat(adminOptions(home).withSecretFile(secretFile).toString()).as("options may be logged").doesNotContain(SECRET);
    }

    @Test
    void localAdministrationNeedsNoSecret() throws Exception {
        try (TestServer server = TestServer.named("LOCAL").home(home).start(); AdminSession session = server.admin()) {
            assertThat(session.isConnected()).isTrue();
            ServerSnapshot snapshot = get(session.snapshot());
            assertThat(snapshot.administrationServices()).singleElement()
                    .satisfies(s -> assertThat(s.remoteAddress()).isEqualTo("local"));
            assertThat(snapshot.services()).isEmpty();
        }
    }
}
