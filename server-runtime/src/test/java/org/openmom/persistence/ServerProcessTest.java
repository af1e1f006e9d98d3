package org.openmom.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.client.ServerAddress;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;

/** The {@code openmom server} command in a child JVM: ready line, SIGTERM, SIGKILL under load. */
@Timeout(120)
class ServerProcessTest {
    @TempDir
    Path home;

    private OpenMomClient connect(int port, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", port));
    }

    @Test
    void startsOnTheRequestedProtocolsAndStopsCleanlyOnSigterm() throws Exception {
        try (ServerProcess server = ServerProcess.start(home, "-s", "CMD", "-r", "2", "-e", "0")) {
            assertThat(server.readyLine()).matches("ready: CMD/2 on ncalrpc:CMD\\.2, ncacn_ip_tcp:\\d+");
            Path registry = home.resolve("run").resolve("CMD.2.json");
            assertThat(registry).exists();
            assertThat(Files.getPosixFilePermissions(home.resolve("run"))).hasSize(3); // rwx------
            try (OpenMomClient client = OpenMomClient.connect(ClientOptions.of("A", "a").withHome(new OpenMomHome(home)).withReconnect(false),
                    ServerAddress.local("CMD.2"))) {
                assertThat(client.users(ServiceUser.parse("*")).get(5, TimeUnit.SECONDS)).hasSize(1);
            }
            server.terminate();
            assertThat(registry).doesNotExist();
            assertThat(home.resolve("run").resolve("CMD.2")).doesNotExist();
            assertThat(Files.readString(home.resolve("logs").resolve("CMD-2.log"))).contains("ready on").contains("stopped");
        }
    }

    @Test
    void refusesProtocolsThisPlatformDoesNotHave() throws Exception {
        assertThat(ServerProcess.refusal(home, "-p", "ncacn_np"))
                .contains("-p ncacn_np: Named Pipes (ncacn_np) is not available on this platform");
    }

    @Test
    void aMaxMemoryThatIsNoSizeIsOneLineNamingTheOptionAndTheForm() throws Exception {
        assertThat(ServerProcess.refusal(home, "--max-memory", "lots"))
                .contains("--max-memory 'lots' is not a size: write bytes or a number with K, M or G (e.g. 64M)");
    }

    @Test
    void everyConfirmedPersistentMessageIsDeliveredAfterSigkill() throws Exception {
        Set<String> confirmed = ConcurrentHashMap.newKeySet();
        try (ServerProcess server = ServerProcess.start(home, "-s", "CRASH", "-p", "ncacn_ip_tcp", "-e", "0")) {
            OpenMomClient producer = connect(server.tcpPort(), "LOAD", "producer");
            Semaphore inFlight = new Semaphore(200);
            CompletableFuture<Void> killed = new CompletableFuture<>();
            // posts keep flowing, unconfirmed ones included, when the server is killed
            Thread load = new Thread(() -> {
                for (int i = 0; !killed.isDone(); i++) {
                    String body = "m" + i;
                    try {
                        inFlight.acquire();
                        producer.post(Post.to(ServiceUser.of("SINK", "s"), "load", body).persistent())
                                .whenComplete((result, error) -> {
                                    if (error == null) {
                                        confirmed.add(body);
                                    }
                                    inFlight.release();
                                });
                    } catch (RuntimeException | InterruptedException stopped) {
                        return;
                    }
                }
            });
            load.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (confirmed.size() < 3_000 && System.nanoTime() < deadline) {
                Thread.sleep(5); // letting load build up, not synchronising
            }
            server.kill();
            killed.complete(null);
            load.join(10_000);
            producer.close();
        }
        assertThat(confirmed).hasSizeGreaterThan(100);

        try (ServerProcess server = ServerProcess.start(home, "-s", "CRASH", "-p", "ncacn_ip_tcp", "-e", "0");
                OpenMomClient sink = connect(server.tcpPort(), "SINK", "s")) {
            BlockingQueue<ReceivedMessage> got = new LinkedBlockingQueue<>();
            sink.setMessageListener(got::add);
            Set<String> delivered = ConcurrentHashMap.newKeySet();
            while (!delivered.containsAll(confirmed)) {
                ReceivedMessage message = got.poll(10, TimeUnit.SECONDS);
                assertThat(message).as("still missing %d confirmed messages", confirmed.size() - delivered.size()).isNotNull();
                delivered.add(message.bodyText());
            }
        }
    }
}
