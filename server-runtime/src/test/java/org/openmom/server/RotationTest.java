package org.openmom.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.AdminSession;
import org.openmom.client.LockedInstance;
import org.openmom.client.OpenMomClient;
import org.openmom.model.ServiceUser;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;
import org.openmom.wire.UserInfo;

/**
 * Bad instances leave anycast rotation and come back; a lock keeps a client's CALLs on one
 * instance while other clients' anycast avoids it (issue #20). Real server, real connections.
 */
class RotationTest {
    private static final ServiceUser CALC = ServiceUser.of("CALC", "*");
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    Path home;
    private TestServer server;
    private final List<OpenMomClient> clients = new ArrayList<>();

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("ROT").home(home).start();
    }

    @AfterEach
    void stop() {
        clients.forEach(OpenMomClient::close);
        server.close();
    }

    /** An instance of CALC answering every CALL with its user name, counting them. */
    private AtomicInteger answering(String user) {
        AtomicInteger calls = new AtomicInteger();
        OpenMomClient instance = connect("CALC", user);
        instance.setCallHandler(call -> {
            calls.incrementAndGet();
            return user.getBytes(StandardCharsets.UTF_8);
        });
        return calls;
    }

    private OpenMomClient connect(String service, String user) {
        OpenMomClient client = server.connect(service, user);
        clients.add(client);
        return client;
    }

    private static String call(OpenMomClient caller) throws Exception {
        return new String(caller.call(CALC, "sum", new byte[0], TIMEOUT).get(), StandardCharsets.UTF_8);
    }

    private static String call(LockedInstance held) throws Exception {
        return new String(held.call("sum", new byte[0], TIMEOUT).get(), StandardCharsets.UTF_8);
    }

    private UserInfo user(OpenMomClient asker, String user) {
        return asker.users(ServiceUser.of("CALC", user)).join().get(0);
    }

    /** What the Explorer and openmom status show of the instance of CALC/{@code user}. */
    private String rotationOf(String user) throws Exception {
        try (AdminSession admin = server.admin()) {
            return admin.snapshot().get().services().stream().filter(s -> s.who().equals(ServiceUser.of("CALC", user)))
                    .findFirst().orElseThrow().rotation();
        }
    }

    @Test
    void anInstanceThatStopsAnsweringCallsLeavesTheRotationAndReturnsWhenItAnswers() throws Exception {
        server.broker().setRotationLimits(new RotationLimits(Duration.ofMillis(300), Duration.ofSeconds(60), Duration.ofSeconds(60)));
        CountDownLatch answerAgain = new CountDownLatch(1);
        AtomicInteger stuckCalls = new AtomicInteger();
        OpenMomClient stuck = connect("CALC", "stuck");
        stuck.setCallHandler(call -> {
            stuckCalls.incrementAndGet();
            try {
                answerAgain.await(); // hung, until the test lets it answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "stuck".getBytes(StandardCharsets.UTF_8);
        });
        AtomicInteger healthyCalls = answering("healthy");
        OpenMomClient caller = connect("USER", "caller");

        // round-robin between the two: one of the first two calls hangs in "stuck"
        caller.call(CALC, "sum", new byte[0], Duration.ofSeconds(30));
        caller.call(CALC, "sum", new byte[0], Duration.ofSeconds(30));
        Await.until("a call hangs in the stuck instance", () -> stuckCalls.get() == 1);
        Await.until("users shows it out of rotation", () -> user(caller, "stuck").outOfRotation() == 1);
        assertThat(rotationOf("stuck")).isEqualTo("out of rotation: a CALL waited more than 300 ms for its reply");

        int before = healthyCalls.get();
        for (int i = 0; i < 10; i++) {
            assertThat(call(caller)).isEqualTo("healthy");
        }
        assertThat(healthyCalls.get() - before).isEqualTo(10);
        assertThat(stuckCalls.get()).isEqualTo(1);

        answerAgain.countDown();
        Await.until("back in rotation once it answered", () -> user(caller, "stuck").outOfRotation() == 0);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(call(caller));
        }
        assertThat(answers).contains("stuck", "healthy");
    }

    @Test
    void anInstanceWhoseAcknowledgementsStallLeavesTheRotation() throws Exception {
        server.broker().setRotationLimits(new RotationLimits(Duration.ofSeconds(60), Duration.ofMillis(300), Duration.ofSeconds(60)));
        OpenMomClient hoarder = server.polling("CALC", "hoarder"); // fetches and never acknowledges
        clients.add(hoarder);
        OpenMomClient caller = connect("USER", "caller");
        caller.post(org.openmom.client.Post.to(ServiceUser.of("CALC", "hoarder"), "job", "1")).get();
        hoarder.receive(TIMEOUT);

        Await.until("out of rotation", () -> user(caller, "hoarder").outOfRotation() == 1);
        hoarder.receive(Duration.ofMillis(100)); // asking for the next acknowledges the one it held: it answers
        Await.until("back in rotation", () -> user(caller, "hoarder").outOfRotation() == 0);
    }

    @Test
    void aLockKeepsFiveCallsOnOneInstanceWhileAnotherClientsAnycastAvoidsIt() throws Exception {
        AtomicInteger a = answering("a");
        AtomicInteger b = answering("b");
        OpenMomClient owner = connect("USER", "owner");
        OpenMomClient other = connect("USER", "other");

        try (LockedInstance held = owner.lock("CALC")) {
            String lockedUser = held.who().user();
            assertThat(user(other, lockedUser).locked()).isEqualTo(1);
            assertThat(rotationOf(lockedUser)).startsWith("locked by USER/owner#");
            List<String> othersAnswers = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                assertThat(call(held)).isEqualTo(lockedUser);
                othersAnswers.add(call(other));
                othersAnswers.add(call(other));
            }
            assertThat(othersAnswers).hasSize(10).doesNotContain(lockedUser);
            assertThat((lockedUser.equals("a") ? a : b).get()).isEqualTo(5);
        }
        Await.until("unlocked", () -> user(other, "a").locked() + user(other, "b").locked() == 0);
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(call(other));
        }
        assertThat(answers).contains("a", "b");
    }

    @Test
    void aLockEndsWhenItsOwnerDisconnectsOrLeavesItIdle() throws Exception {
        answering("a");
        OpenMomClient asker = connect("USER", "asker");
        OpenMomClient leaving = server.connect("USER", "leaving");
        leaving.lock("CALC");
        assertThat(user(asker, "a").locked()).isEqualTo(1);
        leaving.close();
        Await.until("the lock ended with its owner's connection", () -> user(asker, "a").locked() == 0);

        server.broker().setRotationLimits(new RotationLimits(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofMillis(300)));
        LockedInstance idle = asker.lock("CALC");
        Await.until("the idle lock ended", () -> user(asker, "a").locked() == 0);
        assertThatThrownBy(() -> call(idle)).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("no lock " + idle.lockId() + " of yours on server ROT/1: it ended");
    }

    @Test
    void aLockIsRefusedWhenNoInstanceIsFree() {
        answering("a");
        OpenMomClient first = connect("USER", "first");
        OpenMomClient second = connect("USER", "second");
        first.lock("CALC");

        assertThatThrownBy(() -> second.lock("CALC")).hasMessageContaining(
                "every instance of CALC/* on server ROT/1 (1) is locked or out of rotation — try again later");
        assertThatThrownBy(() -> second.lock("NOBODY")).hasMessageContaining("no instance of NOBODY/* is registered on server ROT/1");
    }
}
