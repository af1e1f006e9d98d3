package org.openmom.reflex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openmom.reflex.ReflexKindsTest.listen;
import static org.openmom.reflex.ReflexKindsTest.next;
import static org.openmom.reflex.ReflexKindsTest.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.OpenMomException;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServiceUser;
import org.openmom.reflex.runtime.FilterFailurePolicy;
import org.openmom.reflex.runtime.ReflexRegistry;
import org.openmom.reflex.runtime.ReflexSettings;
import org.openmom.reflex.runtime.ReflexStatus;

/** Reflexes that throw or overrun their budget: the server goes on, the policy applies, the reflex is counted and disabled. */
@Timeout(60)
class ReflexFailureTest extends ReflexJarServerTest {
    private static final Duration BUDGET = Duration.ofMillis(200);

    private void start(String config) throws Exception {
        startServer(config, ReflexSettings.defaults().withBudget(BUDGET).withFailuresBeforeDisable(3));
    }

    @Test
    void aThrowingMessageFilterDropsTheMessage_isCounted_andIsDisabledAfterThreeFailuresInARow() throws Exception {
        start("MessageFilter CHAT t.jar * t.Trouble\n");
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);
        List<ReflexStatus> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        server.registry().addStatusListener(told::add);

        assertThat(post(alice, "CHAT/alice", "say", "boom 1")).isZero();
        assertThat(post(alice, "CHAT/alice", "say", "fine")).as("a success resets the run").isEqualTo(1);
        assertThat(post(alice, "CHAT/alice", "say", "boom 2")).isZero();
        assertThat(post(alice, "CHAT/alice", "say", "boom 3")).isZero();
        assertThat(server.registry().status(0).enabled()).isTrue();
        assertThat(post(alice, "CHAT/alice", "say", "boom 4")).isZero();

        ReflexStatus status = server.registry().status(0);
        assertThat(status.enabled()).isFalse();
        assertThat(status.failures()).isEqualTo(4);
        assertThat(status.note()).startsWith("disabled after 3 failures in a row; last: threw java.lang.IllegalStateException: boom asked for");
        assertThat(told).as("administration is told, as watchers must be").containsExactly(status);
        assertThat(post(alice, "CHAT/alice", "say", "boom 5")).as("a disabled reflex is skipped").isEqualTo(1);
        assertThat(next(got).bodyText()).isEqualTo("fine");
        assertThat(next(got).bodyText()).isEqualTo("boom 5");
    }

    @Test
    void aMessageFilterRunningPastItsBudgetIsAbandonedInTime_andTheServerServesOthersMeanwhile() throws Exception {
        start("MessageFilter SLOW t.jar * t.Trouble\n");
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        long start = System.nanoTime();
        assertThat(post(alice, "SLOW/x", "say", "slow please")).isZero();
        long tookMillis = (System.nanoTime() - start) / 1_000_000;

        assertThat(tookMillis).as("bounded by the budget, not the reflex's minute").isLessThan(5_000);
        assertThat(post(alice, "CHAT/alice", "say", "still here")).isEqualTo(1);
        assertThat(next(got).bodyText()).isEqualTo("still here");
        assertThat(server.registry().status(0).failures()).isEqualTo(1);
    }

    @Test
    void theDefaultPolicies_registrationRefused_deliverySkipped_localServiceCallGetsAnError_deadLetterDropped() throws Exception {
        start("""
                RegistrationFilter Gate t.jar CHAT t.Trouble
                DeliveryFilter CHAT t.jar * t.Trouble
                LocalService FRAGILE t.jar ask t.Trouble
                DeadLetters * t.jar * t.Trouble
                """);
        assertThatThrownBy(() -> server.connect(ClientOptions.of("CHAT", "x").withRegistrationMessage(bytes("boom"))))
                .isInstanceOf(OpenMomException.class);
        OpenMomClient alice = server.connect("CHAT", "alice");

        assertThat(post(alice, "CHAT/alice", "say", "slow delivery")).isZero();
        assertThatThrownBy(() -> alice.call(ServiceUser.of("FRAGILE", "*"), "ask", bytes("boom"), Duration.ofSeconds(10))
                .get(10, TimeUnit.SECONDS))
                .hasMessageContaining("local service FRAGILE of server S/1 failed to answer ask");
        assertThat(alice.call(ServiceUser.of("FRAGILE", "*"), "ask", bytes("ok"), Duration.ofSeconds(10))
                .get(10, TimeUnit.SECONDS)).isEqualTo(bytes("fine"));
        post(alice, "NOBODY/x", "say", "boom");
        ReflexKindsTest.post(alice, "CHAT/alice", "say", "sync"); // the server is still serving

        // The skipped delivery left "slow delivery" without recipient: a dead letter, on which Trouble failed too.
        assertThat(server.registry().statuses()).extracting(ReflexStatus::failures).containsExactly(1L, 1L, 1L, 2L);
        assertThat(server.broker().counters().deadLetters()).as("a failed dead-letters reflex took nothing").isEqualTo(2);
    }

    @Test
    void withThePassPolicy_aFailedFilterLetsTheMessageGoOnAsIfItWereAbsent() throws Exception {
        startServer("""
                MessageFilter CHAT t.jar * t.Tag$A
                MessageFilter CHAT t.jar * t.Trouble
                DeliveryFilter CHAT t.jar * t.Trouble
                """, ReflexSettings.defaults().withBudget(BUDGET).withFilterFailure(FilterFailurePolicy.PASS));
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);

        assertThat(post(alice, "CHAT/alice", "say", "boom")).isEqualTo(1);

        assertThat(next(got).bodyText()).as("the change of the filter before it is kept").isEqualTo("boomA");
        assertThat(server.registry().statuses()).extracting(ReflexStatus::failures).containsExactly(0L, 1L, 1L);
    }

    @Test
    void administrationDisablesAndEnablesAReflexAtRunTime() throws Exception {
        start("""
                MessageFilter CHAT t.jar * t.DropIfAsked
                LoggingService Journal builtin * data/x.journal
                """);
        OpenMomClient alice = server.connect("CHAT", "alice");
        BlockingQueue<ReceivedMessage> got = listen(alice);
        ReflexRegistry registry = server.registry();

        assertThat(post(alice, "CHAT/alice", "say", "drop 1")).isZero();
        assertThat(registry.setEnabled(0, false).note()).isEqualTo("disabled by an administrator");
        assertThat(post(alice, "CHAT/alice", "say", "drop 2")).isEqualTo(1);
        assertThat(registry.setEnabled(0, true).enabled()).isTrue();
        assertThat(post(alice, "CHAT/alice", "say", "drop 3")).isZero();
        assertThat(next(got).bodyText()).isEqualTo("drop 2");

        assertThat(registry.statuses()).extracting(s -> s.kind().keyword(), ReflexStatus::line, ReflexStatus::enabled)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MessageFilter", 1, true),
                        org.assertj.core.groups.Tuple.tuple("LoggingService", 2, true));
        assertThatThrownBy(() -> registry.setEnabled(1, false)).hasMessageContaining("is a logging service");
        assertThatThrownBy(() -> registry.setEnabled(7, false)).hasMessage("no reflex 7: this server has reflexes 0 to 1");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
