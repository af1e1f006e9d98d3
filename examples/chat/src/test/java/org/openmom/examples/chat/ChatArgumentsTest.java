package org.openmom.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.ServerLocator;

/** {@code ./openmom chat [--user NAME] [--server …]}: the connect screen's fields on the command line. */
class ChatArgumentsTest {
    @Test
    void withoutTheUserTheConnectScreenOpensOnTheGuidesDefaults() {
        ChatSettings settings = ChatArguments.parse(List.of());
        assertThat(settings.connectNow()).isFalse();
        assertThat(settings.callback()).isTrue();
        assertThat(settings.request().where()).isEqualTo(new ServerLocator("*", "*", "*", "*", "*"));
    }

    @Test
    void theUserAloneConnectsAtOnceThroughTheServersList() {
        ChatSettings settings = ChatArguments.parse(List.of("--user", "alice"));
        assertThat(settings.connectNow()).isTrue();
        assertThat(settings.request().user()).isEqualTo("alice");
        assertThat(settings.request().where().networkAddress()).isEqualTo("*");
    }

    @Test
    void everyConnectFieldIsTakenAsTheExplorerTakesIt() {
        ChatSettings settings = ChatArguments.parse(List.of("--user", "bob", "--server", "Demo", "--role", "2", "--host", "pc17",
                "--protocol", "ncacn_ip_tcp", "--endpoint", "7411", "--no-callback"));
        assertThat(settings.request().where()).isEqualTo(new ServerLocator("pc17", "ncacn_ip_tcp", "7411", "Demo", "2"));
        assertThat(settings.callback()).isFalse();
    }

    @Test
    void theServerMayBeGivenByItsAddressAsInTheCommandLine() {
        assertThat(ChatArguments.parse(List.of("--user", "bob", "--server", "local:Demo.1")).request().where())
                .isEqualTo(new ServerLocator("*", "ncalrpc", "Demo.1", "*", "*"));
        assertThat(ChatArguments.parse(List.of("--user", "bob", "--server", "127.0.0.1:7410", "--role", "2")).request().where())
                .isEqualTo(new ServerLocator("127.0.0.1", "ncacn_ip_tcp", "7410", "*", "2"));
        assertThatThrownBy(() -> ChatArguments.parse(List.of("--server", "127.0.0.1:7410", "--host", "pc17")))
                .hasMessage("--server 127.0.0.1:7410 is an address: give --host, --protocol and --endpoint only with a server name");
    }

    @Test
    void aWrongOptionIsOneLineWithTheFix() {
        assertThatThrownBy(() -> ChatArguments.parse(List.of("--protocol", "ncacn_nb_nb")))
                .hasMessage("--protocol 'ncacn_nb_nb' is not one this platform speaks — give ncacn_ip_tcp, ncalrpc or *");
        assertThatThrownBy(() -> ChatArguments.parse(List.of("--role", "-1")))
                .hasMessage("--role -1 is not a role — give 1 or more, or 0 for any");
        assertThatThrownBy(() -> ChatArguments.parse(List.of("--colour", "red")))
                .hasMessageStartingWith("Unknown options: '--colour', 'red'").hasMessageEndingWith("— see ./openmom chat --help");
    }
}
