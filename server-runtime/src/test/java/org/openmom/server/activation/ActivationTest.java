package org.openmom.server.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.admin.ActivationInfo;
import org.openmom.admin.ActivationState;
import org.openmom.admin.AdminSession;
import org.openmom.admin.ChangeKind;
import org.openmom.admin.Status;
import org.openmom.admin.WatchRequest;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.testing.Await;
import org.openmom.testing.TestServer;

/**
 * Programs started on demand, for real: the Activation line's program is a script running a JVM
 * ({@link ActivatedWorker}) that finds the server through {@code $OPENMOM_SERVER}.
 */
class ActivationTest {
    private static final String JOURNAL = "LoggingService Journal builtin * all.journal\n";

    @TempDir
    Path home;

    @Test
    void aPersistentMessageToAServiceNobodyRunsStartsItsProgramWhichReceivesIt() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        try (TestServer server = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh WAIT 1\n").start();
                OpenMomClient sender = server.connect("SHOP", "web");
                AdminSession watching = server.admin()) {
            assertThat(activation(server).state()).isEqualTo(ActivationState.IDLE);
            List<String> changes = new CopyOnWriteArrayList<>();
            watching.watch(WatchRequest.everything(), event -> {
                if (event.kind() == ChangeKind.ACTIVATION_CHANGED) {
                    changes.add(event.detail());
                }
            }).get();

            sender.post(Post.to("ORDERS", "worker", "new", "order 1".getBytes()).persistent()).get();

            Await.until("the started program received the message", () -> ActivatedPrograms.received(out).size() == 1);
            assertThat(ActivatedPrograms.received(out).get(0)).endsWith(" order 1");
            ActivationInfo info = activation(server);
            assertThat(info.state()).isEqualTo(ActivationState.RUNNING);
            assertThat(info.starts()).isEqualTo(1);
            assertThat(info.pids()).hasSize(1);
            assertThat(home.resolve("logs/activation-ORDERS.log")).content().contains("registered as ORDERS/worker");
            Await.until("administrators watching were told (the Explorer's live mode refreshes)", () -> changes.contains("ORDERS"));
        }
    }

    @Test
    void persistentMessagesWaitingAtARestartStartTheProgram() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        try (TestServer before = TestServer.named("act").home(home).configText(JOURNAL).start();
                OpenMomClient sender = before.connect("SHOP", "web")) {
            for (int i = 1; i <= 3; i++) {
                sender.post(Post.to("ORDERS", "worker", "new", ("order " + i).getBytes()).persistent()).get();
            }
        }
        try (TestServer after = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh WAIT 1\n").start()) {
            Await.until("the program started for the replayed messages received them", () -> ActivatedPrograms.received(out).size() == 3);
            assertThat(ActivatedPrograms.received(out)).map(line -> line.substring(line.indexOf(' ') + 1))
                    .containsExactly("order 1", "order 2", "order 3");
        }
    }

    @Test
    void aReloadWatchesANewActivationLineAndStopsTheProgramOfALineThatWent() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        try (TestServer server = TestServer.named("act").home(home).configText(JOURNAL).start();
                OpenMomClient sender = server.connect("SHOP", "web");
                AdminSession admin = server.admin()) {
            sender.post(Post.to("ORDERS", "worker", "new", "order 1".getBytes()).persistent()).get();
            assertThat(admin.snapshot().join().activations()).isEmpty();

            admin.reload(JOURNAL + "Activation ORDERS orders.sh WAIT 1\n").get();

            Await.until("the program of the new line received the waiting message", () -> ActivatedPrograms.received(out).size() == 1);
            long pid = activation(admin).pids().get(0);

            admin.reload(JOURNAL).get();

            assertThat(admin.snapshot().join().activations()).isEmpty();
            Await.until("its program stopped", () -> ProcessHandle.of(pid).map(process -> !process.isAlive()).orElse(true));
        }
    }

    @Test
    void waitNeverRunsTwoInstances() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "100");
        // Max 4 is not used by WAIT (check config warns of it)
        try (TestServer server = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh WAIT 4\n").start();
                OpenMomClient sender = server.connect("SHOP", "web");
                AdminSession admin = server.admin()) {
            List<Integer> seen = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                sender.post(Post.to("ORDERS", "worker", "new", ("order " + i).getBytes()).persistent().anycast()).get();
            }
            Await.until("all 20 received", () -> {
                seen.add(activation(admin).pids().size());
                return ActivatedPrograms.received(out).size() == 20;
            });
            assertThat(seen).allMatch(running -> running <= 1);
            assertThat(ActivatedPrograms.processes(out)).isEqualTo(1);
            assertThat(activation(admin).starts()).isEqualTo(1);
            assertThat(activation(admin).max()).isEqualTo(1);
        }
    }

    @Test
    void nowaitStartsASecondInstanceUnderLoadAndNeverMoreThanMax() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "50");
        try (TestServer server = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh NOWAIT 2\n").start();
                OpenMomClient sender = server.connect("SHOP", "web");
                AdminSession admin = server.admin()) {
            List<Integer> seen = new ArrayList<>();
            int posted = 0;
            for (; posted < 40; posted++) {
                sender.post(Post.to("ORDERS", "worker", "new", ("order " + posted).getBytes()).persistent().anycast()).get();
            }
            Await.until("a second instance registered", () -> {
                seen.add(activation(admin).pids().size());
                return admin.snapshot().join().services().stream().filter(s -> s.who().service().equals("ORDERS")).count() == 2;
            });
            // more load, while both are busy: the first still works through its backlog
            for (; posted < 80; posted++) {
                sender.post(Post.to("ORDERS", "worker", "new", ("order " + posted).getBytes()).persistent().anycast()).get();
            }
            int all = posted;
            Await.until("all messages received", () -> {
                seen.add(activation(admin).pids().size());
                return ActivatedPrograms.received(out).size() == all;
            });
            assertThat(seen).allMatch(running -> running <= 2);
            assertThat(ActivatedPrograms.processes(out)).isEqualTo(2);
            assertThat(activation(admin).starts()).isEqualTo(2);
        }
    }

    @Test
    void aCrashLoopingProgramIsStoppedAndShownAsFailed() throws Exception {
        ActivatedPrograms.worker(home, "orders.sh", "crash");
        ActivationSettings quick = new ActivationSettings(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofMillis(200),
                Duration.ofSeconds(30), 3, Duration.ofSeconds(5));
        try (TestServer server = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh WAIT 1\n")
                        .activationSettings(quick).start();
                OpenMomClient sender = server.connect("SHOP", "web");
                AdminSession admin = server.admin()) {
            sender.post(Post.to("ORDERS", "worker", "new", "order 1".getBytes()).persistent()).get();

            Await.until("the program is failed", () -> activation(admin).state() == ActivationState.FAILED);
            ActivationInfo failed = activation(admin);
            assertThat(failed.starts()).isEqualTo(3);
            assertThat(failed.lastExit()).isEqualTo(3);
            assertThat(failed.pids()).isEmpty();
            assertThat(failed.problem()).isEqualTo("exited 3 times in a row within 30 s of its start (last exit code 3)");
            assertThat(home.resolve("logs/activation-ORDERS.log")).content().contains("crashing on purpose");
            assertThat(server.broker().demand("ORDERS").waitingSeeds()).isEqualTo(1); // the message still waits, safe
        }
    }

    @Test
    void anAdministratorStopsAndStartsAProgramAndTheServerStopsItWhenItStops() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        TestServer server = TestServer.named("act").home(home).configText(JOURNAL + "Activation ORDERS orders.sh WAIT 1\n").start();
        try (AdminSession admin = server.admin()) {
            ActivationInfo started = admin.setActivationStatus("ORDERS", Status.ENABLED).get();
            assertThat(started.state()).isEqualTo(ActivationState.RUNNING);
            long first = started.pids().get(0);

            ActivationInfo stopped = admin.setActivationStatus("ORDERS", Status.DISABLED).get();
            assertThat(stopped.state()).isEqualTo(ActivationState.STOPPED);
            Await.until("the stopped program exited", () -> ProcessHandle.of(first).map(p -> !p.isAlive()).orElse(true));
            try (OpenMomClient sender = server.connect("SHOP", "web")) {
                sender.post(Post.to("ORDERS", "worker", "new", "order 1".getBytes()).persistent()).get();
            }
            assertThat(activation(admin).state()).isEqualTo(ActivationState.STOPPED); // not started on demand once stopped

            long second = admin.setActivationStatus("ORDERS", Status.ENABLED).get().pids().get(0);
            Await.until("the program started again received the message", () -> ActivatedPrograms.received(out).size() == 1);
            server.close();
            Await.until("the server stopped its program", () -> ProcessHandle.of(second).map(p -> !p.isAlive()).orElse(true));
        } finally {
            server.close();
        }
    }

    private static ActivationInfo activation(TestServer server) throws Exception {
        try (AdminSession admin = server.admin()) {
            return activation(admin);
        }
    }

    private static ActivationInfo activation(AdminSession admin) {
        List<ActivationInfo> activations = admin.snapshot().join().activations();
        assertThat(activations).hasSize(1);
        return activations.get(0);
    }
}
