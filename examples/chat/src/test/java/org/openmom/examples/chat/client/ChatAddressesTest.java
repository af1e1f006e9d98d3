package org.openmom.examples.chat.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomException;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServerLocator;
import org.openmom.model.ServiceUser;

/** Where the chat looks for a server: a Host, or the Servers List entry for CHAT narrowed by the other fields. */
class ChatAddressesTest {
    private static final ServiceUser ALICE = ServiceUser.of("CHAT", "alice");

    @TempDir
    Path root;

    private OpenMomHome homeWithServersList(String text) throws Exception {
        OpenMomHome home = new OpenMomHome(root);
        Files.createDirectories(home.serversList().getParent());
        Files.writeString(home.serversList(), text);
        return home;
    }

    private static ServerLocator fields(String host, String protocol, String endpoint, String server, String role) {
        return new ServerLocator(host, protocol, endpoint, server, role);
    }

    @Test
    void aHostIsTheOnePlaceTried() throws Exception {
        OpenMomHome home = homeWithServersList("! * *\n* ncalrpc * Other 1\n");
        assertThat(ChatAddresses.of(fields("pc17", "ncacn_ip_tcp", "7411", "Demo", "2"), ALICE, home))
                .containsExactly(new ServerAddress(ProtocolSequence.TCP, "pc17", "7411", "Demo", 2));
    }

    @Test
    void hostStarUsesTheFirstEntryForChatNarrowedByTheOtherFields() throws Exception {
        OpenMomHome home = homeWithServersList("""
                ! ADMIN *
                * ncalrpc * Admins 1
                ! CHAT *
                * ncalrpc * Demo 1
                pc17 ncacn_ip_tcp 7410 Demo 2
                pc18 ncacn_ip_tcp * Other *
                """);
        assertThat(ChatAddresses.of(fields("*", "*", "*", "*", "*"), ALICE, home)).hasSize(3);
        assertThat(ChatAddresses.of(fields("*", "*", "*", "Demo", "2"), ALICE, home))
                .containsExactly(new ServerAddress(ProtocolSequence.TCP, "pc17", "7410", "Demo", 2));
        assertThat(ChatAddresses.of(fields("*", "*", "*", "Other", "3"), ALICE, home))
                .containsExactly(new ServerAddress(ProtocolSequence.TCP, "pc18", "*", "Other", 3));
    }

    @Test
    void fieldsThatExcludeEveryDeclarationSaySo() throws Exception {
        OpenMomHome home = homeWithServersList("! CHAT *\n* ncalrpc * Demo 1\n");
        assertThatThrownBy(() -> ChatAddresses.of(fields("*", "ncacn_ip_tcp", "*", "*", "*"), ALICE, home))
                .isInstanceOf(OpenMomException.class)
                .hasMessage(home.serversList() + ": no declaration for CHAT/alice matches Server *, Role *, Protocol ncacn_ip_tcp,"
                        + " End Point * — leave those fields blank, or give a Host");
    }

    @Test
    void withoutAServersListTheServersOfThisMachine() {
        assertThat(ChatAddresses.of(fields("*", "*", "*", "Demo", "*"), ALICE, new OpenMomHome(root)))
                .containsExactly(new ServerAddress(ProtocolSequence.ALL, "*", "*", "Demo", 0));
    }
}
