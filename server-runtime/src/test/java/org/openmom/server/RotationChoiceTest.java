package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * The anycast choice with bad and locked instances, in the broker alone: a bad or locked instance
 * is skipped even when it is the least loaded, and a bad one is chosen again once it answers.
 */
class RotationChoiceTest {
    private static final byte[] BODY = "x".getBytes(StandardCharsets.UTF_8);
    private static final long LATER = System.currentTimeMillis() + 3_600_000; // past every limit
    private final Broker broker = new Broker(new ServerIdentity("S", 1), Reflexes.NONE, new InMemoryStore());
    private final RecordingSink bad = new RecordingSink();
    private final RecordingSink busy = new RecordingSink();
    private final Instance badInstance = register("CALC", "bad", bad);
    private final Instance busyInstance = register("CALC", "busy", busy);
    private final Instance client = register("USER", "client", new RecordingSink());

    private Instance register(String service, String user, RecordingSink sink) {
        return broker.register(ServiceUser.of(service, user), new byte[0], DeliveryMode.CALLBACK, 100, sink).instance();
    }

    private void anycast(Instance from) {
        broker.post(from, ServiceUser.of("CALC", "*"), "job", Message.ANYCAST, BODY).join();
    }

    @Test
    void aBadInstanceIsSkippedThoughLeastLoadedAndChosenAgainOnceItAnswers() {
        for (int i = 0; i < 3; i++) {
            broker.post(client, ServiceUser.of("CALC", "busy"), "load", 0, BODY).join(); // busy holds 3, unacknowledged
        }
        broker.call(client, 1, ServiceUser.of("CALC", "bad"), "sum", BODY); // bad holds 1 and never answers it
        long call = bad.delivered.get(0).id();
        // only the unanswered CALL counts here: busy's unacknowledged messages must not take it out too
        broker.setRotationLimits(new RotationLimits(Duration.ofSeconds(30), Duration.ofDays(1), Duration.ofSeconds(60)));

        broker.checkRotation(LATER);
        anycast(client);

        assertThat(badInstance.outOfRotation()).startsWith("a CALL waited more than 30 s for its reply");
        assertThat(busy.events()).containsExactly("load", "load", "load", "job");
        assertThat(bad.events()).containsExactly("sum");

        broker.reply(badInstance, call, BODY);
        anycast(client);

        assertThat(badInstance.outOfRotation()).isNull();
        assertThat(bad.events()).containsExactly("sum", "job");
    }

    @Test
    void stalledAcknowledgementsTakeAnInstanceOutUntilItAcknowledges() {
        broker.post(client, ServiceUser.of("CALC", "bad"), "job", 0, BODY).join();

        broker.checkRotation(LATER);
        assertThat(badInstance.outOfRotation()).isEqualTo("1 messages in flight and no acknowledgement for 60 s");

        broker.acknowledge(badInstance, bad.delivered.get(0).id());
        assertThat(badInstance.outOfRotation()).isNull();
    }

    @Test
    void aLockedInstanceIsSkippedByOthersAndReachedThroughItsLock() {
        broker.post(client, ServiceUser.of("CALC", "busy"), "load", 0, BODY).join();
        Instance owner = register("USER", "owner", new RecordingSink());
        InstanceLock held = broker.lock(owner, ServiceUser.of("CALC", "*")).lock();
        assertThat(held.locked()).isSameAs(badInstance); // the least loaded

        anycast(client);
        broker.postThroughLock(owner, held.id(), ServiceUser.of("CALC", "*"), "mine", 0, BODY, java.util.Map.of(), true).join();

        assertThat(busy.events()).containsExactly("load", "job");
        assertThat(bad.events()).containsExactly("mine");

        assertThat(broker.unlock(owner, held.id())).isTrue();
        anycast(client);
        assertThat(bad.events()).containsExactly("mine", "job");
    }

    @Test
    void anInstanceLeavingEndsTheLockOnIt() {
        Instance owner = register("USER", "owner", new RecordingSink());
        InstanceLock held = broker.lock(owner, ServiceUser.of("CALC", "bad")).lock();

        broker.unregister(badInstance);

        assertThat(broker.unlock(owner, held.id())).isFalse();
        assertThat(broker.postThroughLock(owner, held.id(), ServiceUser.of("CALC", "*"), "mine", 0, BODY, java.util.Map.of(), true).join().refusal())
                .startsWith("no lock " + held.id() + " of yours on server S/1: it ended");
    }
}
