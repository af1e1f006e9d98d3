package org.openmom.server.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.OpenMomClient;
import org.openmom.model.Message;
import org.openmom.model.RouteHop;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;

/**
 * The receiving side of a router, played by a raw peer as server X/1's link: a persistent message
 * sent again (a link dropped before its confirmation, a restart) is confirmed but delivered once,
 * across a restart of the receiver too, until X says FORGET; forged routes are refused.
 */
class RoutedArrivalsTest {
    private static final long SENT_AT = 1_700_000_000_000L;

    @TempDir
    Path home;

    private static RawPeer linkOfX(TestServer server) throws Exception {
        RawPeer peer = new RawPeer(server.tcpPort(), 5_000);
        peer.hello();
        peer.send(Header.of(FrameType.REGISTER).req(1).service("ROUTER").user("X/1").router(true));
        assertThat(peer.readUntil(FrameType.REGISTERED)).isNotNull();
        return peer;
    }

    private static Header forward(RawPeer link, long req, long idOnX) throws Exception {
        link.send(Header.of(FrameType.POST).req(req).toService("CHAT").toUser("bob").event("say").flags(Message.PERSISTENT)
                .fromService("CHAT").fromUser("alice").route(List.of(new RouteHop("X/1", idOnX, SENT_AT))));
        return link.readUntil(FrameType.POSTED);
    }

    private static int drain(OpenMomClient bob) throws InterruptedException {
        int received = 0;
        while (bob.receive(Duration.ofMillis(400)) != null) { // each receive acknowledges the one before
            received++;
        }
        return received;
    }

    @Test
    void aCopySentAgainIsConfirmedButDeliveredOnceEvenAfterARestartUntilForgotten() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start()) {
            OpenMomClient bob = b.polling("CHAT", "bob");
            try (RawPeer link = linkOfX(b)) {
                assertThat(forward(link, 2, 41).reason()).isNull();
                assertThat(forward(link, 3, 41).reason()).as("the copy is confirmed too").isNull();
            }
            assertThat(drain(bob)).isEqualTo(1);
            assertThat(b.broker().counters().routedDuplicates()).isEqualTo(1);
        }
        try (TestServer b = TestServer.named("B").home(home).start()) {
            OpenMomClient bob = b.polling("CHAT", "bob");
            try (RawPeer link = linkOfX(b)) {
                Header remembered = link.readUntil(FrameType.REMEMBERED);
                assertThat(remembered.ids()).containsExactly(41);
                assertThat(remembered.ats()).containsExactly(SENT_AT);
                assertThat(forward(link, 2, 41).reason()).isNull();
                assertThat(drain(bob)).as("consumed before the restart: not again").isZero();

                link.send(Header.of(FrameType.FORGET).ids(new long[] {41}).ats(new long[] {SENT_AT}));
                assertThat(forward(link, 3, 41).reason()).isNull();
                assertThat(drain(bob)).as("forgotten: the same id and time is a new message").isEqualTo(1);
            }
        }
    }

    @Test
    void aMessageWhoseRouteDoesNotEndWithTheLinksServerIsRefused() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start(); RawPeer link = linkOfX(b)) {
            link.send(Header.of(FrameType.POST).req(2).toService("CHAT").toUser("bob").event("say").flags(Message.PERSISTENT)
                    .route(List.of(new RouteHop("Y/1", 7, SENT_AT))));

            assertThat(link.readUntil(FrameType.POSTED).reason()).contains("must carry its route, ending with X/1");
        }
    }

    @Test
    void aRoutePastTheHopLimitOrWithAnOverlongServerNameIsRefused() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start(); RawPeer link = linkOfX(b)) {
            List<RouteHop> tooLong = new java.util.ArrayList<>();
            for (int i = 0; i < 16; i++) {
                tooLong.add(new RouteHop("S" + i + "/1", i, SENT_AT));
            }
            tooLong.add(new RouteHop("X/1", 99, SENT_AT));
            link.send(Header.of(FrameType.POST).req(2).toService("CHAT").toUser("bob").event("say").route(tooLong));
            assertThat(link.readUntil(FrameType.POSTED).reason()).contains("has passed 17 servers");

            link.send(Header.of(FrameType.POST).req(3).toService("CHAT").toUser("bob").event("say")
                    .route(List.of(new RouteHop("Y".repeat(300), 1, SENT_AT), new RouteHop("X/1", 100, SENT_AT))));
            assertThat(link.readUntil(FrameType.POSTED).reason()).contains("in 300 characters");
        }
    }

    @Test
    void aMessageThatPassedThisServerAlreadyIsDroppedAsALoop() throws Exception {
        try (TestServer b = TestServer.named("B").home(home).start(); RawPeer link = linkOfX(b)) {
            OpenMomClient bob = b.polling("CHAT", "bob");
            link.send(Header.of(FrameType.POST).req(2).toService("CHAT").toUser("bob").event("say")
                    .route(List.of(new RouteHop("B/1", 3, SENT_AT), new RouteHop("X/1", 9, SENT_AT))));

            assertThat(link.readUntil(FrameType.POSTED).recipients()).isZero();
            assertThat(drain(bob)).isZero();
            assertThat(b.broker().counters().routedLoops()).isEqualTo(1);
        }
    }
}
