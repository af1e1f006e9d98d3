package org.openmom.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.model.ProtocolSequence;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The connect screen, as a person fills it in: what it refuses, what a failed connection says, and connecting. */
@ExtendWith(ApplicationExtension.class)
class ChatConnectScreenTest {
    @TempDir
    Path home;
    private TestServer server;
    private ChatDriver chat;

    @BeforeEach
    void start(FxRobot robot) throws Exception {
        server = TestServer.named("Screen" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
        chat = ChatDriver.withConnectScreen(robot, server.home());
    }

    @AfterEach
    void stop() {
        chat.close();
        server.close();
    }

    @Test
    void theUserIsMandatoryAndIsOneName() {
        assertThat(chat.dialogTitle()).isEqualTo("Connect the Chat client to an OpenMOM server");
        assertThat(chat.note("user-note")).isEqualTo("the User is empty — give the name you chat under");
        assertThat(chat.isDialogButtonEnabled("OK")).isFalse();

        chat.fill("user", "a*");
        assertThat(chat.note("user-note")).isEqualTo("'*' would match every user — give one name, without *");
        chat.fill("user", "bob smith");
        assertThat(chat.note("user-note")).isEqualTo("the User contains a space — give one word, e.g. bob");
        assertThat(chat.isDialogButtonEnabled("OK")).isFalse();

        chat.fill("user", "bob");
        assertThat(chat.note("user-note")).isEqualTo("The name you chat under: the others send their messages to it.");
        assertThat(chat.isDialogButtonEnabled("OK")).isTrue();
    }

    @Test
    void theAddressFieldsAreChecked() {
        chat.fill("user", "bob").fill("server-role", "first");
        assertThat(chat.note("server-role-note")).contains("first").contains("—");
        assertThat(chat.isDialogButtonEnabled("OK")).isFalse();
        chat.fill("server-role", "0");
        assertThat(chat.isDialogButtonEnabled("OK")).isTrue();
        assertThat(chat.note("network-address-note")).contains("Servers List entries for CHAT");
    }

    @Test
    void aFailedConnectionSaysWhatWasTriedThenTheScreenComesBackFilled() {
        chat.fill("user", "dave").fill("server-name", "Nobody").fill("network-address", "localhost").chooseProtocol(ProtocolSequence.LOCAL);
        chat.clickDialogButton("OK");

        assertThat(chat.dialogTitle()).isEqualTo("OpenMOM Chat cannot connect");
        assertThat(chat.dialogMessage()).startsWith("cannot connect CHAT/dave to local:*").contains("start a server or check the address");
        chat.clickDialogButton("OK");

        assertThat(chat.dialogTitle()).isEqualTo("Connect the Chat client to an OpenMOM server");
        chat.fill("server-name", server.name()).clickDialogButton("OK");
        chat.waitUntilConnected();
        assertThat(chat.status()).startsWith("dave on " + server.name() + "/1 at local:");
    }
}
