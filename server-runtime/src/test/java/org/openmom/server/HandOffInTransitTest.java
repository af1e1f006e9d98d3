package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * While a chunk of a replayed backlog has its bodies read back from disk for a registering service
 * (on the hand-off thread, without the broker lock), its seeds are in neither the server mailbox
 * nor the service's. Administrators still see them: as waiting seeds, and as still to be handed to
 * that instance. A drain that stopped at the first empty mailbox left the rest of a backlog
 * waiting, which torture R3 took for lost messages.
 */
@Timeout(60)
class HandOffInTransitTest {
    private static final ServiceUser PRODUCER = ServiceUser.of("PROD", "p");
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final int BACKLOG = 3 * Broker.HAND_OFF_CHUNK;
    /** Bytes from one body to the next in the journal file (a record's header between). */
    private static final int SLOT = 16;

    /** A journal file in memory holding "body N" at offset 16 N; each read held up until the test opens the gate. */
    private static final class GatedBodies extends UncountedStoredBodies {
        final CountDownLatch reading = new CountDownLatch(1);
        final CountDownLatch gate = new CountDownLatch(1);
        private final byte[] file = new byte[(BACKLOG + 1) * SLOT];

        GatedBodies() {
            for (int n = 1; n <= BACKLOG; n++) {
                System.arraycopy(body(n), 0, file, n * SLOT, body(n).length);
            }
        }

        @Override
        public byte[] read(long offset, int length) throws IOException {
            reading.countDown();
            try {
                if (!gate.await(30, TimeUnit.SECONDS)) {
                    throw new IOException("the test never opened the gate");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
            return Arrays.copyOfRange(file, (int) offset, (int) offset + length);
        }
    }

    /** A store whose replay gives a backlog for SINK, every body left in {@code bodies}. */
    private static final class ReplayingStore implements MessageStore {
        private final StoredBodies bodies;

        ReplayingStore(StoredBodies bodies) {
            this.bodies = bodies;
        }

        @Override
        public CompletableFuture<Void> save(Message message, List<ServiceUser> targets) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void remove(long messageId) {
        }

        @Override
        public void close() {
        }

        @Override
        public void replay(Replay replay) {
            for (long id = 1; id <= BACKLOG; id++) {
                Message stub = new Message(id, PRODUCER, SINK, "e", Message.PERSISTENT, MessageStore.BODY_ELSEWHERE,
                        System.currentTimeMillis(), List.of(), Map.of());
                replay.record(stub, List.of(SINK), bodies, id * SLOT, body(id).length);
            }
        }
    }

    /** Remembers the bodies delivered from any thread. */
    private static final class ConcurrentSink extends RecordingSink {
        final List<String> bodies = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void deliver(Message message) {
            bodies.add(new String(message.body(), StandardCharsets.UTF_8));
        }
    }

    private static byte[] body(long n) {
        return String.format("body %04d", n).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void seedsWhoseBodiesAreBeingReadStillWaitAndAreStillToComeForTheInstance() throws Exception {
        GatedBodies bodies = new GatedBodies();
        Broker broker = new Broker(new ServerIdentity("S", 1), new Reflexes() {}, new ReplayingStore(bodies));
        ConcurrentSink sink = new ConcurrentSink();
        broker.register(SINK, new byte[0], DeliveryMode.CALLBACK, Integer.MAX_VALUE, sink);
        assertThat(bodies.reading.await(30, TimeUnit.SECONDS)).as("a chunk's bodies are being read").isTrue();

        BrokerAdministration.InstanceState during = broker.administration().instances().get(0);
        assertThat(during.undelivered()).as("its mailbox, the first chunk not in yet").isZero();
        assertThat(during.handOffBacklog()).as("still to come for it").isEqualTo(BACKLOG);
        assertThat(broker.counters().waitingSeeds()).as("waiting seeds, the chunk in transit among them").isEqualTo(BACKLOG);

        bodies.gate.countDown();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (sink.bodies.size() < BACKLOG && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sink.bodies).hasSize(BACKLOG).startsWith("body 0001").endsWith("body 0750");
        assertThat(broker.administration().instances().get(0).handOffBacklog()).isZero();
        assertThat(broker.counters().waitingSeeds()).isZero();
    }
}
