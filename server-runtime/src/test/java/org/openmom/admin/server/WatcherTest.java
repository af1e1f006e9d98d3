package org.openmom.admin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.openmom.admin.ChangeEvent;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.WatchRequest;

/**
 * A slow watcher never holds the broker up: it drops and asks for a resync; the hub tells every watch of a router's change.
 * No sockets: a peer that runs tasks inline.
 */
class WatcherTest {
    private static final class Peer implements WatchPeer {
        boolean writable = true;
        final List<ChangeEvent> sent = new ArrayList<>();

        @Override
        public boolean isWritable() {
            return writable;
        }

        @Override
        public void sendEvents(long watchId, List<ChangeEvent> events) {
            sent.addAll(events);
        }

        @Override
        public Executor executor() {
            return Runnable::run;
        }
    }

    private static ChangeEvent event(long messageId) {
        return new ChangeEvent(ChangeKind.POSTED, 0, 0, 0, null, messageId, null, null, -1, null, null);
    }

    @Test
    void eventsArriveInOrderNumberedFromOne() {
        Peer peer = new Peer();
        Watcher watcher = new Watcher(1, WatchRequest.everything(), peer);
        for (int i = 1; i <= 600; i++) {
            watcher.offer(event(i));
        }
        assertThat(peer.sent).hasSize(600);
        assertThat(peer.sent.get(599).sequence()).isEqualTo(600);
        assertThat(peer.sent.get(599).messageId()).isEqualTo(600);
    }

    @Test
    void aWatcherThatCannotKeepUpDropsEverythingAndAsksForAResync() {
        Peer peer = new Peer();
        peer.writable = false;
        Watcher watcher = new Watcher(1, WatchRequest.everything(), peer);
        for (int i = 1; i <= Watcher.CAPACITY + 5; i++) {
            watcher.offer(event(i)); // never blocks, however many
        }
        assertThat(peer.sent).isEmpty();

        peer.writable = true;
        watcher.schedule();
        watcher.offer(event(-1));

        assertThat(peer.sent.get(0).kind()).isEqualTo(ChangeKind.RESYNC_NEEDED);
        assertThat(peer.sent).extracting(ChangeEvent::messageId).containsExactly(0L, -1L);
        assertThat(peer.sent).extracting(ChangeEvent::sequence).containsExactly(1L, 2L);
    }

    @Test
    void aRouterChangeReachesAStructureWatchNamingTheRouter() {
        Peer peer = new Peer();
        WatchHub hub = new WatchHub();
        hub.add(WatchRequest.structure(), peer);

        hub.routerChanged("toB");

        assertThat(peer.sent).extracting(ChangeEvent::kind).containsExactly(ChangeKind.ROUTER_CHANGED);
        assertThat(peer.sent.get(0).detail()).isEqualTo("toB");
    }
}
