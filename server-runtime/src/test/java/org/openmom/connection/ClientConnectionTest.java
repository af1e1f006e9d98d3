package org.openmom.connection;

import org.openmom.model.ServerAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.netty.channel.EventLoopGroup;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.transport.NettyTransport;
import org.openmom.wire.Frame;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.WireCodec;

/** The one client connection against a real server on loopback, and against scripted misbehaving ones. */
@Timeout(60)
class ClientConnectionTest {
    private static final ConnectionSettings SETTINGS = new ConnectionSettings("TEST/t", Duration.ofSeconds(5),
            Duration.ofSeconds(10), WireCodec.DEFAULT_MAX_FRAME_SIZE);

    @TempDir
    Path home;

    private final EventLoopGroup group = NettyTransport.newGroup(1, "test-connection");
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (int i = toClose.size() - 1; i >= 0; i--) {
            toClose.get(i).close();
        }
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
    }

    /** Records what the connection hands its owner. */
    private static final class Recorder implements FrameListener {
        final BlockingQueue<String> events = new LinkedBlockingQueue<>();

        @Override
        public void received(ClientConnection from, Frame frame) {
            events.add(frame.type().toString());
        }

        @Override
        public void closed(ClientConnection from, String reason) {
            events.add("closed: " + reason);
        }
    }

    private TestServer server(String name) throws Exception {
        TestServer server = TestServer.named(name).home(home).start();
        toClose.add(server);
        return server;
    }

    private ClientConnection open(ServerAddress address, FrameListener listener) throws Exception {
        ClientConnection connection = ClientConnection.open(Target.expand(address, null).get(0), group, SETTINGS, listener)
                .get(10, TimeUnit.SECONDS);
        toClose.add(() -> connection.close("test over"));
        return connection;
    }

    /** A connection being opened to a scripted server, and the server's end of it, which the test plays. */
    private record Scripted(CompletableFuture<ClientConnection> opening, RawPeer peer) {}

    private Scripted connect(ScriptedServer server, ConnectionSettings settings, FrameListener listener) throws Exception {
        CompletableFuture<RawPeer> accepted = server.accept();
        CompletableFuture<ClientConnection> opening = ClientConnection.open(Target.expand(server.address(), null).get(0), group,
                settings, listener);
        return new Scripted(opening, accepted.get(10, TimeUnit.SECONDS));
    }

    private static void register(ClientConnection connection, String service) throws Exception {
        Frame answer = connection.request(Header.of(FrameType.REGISTER).service(service).user("t").mode("callback").window(100),
                new byte[0], Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS);
        assertThat(answer.type()).isEqualTo(FrameType.REGISTERED);
    }

    private static CompletableFuture<Frame> call(ClientConnection connection, String service, String body, Duration timeout) {
        return connection.request(Header.of(FrameType.CALL).toService(service).toUser("*").event("e"),
                body.getBytes(StandardCharsets.UTF_8), timeout);
    }

    private OpenMomClient echoService(TestServer server) {
        OpenMomClient echo = OpenMomClient.connect(ClientOptions.of("ECHO", "e").withHome(server.home()), server.tcp());
        toClose.add(echo);
        echo.setNonBlockingCallHandler(call -> call.body());
        return echo;
    }

    @Test
    void answersFindTheirRequestsUnderConcurrentRequests() throws Exception {
        TestServer server = server("S");
        echoService(server);
        ClientConnection connection = open(server.tcp(), new Recorder());
        assertThat(connection.welcome().server()).isEqualTo("S");
        register(connection, "CALLER");

        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<List<String>>> mismatches = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                mismatches.add(CompletableFuture.supplyAsync(() -> {
                    List<CompletableFuture<Frame>> answers = new ArrayList<>();
                    for (int i = 0; i < 250; i++) {
                        answers.add(call(connection, "ECHO", thread + "-" + i, Duration.ofSeconds(20)));
                    }
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < answers.size(); i++) {
                        String body = new String(answers.get(i).join().body(), StandardCharsets.UTF_8);
                        if (!body.equals(thread + "-" + i)) {
                            wrong.add(thread + "-" + i + " answered " + body);
                        }
                    }
                    return wrong;
                }, callers));
            }
            for (CompletableFuture<List<String>> wrong : mismatches) {
                assertThat(wrong.get(30, TimeUnit.SECONDS)).isEmpty();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void aLateAnswerTimesOutByTheSweepAndTheConnectionGoesOn() throws Exception {
        TestServer server = server("S");
        echoService(server);
        CountDownLatch release = new CountDownLatch(1);
        OpenMomClient slow = OpenMomClient.connect(ClientOptions.of("SLOW", "s").withHome(server.home()), server.tcp());
        toClose.add(slow);
        toClose.add(release::countDown);
        slow.setCallHandler(call -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return call.body();
        });
        ClientConnection connection = open(server.tcp(), new Recorder());
        register(connection, "CALLER");

        long start = System.nanoTime();
        CompletableFuture<Frame> late = call(connection, "SLOW", "x", Duration.ofMillis(300));
        assertThatThrownBy(() -> late.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(RequestTimeoutException.class)
                .hasMessage(connection.target().label() + ": no answer to CALL within 300 ms");
        // one sweep every 100 ms: late by at most a sweep (and a busy machine)
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(300), Duration.ofMillis(1_500));

        release.countDown(); // the late REPLY arrives and is dropped
        assertThat(new String(call(connection, "ECHO", "still there", Duration.ofSeconds(5)).get(10, TimeUnit.SECONDS).body(),
                StandardCharsets.UTF_8)).isEqualTo("still there");
        assertThat(connection.isActive()).isTrue();
    }

    @Test
    void aLostConnectionFailsWaitingRequestsWithItsReason() throws Exception {
        try (ScriptedServer fake = new ScriptedServer()) {
            Recorder recorder = new Recorder();
            Scripted scripted = connect(fake, SETTINGS, recorder);
            CompletableFuture<ClientConnection> opening = scripted.opening();
            try (RawPeer peer = scripted.peer()) {
                ScriptedServer.welcome(peer, 10_000);
                ClientConnection connection = opening.get(10, TimeUnit.SECONDS);
                CompletableFuture<Frame> waiting = connection.request(Header.of(FrameType.USERS), new byte[0], Duration.ofSeconds(30));
                assertThat(peer.readUntil(FrameType.USERS)).isNotNull();

                peer.send(Header.of(FrameType.BYE).reason("maintenance"));

                String line = fake.address() + ": connection lost (the server said goodbye: maintenance)";
                assertThatThrownBy(() -> waiting.get(10, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(ConnectionException.class).hasMessage(line)
                        .extracting(e -> ((ConnectionException) e).kind()).isEqualTo(ConnectionException.Kind.LOST);
                assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("closed: the server said goodbye: maintenance");
                assertThat(connection.closedFuture().get(1, TimeUnit.SECONDS)).isEqualTo("the server said goodbye: maintenance");
                assertThatThrownBy(() -> connection.request(Header.of(FrameType.USERS), new byte[0], Duration.ofSeconds(1))
                        .get(5, TimeUnit.SECONDS)).cause()
                        .hasMessage(fake.address() + ": not connected (the server said goodbye: maintenance)");
            }
        }
    }

    @Test
    void aServerThatNeverWelcomesIsNotTheServerWanted() throws Exception {
        ConnectionSettings quick = new ConnectionSettings("TEST/t", Duration.ofMillis(300), Duration.ofSeconds(10), 1 << 20);
        try (ScriptedServer mute = new ScriptedServer()) {
            Scripted scripted = connect(mute, quick, new Recorder());
            CompletableFuture<ClientConnection> opening = scripted.opening();
            try (RawPeer peer = scripted.peer()) {
                assertThatThrownBy(() -> opening.get(10, TimeUnit.SECONDS)).cause()
                        .hasMessage(mute.address() + ": no WELCOME within 300 ms — is this an OpenMOM server?")
                        .extracting(e -> ((ConnectionException) e).kind()).isEqualTo(ConnectionException.Kind.NOT_WANTED);
                assertThat(peer.closedByServer()).isTrue();
            }
        }
    }

    @Test
    void aServerSilentForThreeOfItsHeartbeatsIsDropped() throws Exception {
        try (ScriptedServer silent = new ScriptedServer()) {
            Recorder recorder = new Recorder();
            Scripted scripted = connect(silent, SETTINGS, recorder);
            CompletableFuture<ClientConnection> opening = scripted.opening();
            try (RawPeer peer = scripted.peer()) {
                ScriptedServer.welcome(peer, 200); // then never a frame again, not even PONG
                ClientConnection connection = opening.get(10, TimeUnit.SECONDS);
                long start = System.nanoTime();

                assertThat(recorder.events.poll(10, TimeUnit.SECONDS)).isEqualTo("closed: the server has been silent too long");
                // three of the server's beats, not of ours (10 s)
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(3));
                assertThat(connection.isActive()).isFalse();
                // meanwhile the client kept to the server's pace: PINGs every 200 ms, not every 10 s
                assertThat(peer.readUntil(FrameType.PING)).isNotNull();
            }
        }
    }

    @Test
    void aConnectionKeepsToTheServersHeartbeatAndStaysUp() throws Exception {
        TestServer server = TestServer.named("FAST").home(home).timeouts(200, 400).start();
        toClose.add(server);
        Recorder recorder = new Recorder();
        ClientConnection connection = open(server.tcp(), recorder);
        assertThat(connection.welcome().heartbeat()).isEqualTo(200);

        // the server drops a peer silent for 600 ms; ours would ping every 10 s
        assertThat(recorder.events.poll(2, TimeUnit.SECONDS)).isNull();
        assertThat(connection.isActive()).isTrue();
    }

    @Test
    void failsOverToTheSecondAddressWhenTheFirstIsDown() throws Exception {
        TestServer server = server("UP");
        ServerAddress down;
        try (ScriptedServer closedAgain = new ScriptedServer()) {
            down = closedAgain.address(); // a port nobody listens on any more
        }
        Failover<ClientConnection> failover = new Failover<>(List.of(down, server.tcp()), null,
                target -> ClientConnection.open(target, group, SETTINGS, new Recorder()));

        Failover.Reached<ClientConnection> reached = failover.round(0).get(10, TimeUnit.SECONDS);
        toClose.add(() -> reached.session().close("test over"));

        assertThat(reached.addressIndex()).isEqualTo(1);
        assertThat(reached.session().welcome().server()).isEqualTo("UP");
    }

    @Test
    void aRoundWhereNothingAnswersNamesTheLastFailure() throws Exception {
        ServerAddress down;
        try (ScriptedServer closedAgain = new ScriptedServer()) {
            down = closedAgain.address();
        }
        Failover<ClientConnection> failover = new Failover<>(List.of(down), null,
                target -> ClientConnection.open(target, group, SETTINGS, new Recorder()));

        assertThatThrownBy(() -> failover.round(0).get(10, TimeUnit.SECONDS)).cause()
                .isInstanceOf(NoServerReached.class)
                .satisfies(e -> assertThat(((NoServerReached) e).last().orElseThrow().getMessage()).startsWith(down + ": ")
                        .contains("onnection refused"));
    }

    @Test
    void theReconnectorBacksOffBetweenRoundsAndTriesTheLostAddressLast() throws Exception {
        ServerAddress first = ServerAddress.tcp("127.0.0.1", 1);
        ServerAddress second = ServerAddress.tcp("127.0.0.1", 2);
        List<Long> attempts = new ArrayList<>();
        List<String> places = new ArrayList<>();
        Failover<String> failover = new Failover<>(List.of(first, second), null, target -> {
            synchronized (attempts) {
                attempts.add(System.nanoTime());
                places.add(target.label());
                if (attempts.size() < 8) {
                    return CompletableFuture.failedFuture(new ConnectionException(ConnectionException.Kind.UNREACHABLE,
                            target.label() + ": refused"));
                }
            }
            return CompletableFuture.completedFuture("session at " + target.label());
        });
        Reconnector<String> reconnector = new Reconnector<>(failover, Duration.ofMillis(50), Duration.ofMillis(200), "test");
        BlockingQueue<Failover.Reached<String>> regained = new LinkedBlockingQueue<>();

        reconnector.start(0, regained::add); // the first address was lost

        Failover.Reached<String> reached = regained.poll(10, TimeUnit.SECONDS);
        assertThat(reached.session()).isEqualTo("session at 127.0.0.1:2");
        assertThat(reached.addressIndex()).isEqualTo(1);
        // the next address first, then around from the lost one; two places per round
        assertThat(places).containsExactly("127.0.0.1:2", "127.0.0.1:1", "127.0.0.1:1", "127.0.0.1:2",
                "127.0.0.1:1", "127.0.0.1:2", "127.0.0.1:1", "127.0.0.1:2");
        long[] pauses = new long[3];
        for (int round = 1; round <= 3; round++) {
            pauses[round - 1] = TimeUnit.NANOSECONDS.toMillis(attempts.get(2 * round) - attempts.get(2 * round - 1));
        }
        // 50, 100, 200 ms between rounds (at least; a busy machine may add)
        assertThat(pauses[0]).isGreaterThanOrEqualTo(50);
        assertThat(pauses[1]).isGreaterThanOrEqualTo(100);
        assertThat(pauses[2]).isGreaterThanOrEqualTo(200);
        reconnector.stop();
    }

    @Test
    void aSessionLostAgainWhileTheReconnectorFinishesIsFoundAgain() throws Exception {
        Failover<String> failover = new Failover<>(List.of(ServerAddress.tcp("127.0.0.1", 1)), null,
                target -> CompletableFuture.completedFuture("session"));
        Reconnector<String> reconnector = new Reconnector<>(failover, Duration.ofMillis(10), Duration.ofMillis(10), "test");
        BlockingQueue<String> regained = new LinkedBlockingQueue<>();
        Consumer<Failover.Reached<String>> losingTheFirst = new Consumer<>() {
            @Override
            public void accept(Failover.Reached<String> reached) {
                if (regained.isEmpty()) {
                    reconnector.start(reached.addressIndex(), this); // lost again before the callback returned
                }
                regained.add(reached.session());
            }
        };

        reconnector.start(0, losingTheFirst);

        assertThat(regained.poll(10, TimeUnit.SECONDS)).isEqualTo("session");
        assertThat(regained.poll(10, TimeUnit.SECONDS)).isEqualTo("session");
        reconnector.stop();
    }

    @Test
    void aWriterWaitsWhileTheServerDoesNotReadAndGoesOnWhenItDoes() throws Exception {
        try (ScriptedServer stuck = new ScriptedServer()) {
            Scripted scripted = connect(stuck, SETTINGS, new Recorder());
            CompletableFuture<ClientConnection> opening = scripted.opening();
            try (RawPeer peer = scripted.peer()) {
                ScriptedServer.welcome(peer, 10_000);
                ClientConnection connection = opening.get(10, TimeUnit.SECONDS);
                byte[] chunk = new byte[256 * 1024];
                AtomicBoolean waited = new AtomicBoolean();
                CompletableFuture<Integer> writer = CompletableFuture.supplyAsync(() -> {
                    int sent = 0;
                    try {
                        // 32 MiB: more than the socket buffers, the channel's and the connection's queue hold
                        for (; sent < 128; sent++) {
                            long before = System.nanoTime();
                            connection.awaitWritable();
                            if (System.nanoTime() - before > TimeUnit.MILLISECONDS.toNanos(300)) {
                                waited.set(true);
                            }
                            connection.send(Frame.of(Header.of(FrameType.POST).toService("X").toUser("x").event("e"), chunk));
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return sent;
                });
                Thread.sleep(1_000);
                assertThat(writer).isNotDone(); // waiting for the server to read

                int frames = 0;
                while (frames < 128) {
                    Header header = peer.read();
                    if (header.type() == FrameType.POST) {
                        frames++;
                    }
                }
                assertThat(writer.get(20, TimeUnit.SECONDS)).isEqualTo(128);
                assertThat(waited).isTrue();
            }
        }
    }
}
