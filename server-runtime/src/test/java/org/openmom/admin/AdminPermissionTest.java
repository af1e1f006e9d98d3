package org.openmom.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmom.admin.AdminServers.SECRET;
import static org.openmom.admin.AdminServers.admin;
import static org.openmom.admin.AdminServers.failure;
import static org.openmom.admin.AdminServers.get;
import static org.openmom.admin.AdminServers.options;
import static org.openmom.admin.AdminServers.tcp;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.client.AdminClient;
import org.openmom.server.assembly.OpenMomServer;
import org.openmom.testing.RawPeer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/** Who may administer a server (DESIGN.md §7): local always, TCP only with the admin secret, others never. */
@Timeout(60)
class AdminPermissionTest {
    @TempDir
    Path home;

    @Test
    void aServiceThatIsNotAnAdministratorGetsAnErrorForEveryAdminFrameAndKeepsItsConnection() throws Exception {
        try (OpenMomServer server = AdminServers.start(home, "PERM", SECRET); RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.REGISTER).req(1).service("CHAT").user("eve"));
            assertThat(peer.read().type()).isEqualTo(FrameType.REGISTERED);
            for (FrameType type : new FrameType[] {FrameType.ADMIN_SNAPSHOT, FrameType.ADMIN_DELETE, FrameType.ADMIN_STATUS}) {
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
        try (OpenMomServer server = AdminServers.start(home, "PERM", SECRET); RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            peer.hello();
            peer.send(Header.of(FrameType.ADMIN_SNAPSHOT).req(3));
            Header answer = peer.read();
            assertThat(answer.type()).isEqualTo(FrameType.ERROR);
            assertThat(answer.reason()).contains("register with admin=true");
        }
    }

    @Test
    void tcpAdministrationOfAServerWithoutSecretIsRefusedWithHowToEnableIt() throws Exception {
        try (OpenMomServer server = AdminServers.start(home, "NOSECRET", null)) {
            String refusal = failure(AdminClient.connect(tcp(server), options(home).withSecret("anything")));
            assertThat(refusal).startsWith("127.0.0.1:" + server.tcpPort() + ": ")
                    .contains("refuses administration over TCP")
                    .contains("--admin-secret-file")
                    .contains("local:NOSECRET.1");
        }
    }

    @Test
    void tcpAdministrationWithoutTheRightSecretIsRefused() throws Exception {
        try (OpenMomServer server = AdminServers.start(home, "SECRET", SECRET)) {
            assertThat(failure(AdminClient.connect(tcp(server), options(home))))
                    .contains("wrong or missing admin secret").contains("--admin-secret-file");
            assertThat(failure(AdminClient.connect(tcp(server), options(home).withSecret("guess"))))
                    .contains("wrong or missing admin secret");
        }
    }

    @Test
    void tcpAdministrationWithTheSecretFileIsAccepted() throws Exception {
        Path secretFile = home.resolve("admin.secret");
        java.nio.file.Files.writeString(secretFile, SECRET + "\n");
        try (OpenMomServer server = AdminServers.start(home, "SECRET", SECRET);
                AdminSession session = get(AdminClient.connect(tcp(server), options(home).withSecretFile(secretFile)))) {
            assertThat(session.server().name()).isEqualTo("SECRET");
            assertThat(session.address().toString()).isEqualTo("127.0.0.1:" + server.tcpPort());
            ServerSnapshot snapshot = get(session.snapshot());
            assertThat(snapshot.administrationServices()).extracting(s -> s.who().toString()).containsExactly("ADMIN/tester");
            assertThat(snapshot.administrationServices().get(0).remoteAddress()).startsWith("127.0.0.1:");
        }
        assertThat(options(home).withSecretFile(secretFile).toString()).as("options may be logged").doesNotContain(SECRET);
    }

    @Test
    void localAdministrationNeedsNoSecret() throws Exception {
        try (OpenMomServer server = AdminServers.start(home, "LOCAL", null); AdminSession session = admin(home, server)) {
            assertThat(session.isConnected()).isTrue();
            ServerSnapshot snapshot = get(session.snapshot());
            assertThat(snapshot.administrationServices()).singleElement()
                    .satisfies(s -> assertThat(s.remoteAddress()).isEqualTo("local"));
            assertThat(snapshot.services()).isEmpty();
        }
    }
}
