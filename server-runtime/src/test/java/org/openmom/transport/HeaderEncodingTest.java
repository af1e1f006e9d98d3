package org.openmom.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openmom.client.ClientOptions;
import org.openmom.client.OpenMomClient;
import org.openmom.client.Post;
import org.openmom.client.ReceivedMessage;
import org.openmom.model.ServerAddress;
import org.openmom.model.ServiceUser;
import org.openmom.testing.RawPeer;
import org.openmom.testing.TestServer;
import org.openmom.wire.FrameType;
import org.openmom.wire.Header;
import org.openmom.wire.HeaderEncoding;

/** The header encoding a client chooses in HELLO: CBOR when asked for, JSON for everyone else, hostile CBOR refused. */
@Timeout(30)
class HeaderEncodingTest {
    @TempDir
    Path home;
    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.named("S").home(home).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Whether the next frame from {@code peer} has a CBOR header (else JSON), and it is {@code type}. */
    private static boolean nextIsCbor(RawPeer peer, FrameType type) throws Exception {
        byte[] frame = peer.readFrame();
        assertThat(HeaderEncoding.read(io.netty.buffer.Unpooled.wrappedBuffer(frame), 4, ByteBuffer.wrap(frame).getInt()).type())
                .isEqualTo(type);
        return (frame[4] & 0xE0) == 0xA0;
    }

    @Test
    void aClientAskingForCborIsAnsweredInCborAfterWelcome() throws Exception {
        try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
            assertThat(peer.hello("cbor").encoding()).isEqualTo("cbor");
            peer.send(Header.of(FrameType.REGISTER).req(1).service("RAW").user("r"), new byte[0], HeaderEncoding.CBOR);
            assertThat(nextIsCbor(peer, FrameType.REGISTERED)).isTrue();
            peer.send(Header.of(FrameType.POST).req(2).toService("RAW").toUser("r").event("e"), new byte[] {7}, HeaderEncoding.CBOR);
            assertThat(nextIsCbor(peer, FrameType.DELIVER)).isTrue();
        }
    }

    @Test
    void olderClientsAndUnknownEncodingsKeepJson() throws Exception {
        for (String asked : new String[] {null, "json", "smile"}) {
            try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
                assertThat(peer.hello(asked).encoding()).as("WELCOME to %s", asked).isNull();
                peer.send(Header.of(FrameType.REGISTER).req(1).service("RAW").user("r"));
                assertThat(nextIsCbor(peer, FrameType.REGISTERED)).as("REGISTERED to %s", asked).isFalse();
            }
        }
    }

    @Test
    void aMalformedBinaryHeaderClosesOnlyItsConnectionWithAOneLineError() throws Exception {
        try (OpenMomClient other = OpenMomClient.connect(ClientOptions.of("OTHER", "o").withHome(server.home()), server.tcp())) {
            other.setMessageListener(m -> { });
            try (RawPeer peer = new RawPeer(server.tcpPort(), 5_000)) {
                peer.hello("cbor");
                byte[] header = HexFormat.of().parseHex("bf647479706564504f535466726561736f6e7f6131ffff"); // "reason": a chunked string
                peer.write(ByteBuffer.allocate(8 + header.length).putInt(4 + header.length).putInt(header.length).put(header).array());
                Header error = peer.readUntil(FrameType.ERROR);
                assertThat(error.reason()).contains("frame header is not valid CBOR: a string of indefinite length").doesNotContain("\n");
                assertThat(peer.closedByServer()).isTrue();
            }
            assertThat(other.post(Post.to(ServiceUser.of("OTHER", "o"), "still", "here")).get(5, TimeUnit.SECONDS).recipients()).isEqualTo(1);
        }
    }

    @Test
    void ourClientAsksForCborUnlessToldJson() throws Exception {
        assertThat(helloOf(ClientOptions.of("ASK", "a")).encoding()).isEqualTo(ClientOptions.DEFAULT_HEADER_ENCODING.wireName);
        assertThat(helloOf(ClientOptions.of("ASK", "a").withHeaderEncoding(HeaderEncoding.JSON)).encoding()).isNull();
    }

    /** The HELLO a client with {@code options} sends, read by a socket playing the server. */
    private Header helloOf(ClientOptions options) throws Exception {
        try (ServerSocket fake = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            ServerAddress address = ServerAddress.tcp("127.0.0.1", fake.getLocalPort());
            CompletableFuture<Void> connecting = CompletableFuture.runAsync(() -> {
                try (OpenMomClient ignored = OpenMomClient.connect(options.withHome(server.home()).withReconnect(false)
                        .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(1)), address)) {
                    // never welcomed: fails after its connect timeout
                } catch (RuntimeException expected) {
                    // no WELCOME
                }
            });
            try (RawPeer client = new RawPeer(fake.accept(), 5_000)) {
                Header hello = client.read();
                assertThat(hello.type()).isEqualTo(FrameType.HELLO);
                connecting.get(10, TimeUnit.SECONDS);
                return hello;
            }
        }
    }

    @Test
    void clientsOfEitherEncodingTalkThroughOneServer() throws Exception {
        ClientOptions cbor = ClientOptions.of("BIN", "b").withHome(server.home()).withHeaderEncoding(HeaderEncoding.CBOR);
        ClientOptions json = ClientOptions.of("TXT", "t").withHome(server.home()).withHeaderEncoding(HeaderEncoding.JSON);
        try (OpenMomClient binary = OpenMomClient.connect(cbor, server.tcp());
             OpenMomClient text = OpenMomClient.connect(json, server.tcp())) {
            BlockingQueue<ReceivedMessage> toText = new ArrayBlockingQueue<>(10);
            text.setMessageListener(toText::add);
            binary.setCallHandler(call -> ("re: " + new String(call.body(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            binary.post(Post.to(ServiceUser.of("TXT", "t"), "héllo", "from binary").persistent()).get(5, TimeUnit.SECONDS);
            ReceivedMessage got = toText.poll(5, TimeUnit.SECONDS);
            assertThat(got).isNotNull();
            assertThat(got.event()).isEqualTo("héllo");
            assertThat(got.from()).isEqualTo(ServiceUser.of("BIN", "b"));
            assertThat(got.isPersistent()).isTrue();
            assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("from binary");
            byte[] answer = text.call(ServiceUser.of("BIN", "b"), "ask", "q".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(5))
                    .get(5, TimeUnit.SECONDS);
            assertThat(new String(answer, StandardCharsets.UTF_8)).isEqualTo("re: q");
        }
    }
}
