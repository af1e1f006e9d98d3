package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openmom.model.DeliveryMode;
import org.openmom.model.Message;
import org.openmom.model.ServerIdentity;
import org.openmom.model.ServiceUser;

/**
 * Anycast messages and CALLs go to the least loaded instance that takes new messages, chosen from
 * the broker's index (issue #19, item 3): by exact name, by service, or by a partial pattern;
 * disabled instances are out of the choice until enabled again, and departed ones are gone from it.
 */
class AnycastChoiceTest {
    private static final byte[] BODY = "job".getBytes(StandardCharsets.UTF_8);
    private static final ServiceUser WORK = ServiceUser.of("WORK", "w");

    /** Delivery filter: nothing whose body is "private" reaches WORK/w0. */
    private final Broker broker = new Broker(new ServerIdentity("S", 1), new Reflexes() {
        @Override
        public boolean allowDelivery(Message message, ServiceUser recipient) {
            return !(recipient.user().equals("w0") && new String(message.body(), StandardCharsets.UTF_8).equals("private"));
        }
    }, new InMemoryStore());
    private final Instance producer = register(ServiceUser.of("PROD", "p"), new RecordingSink());

    private Instance register(ServiceUser who, RecordingSink sink) {
        Registration registration = broker.register(who, new byte[0], DeliveryMode.CALLBACK, 1_000, sink);
        assertThat(registration.isAccepted()).isTrue();
        return registration.instance();
    }

    private PostOutcome anycast(String to, int flags) {
        return broker.post(producer, ServiceUser.parse(to), "job", Message.ANYCAST | flags, BODY).join();
    }

    private static List<RecordingSink> sinks(int count) {
        List<RecordingSink> sinks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sinks.add(new RecordingSink());
        }
        return sinks;
    }

    @Test
    void instancesOfOneNameShareTheWorkAndTheOneThatCaughtUpTakesTheNext() {
        List<RecordingSink> sinks = sinks(1_000);
        List<Instance> workers = new ArrayList<>();
        sinks.forEach(sink -> workers.add(register(WORK, sink)));

        for (int i = 0; i < 3_000; i++) {
            anycast("WORK/w", 0);
        }
        assertThat(sinks).allSatisfy(sink -> assertThat(sink.delivered).hasSize(3));

        RecordingSink caughtUp = sinks.get(617);
        broker.acknowledge(workers.get(617), caughtUp.ids());
        for (int i = 0; i < 3; i++) {
            anycast("WORK/w", 0);
        }
        assertThat(caughtUp.delivered).hasSize(6);
        assertThat(sinks.stream().mapToInt(sink -> sink.delivered.size()).sum()).isEqualTo(3_003);
    }

    @Test
    void aServiceNameOrAPartialPatternReachesEveryUserOfTheService() {
        List<RecordingSink> sinks = sinks(3);
        for (int i = 0; i < 3; i++) {
            register(ServiceUser.of("WORK", "w" + i), sinks.get(i));
        }
        for (int i = 0; i < 3; i++) {
            anycast("WORK", 0);
            anycast("WORK/*", 0);
            anycast("WORK/w*", 0);
        }
        assertThat(sinks).allSatisfy(sink -> assertThat(sink.delivered).hasSize(3));
    }

    @Test
    void aDisabledInstanceIsLeftOutUntilEnabledAgain() {
        RecordingSink first = new RecordingSink();
        RecordingSink second = new RecordingSink();
        Instance one = register(WORK, first);
        register(WORK, second);

        assertThat(broker.administration().setEnabled(one.id(), false)).isPresent();
        for (int i = 0; i < 4; i++) {
            anycast("WORK/w", 0);
        }
        assertThat(first.delivered).isEmpty();
        assertThat(second.delivered).hasSize(4);

        broker.administration().setEnabled(one.id(), true);
        for (int i = 0; i < 4; i++) {
            anycast("WORK/w", 0); // the idle one catches up with the other first
        }
        assertThat(first.delivered).hasSize(4);

        broker.setServiceEnabled(ServiceUser.parse("WORK/*"), false);
        assertThat(anycast("WORK", 0).recipients()).isZero();
    }

    @Test
    void whenTheLastInstanceLeavesAPersistentMessageWaitsForTheNextOne() {
        Instance only = register(WORK, new RecordingSink());
        broker.unregister(only);

        PostOutcome outcome = anycast("WORK/w", Message.PERSISTENT);
        assertThat(outcome.waiting()).isTrue();

        RecordingSink next = new RecordingSink();
        register(WORK, next);
        assertThat(next.delivered).hasSize(1);
        anycast("WORK/w", 0);
        assertThat(next.delivered).hasSize(2);
    }

    @Test
    void aCallTheFiltersKeepFromTheLeastLoadedGoesToTheNextOne() {
        RecordingSink w0 = new RecordingSink();
        RecordingSink w1 = new RecordingSink();
        register(ServiceUser.of("WORK", "w0"), w0);
        Instance busy = register(ServiceUser.of("WORK", "w1"), w1);
        anycast("WORK/w1", 0); // w1 is now the more loaded one

        broker.call(producer, 7, ServiceUser.parse("WORK"), "ask", "private".getBytes(StandardCharsets.UTF_8));

        assertThat(w0.delivered).isEmpty();
        assertThat(w1.events()).containsExactly("job", "ask");
        broker.reply(busy, w1.delivered.get(1).id(), "yes".getBytes(StandardCharsets.UTF_8));
        RecordingSink caller = (RecordingSink) producer.sink();
        assertThat(caller.replies).containsKey(7L);
    }
}
