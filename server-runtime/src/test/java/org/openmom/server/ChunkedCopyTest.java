package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * The copies a search or an export reads (issue #19, "no stop-the-world work"): a mailbox of a
 * million, or the seeds of a target, copied in one hold of the broker lock took 8–13 ms; they are
 * copied {@link LedgerWalk#PART} messages per hold, each part resuming after the last id.
 */
@Timeout(60)
class ChunkedCopyTest {
    private static final ServiceUser POLLING = ServiceUser.of("POLL", "q");
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");
    private static final byte[] BODY = {'m'};

    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore());

    private Instance register(ServiceUser who, DeliveryMode mode) {
        Registration registration = broker.register(who, new byte[0], mode, 10, new RecordingSink());
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    private long holdsSoFar() {
        long[] holds = new long[1];
        broker.underLock(() -> holds[0] = broker.lock().holds());
        return holds[0];
    }

    @Test
    void aSearchCopiesABigMailboxAndTheWaitingSeedsAPartPerHoldOfTheLock() {
        Instance producer = register(ServiceUser.of("PROD", "p"), DeliveryMode.CALLBACK);
        register(POLLING, DeliveryMode.POLLING); // never fetches: everything stays queued
        List<Long> queued = new ArrayList<>();
        List<Long> waiting = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            queued.add(broker.post(producer, POLLING, "e", 0, BODY).join().messageId());
            waiting.add(broker.post(producer, SINK, "e", Message.PERSISTENT, BODY).join().messageId());
        }
        long holdsBefore = holdsSoFar();

        List<BrokerAdministration.Place> places = broker.administration().places();

        assertThat(places).filteredOn(place -> POLLING.equals(place.who())).singleElement()
                .satisfies(place -> assertThat(place.messages()).extracting(Message::id).isEqualTo(queued));
        assertThat(places).filteredOn(place -> place.who() == null).singleElement()
                .satisfies(place -> assertThat(place.messages()).extracting(Message::id).isEqualTo(waiting));
        assertThat(holdsSoFar() - holdsBefore).as("10 parts of 10,000 for each, at least").isGreaterThanOrEqualTo(20);
    }
}
