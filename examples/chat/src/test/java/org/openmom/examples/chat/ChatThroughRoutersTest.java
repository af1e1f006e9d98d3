package org.openmom.examples.chat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.fileformat.ParseResult;
import org.openmom.model.ProtocolSequence;
import org.openmom.routes.RoutesFile;
import org.openmom.routes.RoutesParser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** Two people on two servers linked by server routers chat as if on one, and see each other in Users (docs/routers.md). */
@ExtendWith(ApplicationExtension.class)
class ChatThroughRoutersTest {
    @TempDir
    Path temp;
    private final List<TestServer> servers = new ArrayList<>();
    private final List<ChatDriver> chats = new ArrayList<>();

    @AfterEach
    void stop() {
        chats.forEach(ChatDriver::close);
        servers.forEach(TestServer::close);
    }

    private static String routerTo(TestServer target) {
        return "ServerRouter To" + target.name() + " " + target.name() + " 1 127.0.0.1 ncacn_ip_tcp " + target.tcpPort();
    }

    @Test
    void aliceOnOneServerAndBobOnTheOtherTalkBothWays(FxRobot robot) throws Exception {
        String suffix = Long.toString(ProcessHandle.current().pid());
        TestServer east = TestServer.named("East" + suffix).home(temp.resolve("east")).protocols(ProtocolSequence.TCP).start();
        servers.add(east);
        // West starts with its route to East from a routes file (-x); East gets its route back at run time
        Path routes = Files.writeString(temp.resolve("west.routes"), routerTo(east) + "\n");
        TestServer west = TestServer.named("West" + suffix).home(temp.resolve("west")).protocols(ProtocolSequence.TCP)
                .routes(routes).start();
        servers.add(west);
        ParseResult<RoutesFile> back = RoutesParser.parse("east.routes", routerTo(west));
        east.routers().add(back.model());
        for (TestServer server : servers) {
            Await.until("the router of " + server.name() + " connected",
                    () -> server.routers().list().stream().allMatch(router -> router.connected()));
        }

        ChatDriver alice = ChatDriver.connectedAs(robot, "alice", east, true);
        chats.add(alice);
        ChatDriver bob = ChatDriver.connectedAs(robot, "bob", west, false);
        chats.add(bob);

        bob.clickToolbarButton("Users…");
        bob.waitUntil(() -> bob.usersShown().equals(List.of("alice"))); // on the other server, listed as if here

        alice.say("bob", "Hello from the East");
        bob.waitForLine("alice → bob:  Hello from the East");
        bob.say("alice", "Hello from the West");
        alice.waitForLine("bob → alice:  Hello from the West");
    }
}
