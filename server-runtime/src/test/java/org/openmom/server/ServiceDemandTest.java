package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/** What an activation supervisor reads of a service ({@link Broker#demand}): waiting seeds, instances, busy ones. */
class ServiceDemandTest {
    private static final byte[] BODY = "x".getBytes(StandardCharsets.UTF_8);
    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore());
    private final Instance sender = broker.register(ServiceUser.of("SHOP", "web"), new byte[0], DeliveryMode.CALLBACK, 100,
            new RecordingSink()).instance();

    private void post(String to) {
        broker.post(sender, ServiceUser.parse(to), "new", Message.PERSISTENT, BODY).join();
    }

    @Test
    void persistentSeedsWaitingForAServiceNobodyRunsWantAnInstance() {
        post("ORDERS/alice");
        post("ORDERS/*");
        post("OTHER/bob");

        assertThat(broker.demand("ORDERS")).isEqualTo(new ServiceDemand(2, 0, 0));
        assertThat(broker.demand("ORDERS").wantsAnotherInstance()).isTrue();
        assertThat(broker.demand("BILLING").wantsAnotherInstance()).isFalse();
    }

    /** A polling instance that registered and has not fetched yet holds its messages queued: it is not busy, NOWAIT starts no second. */
    @Test
    void anInstanceIsBusyOnlyWhileWorkingWithMoreQueuedBehind() {
        Instance polling = broker.register(ServiceUser.of("ORDERS", "worker"), new byte[0], DeliveryMode.POLLING, 1, new RecordingSink())
                .instance();
        post("ORDERS/worker");
        post("ORDERS/worker");
        assertThat(broker.demand("ORDERS")).isEqualTo(new ServiceDemand(0, 1, 0));

        broker.fetch(polling, 1); // one in flight, one queued behind it
        assertThat(broker.demand("ORDERS")).isEqualTo(new ServiceDemand(0, 1, 1));
        assertThat(broker.demand("ORDERS").wantsAnotherInstance()).isTrue();
    }
}
