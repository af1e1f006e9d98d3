package org.openmom.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.home.OpenMomHome;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.ServerProcess;

/** {@code openmom receive} notices a lost server, says so, and goes on once the server is back (issue #18 item 14). */
@Timeout(120)
class ReceiveFailoverTest {
    private static final ServiceUser SINK = ServiceUser.of("SINK", "s");

    @TempDir
    Path home;

    @Test
    void receiveReconnectsToAServerThatCameBackAndGetsTheMessagePostedThere() throws Exception {
        int port = freePort();
        CompletableFuture<CommandLineRun> receiving;
        try (ServerProcess first = start(port)) {
            receiving = receive(port, "60");
            awaitRegistered(port);
            first.kill();
        }
        try (ServerProcess second = start(port); OpenMomClient alice = client(port, "CHAT", "alice")) {
            awaitRegistered(port);
            alice.post(Post.to(SINK, "say", "after the restart")).get(10, TimeUnit.SECONDS);
            CommandLineRun received = receiving.get(30, TimeUnit.SECONDS);
            assertThat(received.exitCode()).as(received.err()).isZero();
            assertThat(received.out()).isEqualTo("say\tCHAT/alice\tafter the restart" + System.lineSeparator());
            assertThat(received.err()).contains("lost the server").contains("connected again to 127.0.0.1:" + port);
        }
    }

    @Test
    void receiveSaysTheServerWasLostWhenItNeverCameBack() throws Exception {
        int port = freePort();
        CompletableFuture<CommandLineRun> receiving;
        try (ServerProcess server = start(port)) {
            receiving = receive(port, "6");
            awaitRegistered(port);
            server.kill();
        }
        CommandLineRun received = receiving.get(30, TimeUnit.SECONDS);
        assertThat(received.exitCode()).isEqualTo(ExitCode.INVALID_INPUT);
        assertThat(received.err()).contains("received 0 of 1 messages").contains("the server was lost (")
                .contains("none of its addresses answered again");
    }

    private ServerProcess start(int port) throws Exception {
        return ServerProcess.start(home, "-s", "FO", "-p", "ncacn_ip_tcp", "-e", Integer.toString(port));
    }

    private CompletableFuture<CommandLineRun> receive(int port, String timeoutSeconds) {
        return CompletableFuture.supplyAsync(() -> CommandLineRun.of("receive", "--as", SINK.toString(), "--timeout", timeoutSeconds,
                "--server", "127.0.0.1:" + port, "--home", home.toString()));
    }

    private OpenMomClient client(int port, String service, String user) {
        return OpenMomClient.connect(ClientOptions.of(service, user).withHome(new OpenMomHome(home)).withReconnect(false),
                ServerAddress.tcp("127.0.0.1", port));
    }

    /** Until the receiving command is registered on the server at {@code port}. */
    private void awaitRegistered(int port) throws Exception {
        try (OpenMomClient probe = client(port, "PROBE", "p")) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (probe.users(SINK).get(5, TimeUnit.SECONDS).isEmpty()) {
                assertThat(System.nanoTime()).as("receive did not register within 20 s").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
