package org.openmom.app.explorer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.admin.DiscoveryCriteria;
import org.openmom.model.ProtocolSequence;

class ExplorerArgumentsTest {

    @Test
    void withoutConnectOptionsTheConnectDialogComesFirst() {
        ExplorerSettings settings = ExplorerArguments.parse(List.of("--user", "ann"));

        assertThat(settings.initial()).isNull();
        assertThat(settings.options().user()).isEqualTo("ann");
        assertThat(settings.live()).isFalse();
    }

    @Test
    void anyConnectOptionConnectsAtStartWithTheOthersAsWildcards() {
        ExplorerSettings settings = ExplorerArguments.parse(List.of("--server", "Demo", "--protocol", "ncalrpc", "--live"));

        assertThat(settings.initial().criteria())
                .isEqualTo(new DiscoveryCriteria("Demo", 0, "*", ProtocolSequence.LOCAL, "*"));
        assertThat(settings.live()).isTrue();
    }

    @Test
    void aTrustFileMakesItsTcpConnectionsTlsTrustingThatFile() {
        ExplorerSettings settings = ExplorerArguments.parse(List.of("--tls-trust", "servers.pem"));

        assertThat(settings.options().tlsTrust()).isEqualTo(Path.of("servers.pem").toAbsolutePath());
        assertThat(settings.options().tls().trustFileFor("db.example.org", 7410)).isEqualTo(Path.of("servers.pem").toAbsolutePath());
    }

    @Test
    void serverTakesAnAddressAsInTheCommandLineToo() {
        assertThat(ExplorerArguments.parse(List.of("--server", "127.0.0.1:7410")).initial().criteria())
                .isEqualTo(new DiscoveryCriteria("*", 0, "127.0.0.1", ProtocolSequence.TCP, "7410"));
        assertThat(ExplorerArguments.parse(List.of("--server", "local:Demo.1")).initial().criteria())
                .isEqualTo(new DiscoveryCriteria("*", 0, "*", ProtocolSequence.LOCAL, "Demo.1"));
        assertThatThrownBy(() -> ExplorerArguments.parse(List.of("--server", "127.0.0.1:7410", "--endpoint", "7411")))
                .hasMessageStartingWith("--server 127.0.0.1:7410 is an address");
    }

    @Test
    void wrongOptionsAreOneLineWithTheWayToHelp() {
        assertThatThrownBy(() -> ExplorerArguments.parse(List.of("--protocol", "tcp")))
                .hasMessage("--protocol 'tcp' is unknown — give ncacn_ip_tcp, ncalrpc or *");
        assertThatThrownBy(() -> ExplorerArguments.parse(List.of("--role", "x")))
                .hasMessageContaining("'x' is not an int").hasMessageEndingWith("see ./openmom explorer --help");
        assertThatThrownBy(() -> ExplorerArguments.parse(List.of("--role", "-1")))
                .hasMessageStartingWith("--role -1 is not a role");
    }
}
