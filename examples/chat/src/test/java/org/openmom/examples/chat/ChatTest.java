package org.openmom.examples.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.model.DeliveryMode;
import org.openmom.model.ProtocolSequence;
import org.openmom.model.ServiceUser;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Two (or three) chat windows driven as people would, headless, against a real server in this JVM. */
@ExtendWith(ApplicationExtension.class)
class ChatTest {
    @TempDir
    Path home;
    private TestServer server;
    private final List<ChatDriver> chats = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("Chat" + ProcessHandle.current().pid()).home(home).protocols(ProtocolSequence.LOCAL).start();
    }

    @AfterEach
    void stop() {
        chats.forEach(ChatDriver::close);
        server.close();
    }

    private ChatDriver chat(FxRobot robot, String user, boolean callback) {
        ChatDriver chat = ChatDriver.connectedAs(robot, user, server, callback);
        chats.add(chat);
        return chat;
    }

    @Test
    void aliceAndBobTalkBothWays(FxRobot robot) {
        ChatDriver alice = chat(robot, "alice", true);
        ChatDriver bob = chat(robot, "bob", true);
        assertThat(alice.status()).startsWith("alice on ").endsWith("messages pushed (Callback)");

        bob.say("alice", "Hello Alice, it's Bob");
        alice.waitForLine("bob → alice:  Hello Alice, it's Bob");
        assertThat(bob.conversation()).anyMatch(line -> line.endsWith("bob → alice:  Hello Alice, it's Bob"));

        alice.say("bob", "Hi Bob!");
        bob.waitForLine("alice → bob:  Hi Bob!");
        assertThat(alice.model().draftProperty().get()).as("the message field is emptied once sent").isEmpty();
    }

    @Test
    void bobsUsersListShowsAliceKeptCurrentAndPicksTheToUser(FxRobot robot) {
        chat(robot, "alice", true);
        ChatDriver bob = chat(robot, "bob", true);
        bob.typeToUser("dave");

        bob.clickToolbarButton("Users…");
        bob.waitUntil(() -> bob.usersShown().equals(List.of("alice")));

        ChatDriver carol = chat(robot, "carol", true);
        bob.waitUntil(() -> bob.usersShown().equals(List.of("alice", "carol")));
        assertThat(bob.toUser()).as("a new list leaves the To User typed alone").isEqualTo("dave");
        assertThat(bob.model().toUserProperty().get()).isEqualTo("dave");
        carol.close();
        chats.remove(carol);
        bob.waitUntil(() -> bob.usersShown().equals(List.of("alice")));

        bob.pickUser("alice");
        assertThat(bob.toUser()).isEqualTo("alice");
    }

    @Test
    void aPersistentMessageToAbsentCarolIsDeliveredWhenCarolConnects(FxRobot robot) {
        ChatDriver alice = chat(robot, "alice", true);

        alice.say("carol", "call me when you are back");
        alice.waitForLine("Not sent to carol: carol is not connected: nobody received it — check Persistent to leave a message");
        assertThat(alice.model().draftProperty().get()).as("kept, to send again").isEqualTo("call me when you are back");

        alice.click("persistent").sendAgain();
        alice.waitForLine("alice → carol:  call me when you are back   (persistent — waits for carol)");

        ChatDriver carol = chat(robot, "carol", true);
        carol.waitForLine("alice → carol:  call me when you are back   (persistent)");
        assertThat(carol.conversation()).filteredOn(line -> line.contains("call me")).hasSize(1);
    }

    @Test
    void withCallbackOffTheChatFetchesItsMessagesItself(FxRobot robot) throws Exception {
        ChatDriver alice = chat(robot, "alice", true);
        ChatDriver bob = chat(robot, "bob", false);
        assertThat(bob.status()).endsWith("messages fetched");
        assertThat(modeOf("bob")).as("how the server sees bob").isEqualTo(DeliveryMode.POLLING);

        alice.say("bob", "fetched, not pushed");
        bob.waitForLine("alice → bob:  fetched, not pushed");

        bob.click("callback"); // checked again: registers again, now pushed
        bob.waitUntil(() -> bob.status().endsWith("messages pushed (Callback)"));
        assertThat(modeOf("bob")).isEqualTo(DeliveryMode.CALLBACK);
        alice.say("bob", "pushed again");
        bob.waitForLine("alice → bob:  pushed again");
    }

    @Test
    void aLostServerIsShownAndTheChatConnectsAgainByItself(FxRobot robot) throws Exception {
        ChatDriver alice = chat(robot, "alice", true);
        String name = server.name();
        server.close();
        alice.waitForLine("The server is lost");
        assertThat(alice.status()).isEqualTo("Server lost — reconnecting…");

        server = TestServer.named(name).home(home).protocols(ProtocolSequence.LOCAL).start(); // the same place again
        alice.waitForLine("Connected again, to " + name + "/1 at local:");
        ChatDriver bob = chat(robot, "bob", true);
        bob.say("alice", "welcome back");
        alice.waitForLine("bob → alice:  welcome back");
    }

    /** The mode of a CHAT user as an administrator sees it (the Explorer's service details). */
    private DeliveryMode modeOf(String user) throws Exception {
        try (AdminSession admin = server.admin()) {
            return admin.snapshot().get(15, TimeUnit.SECONDS).services().stream()
                    .filter(service -> service.who().equals(ServiceUser.of("CHAT", user))).findFirst().orElseThrow().deliveryMode();
        }
    }

    @Test
    void clearEmptiesTheScreenOnly(FxRobot robot) {
        ChatDriver alice = chat(robot, "alice", true);
        ChatDriver bob = chat(robot, "bob", true);
        bob.say("alice", "one");
        alice.waitForLine("bob → alice:  one");

        alice.clickToolbarButton("Clear");
        assertThat(alice.conversation()).isEmpty();
        bob.say("alice", "two");
        alice.waitForLine("bob → alice:  two");
    }
}
