package org.openmom.server.activation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.testing.Await;
import org.openmom.testing.ServerProcess;

/**
 * A server SIGKILLed cannot stop the programs it started on demand: they run on and connect to
 * its next run. The next run stops the ones it left before it starts its own, so a WAIT service
 * never runs two processes (real server processes, a real program).
 */
@Timeout(120)
class ActivationAfterAKillTest {
    @TempDir
    Path home;
    /** The program the killed run left, stopped here if the test failed before the next run stopped it. */
    private long orphan;

    @AfterEach
    void noOrphanOutlivesTheTest() {
        if (orphan != 0) {
            ProcessHandle.of(orphan).ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    private OpenMomClient connect(ServerProcess server) {
        return OpenMomClient.connect(ClientOptions.of("SHOP", "web").withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", server.tcpPort()));
    }

    private static long pidOf(String receivedLine) {
        return Long.parseLong(receivedLine.substring(0, receivedLine.indexOf(' ')));
    }

    @Test
    void theNextRunStopsTheProgramAKilledRunLeftAndStartsItsOwn() throws Exception {
        Path out = home.resolve("received.txt");
        ActivatedPrograms.worker(home, "orders.sh", out.toString(), "0");
        Path config = Files.writeString(home.resolve("act.conf"),
                "LoggingService Journal builtin * all.journal\nActivation ORDERS orders.sh WAIT 1\n", StandardCharsets.UTF_8);
        String[] server = {"-s", "ACT", "-p", "ncacn_ip_tcp", "-e", "0", "-c", config.toString()};
        try (ServerProcess first = ServerProcess.start(home, server); OpenMomClient sender = connect(first)) {
            sender.post(Post.to("ORDERS", "worker", "new", "order 1".getBytes()).persistent()).get(10, TimeUnit.SECONDS);
            Await.until("the started program received it", () -> ActivatedPrograms.received(out).size() == 1);
            orphan = pidOf(ActivatedPrograms.received(out).get(0));
            first.kill();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("the killed server's program runs on").contains(true);

        try (ServerProcess second = ServerProcess.start(home, server)) {
            Await.until("the next run stopped the program its killed run left", () -> ProcessHandle.of(orphan).map(p -> !p.isAlive()).orElse(true));
            long stopped = orphan;
            orphan = 0;
            try (OpenMomClient sender = connect(second)) {
                sender.post(Post.to("ORDERS", "worker", "new", "order 2".getBytes()).persistent()).get(10, TimeUnit.SECONDS);
                // (order 1 may come again first: the kill may have come before its acknowledgement was on disk)
                Await.until("a program of its own received the next message",
                        () -> ActivatedPrograms.received(out).stream().anyMatch(line -> line.endsWith(" order 2")));
            }
            assertThat(ActivatedPrograms.received(out).stream().skip(1)).allSatisfy(line -> assertThat(pidOf(line)).isNotEqualTo(stopped));
            assertThat(Files.readString(home.resolve("child-stderr.txt")) + logs()).contains("that the server's previous run left running");
            long own = pidOf(ActivatedPrograms.received(out).stream().filter(line -> line.endsWith(" order 2")).findFirst().orElseThrow());
            assertThat(second.terminate()).as("a clean stop").isIn(0, 143);
            Await.until("its own program stopped with it", () -> ProcessHandle.of(own).map(p -> !p.isAlive()).orElse(true));
        }
    }

    private String logs() throws Exception {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(home.resolve("logs"))) {
            for (Path log : files.filter(file -> file.getFileName().toString().startsWith("ACT")).toList()) {
                all.append(Files.readString(log));
            }
        }
        return all.toString();
    }
}
